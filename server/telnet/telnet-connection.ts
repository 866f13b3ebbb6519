// One telnet client: bytes in through the parser (commands) and the line assembler (text), text
// out shaped for this client (colour, width, charset) and, once agreed, MCCP2-compressed. Option
// negotiation is TelnetOptions' job. Malformed or hostile protocol input is ignored and counted;
// a client that keeps sending it is disconnected with a message, and nobody else notices.
import type { Socket } from 'node:net';
import type { SessionInput } from '../../core/sessions/session-host.js';
import type { SessionMessage } from '../../core/sessions/session-data.js';
import type { Transport } from '../../core/sessions/transport.js';
import { TokenBucket } from '../../core/limits/token-bucket.js';
import type { Logger } from '../../core/telemetry/logger.js';
import { normalizeAddress } from '../network-address.js';
import { LineAssembler } from './line-assembler.js';
import { MSSP_PLAINTEXT_REQUEST, type MsspValues, formatMsspPlaintext } from './mssp.js';
import { AYT, Option } from './telnet-codes.js';
import { TelnetOptions } from './telnet-options.js';
import { TelnetOutput } from './telnet-output.js';
import { TelnetParser, type TelnetToken } from './telnet-parser.js';
import { encodeForClient } from './encoded-text-cache.js';
import { encodeTelnetText } from './telnet-text.js';
import type { ClientProfile } from './client-profile.js';

export interface TelnetConnectionOptions {
  maxLineBytes: number;
  /** Output queued for a client that does not read; past this the connection is dropped. */
  maxBufferedOutputBytes: number;
}

export interface TelnetConnectionContext extends TelnetConnectionOptions {
  logger: Logger;
  /** Live MSSP values. */
  mssp: () => MsspValues;
}

/** Malformed subnegotiations tolerated from one client before it is disconnected. */
export const MAX_MISBEHAVIOURS = 50;
/** Option state changes one client may cause; real clients need a dozen or so. */
export const MAX_OPTION_CHANGES = 200;
const MAX_SUBNEGOTIATION_BYTES = 16 * 1024;

export class TelnetConnection implements Transport {
  readonly kind = 'telnet' as const;
  readonly remoteAddress: string;
  /** A TLS socket (the TLS telnet port) says it is encrypted. */
  readonly secure: boolean;
  private readonly parser = new TelnetParser({ maxSubnegotiationBytes: MAX_SUBNEGOTIATION_BYTES });
  private readonly lines: LineAssembler;
  private readonly output: TelnetOutput;
  private readonly options: TelnetOptions;
  // GMCP messages are input too; a client may not flood them any more than commands.
  private readonly gmcpLimiter = new TokenBucket({ perSecond: 20, burst: 60 });
  private session: SessionInput | null = null;
  private misbehaviours = 0;
  private closing = false;

  constructor(
    private readonly socket: Socket,
    private readonly context: TelnetConnectionContext,
  ) {
    // Keyed like websocket addresses, so one client is one address to the login throttle.
    this.remoteAddress = normalizeAddress(socket.remoteAddress ?? '') ?? 'unknown';
    this.secure = (socket as Socket & { encrypted?: boolean }).encrypted === true;
    this.lines = new LineAssembler(context.maxLineBytes);
    this.output = new TelnetOutput(socket, context.maxBufferedOutputBytes);
    this.options = new TelnetOptions({
      write: (bytes) => this.output.write(bytes),
      startCompression: (marker) => this.output.startCompression(marker),
      stopCompression: () => this.output.stopCompression(),
      mssp: context.mssp,
      misbehaved: (reason) => this.misbehaved(reason),
      profileChanged: () => this.lines.setEncoding(this.options.profile.encoding),
    });
    socket.once('close', () => this.output.dispose());
  }

  /** What the client told us about itself. */
  get profile(): ClientProfile {
    return this.options.profile;
  }

  get gmcpHello(): { client: string; version: string } | null {
    return this.options.gmcp.hello;
  }

  get compressing(): boolean {
    return this.output.compressing;
  }

  /** Offers every option; call before the welcome screen is written. */
  start(): void {
    this.options.offer();
  }

  /** Starts reading once a session exists to receive the lines. */
  attach(session: SessionInput): void {
    this.session = session;
    this.socket.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  sendText(text: string): void {
    this.output.write(encodeForClient(text, this.profile));
  }

  sendPrompt(text: string): void {
    this.output.write(Buffer.concat([encodeTelnetText(`${text} `, this.profile), this.options.promptEnd()]));
  }

  sendData(topic: string, data: unknown): void {
    // The core sends the documented shape for each of its topics (core/sessions/session-data.ts).
    this.options.sendData({ topic, data } as SessionMessage);
  }

  setPasswordMode(hidden: boolean): void {
    const wasHiding = this.options.isEnabled('local', Option.ECHO);
    this.options.setPasswordMode(hidden);
    // The client did not echo the Enter that ended the password either; end that line for it.
    if (!hidden && wasHiding) this.output.write(Buffer.from('\r\n'));
  }

  close(): void {
    if (this.socket.destroyed || this.closing) return;
    this.closing = true;
    this.output.end();
    // A client that never reads would keep a half-closed socket alive; give it a moment, then cut.
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  private receive(chunk: Buffer): void {
    for (const token of this.parser.push(chunk)) {
      if (this.closing) return;
      this.handleToken(token);
    }
  }

  private handleToken(token: TelnetToken): void {
    switch (token.kind) {
      case 'data':
        for (const line of this.lines.push(token.bytes)) this.receiveLine(line.text, line.truncated);
        break;
      case 'negotiation':
        this.options.receiveNegotiation(token.verb, token.option);
        if (this.options.changesByClient > MAX_OPTION_CHANGES) this.refuse('your client keeps changing telnet options');
        break;
      case 'subnegotiation':
        if (token.option === Option.GMCP && !this.gmcpLimiter.tryTake()) break;
        this.options.receiveSubnegotiation(token.option, token.data);
        break;
      case 'subnegotiation-overflow':
        this.misbehaved(`subnegotiation over ${MAX_SUBNEGOTIATION_BYTES} bytes`);
        break;
      case 'command':
        if (token.code === AYT) this.sendText('[Hearth: yes, still here]');
        break;
    }
  }

  private receiveLine(text: string, truncated: boolean): void {
    if (truncated) this.sendText(`Your line was longer than ${this.context.maxLineBytes} bytes; the rest was cut off.`);
    // Crawlers that cannot negotiate ask for the server status in plain text before logging in.
    if (text.trim() === MSSP_PLAINTEXT_REQUEST && this.session?.state === 'login') {
      this.sendText(formatMsspPlaintext(this.context.mssp()));
      return;
    }
    this.session?.receive(text);
  }

  private misbehaved(reason: string): void {
    this.misbehaviours += 1;
    this.context.logger.debug({ address: this.remoteAddress, reason }, 'ignored malformed telnet input');
    if (this.misbehaviours > MAX_MISBEHAVIOURS) this.refuse('your client sent too many malformed telnet messages');
  }

  private refuse(why: string): void {
    if (this.closing) return;
    this.context.logger.info({ address: this.remoteAddress, why }, 'telnet client disconnected for protocol abuse');
    this.sendText(`Closing the connection: ${why}.`);
    this.close();
  }
}
