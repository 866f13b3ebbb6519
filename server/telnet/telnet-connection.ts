// One telnet client: bytes in through the parser and line assembler, text out with CR LF line
// endings. Until full option negotiation exists, every option the client offers or asks for is
// refused (RFC 1143: answer only requests that would change state, so no negotiation loops).
import type { Socket } from 'node:net';
import type { Session } from '../../core/sessions/session.js';
import type { Transport } from '../../core/sessions/transport.js';
import { LineAssembler } from './line-assembler.js';
import { AYT, DO, DONT, IAC, WILL, WONT } from './telnet-codes.js';
import { TelnetParser, type TelnetToken } from './telnet-parser.js';

export interface TelnetConnectionOptions {
  maxLineBytes: number;
  /** Output queued for a client that does not read; past this the connection is dropped. */
  maxBufferedOutputBytes: number;
}

export class TelnetConnection implements Transport {
  readonly kind = 'telnet' as const;
  readonly remoteAddress: string;
  private readonly parser = new TelnetParser();
  private readonly lines: LineAssembler;
  private session: Session | null = null;

  constructor(
    private readonly socket: Socket,
    private readonly options: TelnetConnectionOptions,
  ) {
    this.remoteAddress = socket.remoteAddress ?? 'unknown';
    this.lines = new LineAssembler(options.maxLineBytes);
  }

  /** Starts reading once a session exists to receive the lines. */
  attach(session: Session): void {
    this.session = session;
    this.socket.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  sendText(text: string): void {
    this.write(Buffer.from(`${text.replace(/\r?\n/g, '\r\n')}\r\n`, 'utf8'));
  }

  close(): void {
    if (this.socket.destroyed) return;
    this.socket.end();
    // A client that never reads would keep a half-closed socket alive; give it a moment, then cut.
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  private receive(chunk: Buffer): void {
    for (const token of this.parser.push(chunk)) this.handleToken(token);
  }

  private handleToken(token: TelnetToken): void {
    switch (token.kind) {
      case 'data':
        for (const line of this.lines.push(token.bytes)) {
          if (line.truncated) {
            this.sendText(`Your line was longer than ${this.options.maxLineBytes} bytes; the rest was cut off.`);
          }
          this.session?.receive(line.text);
        }
        break;
      case 'negotiation':
        // Refuse what we do not support; WONT/DONT confirm the state we are already in.
        if (token.verb === WILL) this.write(Buffer.from([IAC, DONT, token.option]));
        else if (token.verb === DO) this.write(Buffer.from([IAC, WONT, token.option]));
        break;
      case 'command':
        if (token.code === AYT) this.sendText('[Hearth: yes, still here]');
        break;
      case 'subnegotiation':
        // No option is enabled, so no subnegotiation can be meaningful yet; ignore it.
        break;
    }
  }

  private write(bytes: Buffer): void {
    if (this.socket.destroyed || !this.socket.writable) return;
    if (this.socket.writableLength > this.options.maxBufferedOutputBytes) {
      this.socket.destroy();
      return;
    }
    this.socket.write(bytes);
  }
}
