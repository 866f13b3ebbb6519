// Which telnet options Hearth offers, accepts and how it uses each one, on top of the Q-method
// negotiator: SGA, ECHO (password entry), TTYPE/MTTS, NAWS, CHARSET, EOR, MSSP, GMCP and MCCP2.
// Everything is offered at once on connect and nothing waits for an answer.
import type { SessionMessage } from '../../core/sessions/session-data.js';
import { GmcpSession } from '../gmcp/gmcp-session.js';
import { CHARSET_REQUEST, charsetReply, charsetRequest, isUtf8Name, parseCharsetMessage } from './charset.js';
import { ClientProfile } from './client-profile.js';
import { type MsspValues, encodeMssp } from './mssp.js';
import { type OptionSide, OptionNegotiator } from './option-negotiator.js';
import { EOR, GA, IAC, type NegotiationVerb, Option, SB, SE } from './telnet-codes.js';
import { TTYPE_SEND, TerminalTypeRounds } from './terminal-type.js';
import { textFor } from './telnet-text.js';
import { parseWindowSize } from './window-size.js';

export interface TelnetOptionsHost {
  /** Writes raw bytes (telnet commands) to the client, compressed or not. */
  write(bytes: Buffer): void;
  startCompression(marker: Buffer): void;
  stopCompression(): void;
  /** Live MSSP values, read each time a client asks. */
  mssp(): MsspValues;
  /** The client sent something malformed or unasked for; it was ignored. */
  misbehaved(reason: string): void;
  /** The client's encoding may have changed (CHARSET or MTTS answered). */
  profileChanged(): void;
}

/** Offered on connect: options Hearth performs. */
const OFFERED_LOCAL = [Option.SGA, Option.CHARSET, Option.EOR, Option.MSSP, Option.GMCP, Option.MCCP2];
/** Asked for on connect: options the client performs. */
const REQUESTED_REMOTE = [Option.TTYPE, Option.NAWS];
const ACCEPTED_REMOTE: number[] = [Option.TTYPE, Option.NAWS, Option.CHARSET, Option.SGA];
/** MSSP is sent again on request, but not endlessly to a client flipping DO/DONT. */
const MAX_MSSP_SENDS = 3;

export class TelnetOptions {
  readonly profile = new ClientProfile();
  readonly gmcp: GmcpSession;
  private readonly negotiator: OptionNegotiator;
  private readonly terminalType: TerminalTypeRounds;
  private passwordMode = false;
  private msspSends = 0;

  constructor(private readonly host: TelnetOptionsHost) {
    this.terminalType = new TerminalTypeRounds(this.profile);
    this.gmcp = new GmcpSession((text) => this.subnegotiate(Option.GMCP, Buffer.from(text, 'utf8')));
    this.negotiator = new OptionNegotiator({
      send: (verb, option) => host.write(Buffer.from([IAC, verb, option])),
      accepts: (side, option) => this.accepts(side, option),
      changed: (side, option, enabled) => this.changed(side, option, enabled),
    });
  }

  /** Sends every offer in one go; the login screen follows without waiting. */
  offer(): void {
    for (const option of OFFERED_LOCAL) this.negotiator.request('local', option, true);
    for (const option of REQUESTED_REMOTE) this.negotiator.request('remote', option, true);
  }

  receiveNegotiation(verb: NegotiationVerb, option: number): void {
    this.negotiator.receive(verb, option);
  }

  /** State changes the client caused so far (for cutting off a client that flips options forever). */
  get changesByClient(): number {
    return this.negotiator.changesByClient;
  }

  isEnabled(side: OptionSide, option: number): boolean {
    return this.negotiator.isEnabled(side, option);
  }

  /** Password entry: Hearth "will echo" (and does not), so the client stops showing what is typed. */
  setPasswordMode(hidden: boolean): void {
    this.passwordMode = hidden;
    this.negotiator.request('local', Option.ECHO, hidden);
  }

  /** Bytes that end a prompt: EOR when agreed, else GA unless the client suppressed it. */
  promptEnd(): Buffer {
    if (this.isEnabled('local', Option.EOR)) return Buffer.from([IAC, EOR]);
    if (this.isEnabled('local', Option.SGA)) return Buffer.alloc(0);
    return Buffer.from([IAC, GA]);
  }

  sendData(message: SessionMessage): void {
    if (!this.isEnabled('local', Option.GMCP)) return;
    if (message.topic === 'channel') {
      this.gmcp.send({ topic: 'channel', data: { ...message.data, text: textFor(message.data.text, this.profile) } });
    } else {
      this.gmcp.send(message);
    }
  }

  receiveSubnegotiation(option: number, data: Buffer): void {
    switch (option) {
      case Option.TTYPE:
        return this.readTerminalType(data);
      case Option.NAWS: {
        const size = this.isEnabled('remote', Option.NAWS) ? parseWindowSize(data) : null;
        if (!size) return this.host.misbehaved('NAWS');
        this.profile.width = size.width;
        this.profile.height = size.height;
        return;
      }
      case Option.CHARSET:
        return this.readCharset(data);
      case Option.GMCP:
        if (!this.isEnabled('local', Option.GMCP) || !this.gmcp.receive(data.toString('utf8'))) this.host.misbehaved('GMCP');
        return;
      default:
        this.host.misbehaved(`subnegotiation for option ${option}`);
    }
  }

  private accepts(side: OptionSide, option: number): boolean {
    if (side === 'remote') return ACCEPTED_REMOTE.includes(option);
    if (option === Option.ECHO) return this.passwordMode;
    return (OFFERED_LOCAL as number[]).includes(option);
  }

  private changed(side: OptionSide, option: number, enabled: boolean): void {
    if (side === 'remote' && option === Option.TTYPE && enabled) this.askTerminalType();
    if (side !== 'local') return;
    if (option === Option.CHARSET && enabled) this.subnegotiate(Option.CHARSET, charsetRequest());
    if (option === Option.MSSP && enabled && this.msspSends < MAX_MSSP_SENDS) {
      this.msspSends += 1;
      this.subnegotiate(Option.MSSP, encodeMssp(this.host.mssp()));
    }
    if (option === Option.MCCP2) {
      if (enabled) this.host.startCompression(Buffer.from([IAC, SB, Option.MCCP2, IAC, SE]));
      else this.host.stopCompression();
    }
  }

  private askTerminalType(): void {
    if (this.terminalType.startRound()) this.subnegotiate(Option.TTYPE, Buffer.from([TTYPE_SEND]));
  }

  private readTerminalType(data: Buffer): void {
    if (!this.isEnabled('remote', Option.TTYPE)) return this.host.misbehaved('TTYPE');
    const outcome = this.terminalType.receive(data);
    if (outcome === 'refused') return this.host.misbehaved('TTYPE');
    if (outcome === 'ask-again') this.askTerminalType();
    else this.host.profileChanged();
  }

  private readCharset(data: Buffer): void {
    const message = parseCharsetMessage(data);
    const agreed = this.isEnabled('local', Option.CHARSET) || this.isEnabled('remote', Option.CHARSET);
    if (!agreed || message.kind === 'malformed') {
      if (agreed && data[0] === CHARSET_REQUEST) this.subnegotiate(Option.CHARSET, charsetReply({ kind: 'rejected' }));
      return this.host.misbehaved('CHARSET');
    }
    if (message.kind === 'request') {
      const utf8 = message.offered.find(isUtf8Name);
      this.subnegotiate(Option.CHARSET, charsetReply(utf8 ? { kind: 'accepted', charset: utf8 } : { kind: 'rejected' }));
      this.profile.charset = utf8 ? 'utf-8' : 'refused';
    } else {
      this.profile.charset = message.kind === 'accepted' && isUtf8Name(message.charset) ? 'utf-8' : 'refused';
    }
    this.host.profileChanged();
  }

  /** IAC SB <option> <body, IAC doubled> IAC SE. */
  private subnegotiate(option: number, body: Buffer): void {
    const escaped: number[] = [];
    for (const byte of body) {
      escaped.push(byte);
      if (byte === IAC) escaped.push(IAC);
    }
    this.host.write(Buffer.concat([Buffer.from([IAC, SB, option]), Buffer.from(escaped), Buffer.from([IAC, SE])]));
  }
}
