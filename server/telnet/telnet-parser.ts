// Splits the bytes a telnet client sends into plain data and telnet commands (RFC 854/855).
// Commands never leak into the data, so option negotiation cannot corrupt what a player types,
// and every buffer is bounded however hostile the input.
import { DO, DONT, IAC, SB, SE, WILL, WONT, type NegotiationVerb } from './telnet-codes.js';

export type TelnetToken =
  | { kind: 'data'; bytes: Buffer }
  | { kind: 'negotiation'; verb: NegotiationVerb; option: number }
  | { kind: 'subnegotiation'; option: number; data: Buffer }
  /** A subnegotiation grew past the limit; its bytes are being dropped until IAC SE. */
  | { kind: 'subnegotiation-overflow'; option: number }
  | { kind: 'command'; code: number };

type State = 'data' | 'iac' | 'verb' | 'sb-option' | 'sb-data' | 'sb-iac';

export interface TelnetParserOptions {
  /** Longest subnegotiation body kept; longer ones are dropped whole (GMCP payloads are the large ones). */
  maxSubnegotiationBytes?: number;
}

export class TelnetParser {
  private state: State = 'data';
  private verb: NegotiationVerb = WILL;
  private sbOption = 0;
  private sbChunks: number[] = [];
  private sbOverflowed = false;
  private readonly maxSubnegotiationBytes: number;

  constructor(options: TelnetParserOptions = {}) {
    this.maxSubnegotiationBytes = options.maxSubnegotiationBytes ?? 64 * 1024;
  }

  /** Parses one chunk; state carries over, so sequences split across chunks are handled. */
  push(chunk: Buffer): TelnetToken[] {
    const tokens: TelnetToken[] = [];
    let dataStart = -1;
    const flushData = (end: number): void => {
      if (dataStart >= 0 && end > dataStart) tokens.push({ kind: 'data', bytes: chunk.subarray(dataStart, end) });
      dataStart = -1;
    };
    for (let i = 0; i < chunk.length; i += 1) {
      const byte = chunk[i]!;
      switch (this.state) {
        case 'data':
          if (byte === IAC) {
            flushData(i);
            this.state = 'iac';
          } else if (dataStart < 0) {
            dataStart = i;
          }
          break;
        case 'iac':
          if (byte === IAC) {
            // IAC IAC is a literal 255 byte in the data.
            tokens.push({ kind: 'data', bytes: Buffer.from([IAC]) });
            this.state = 'data';
          } else if (byte === WILL || byte === WONT || byte === DO || byte === DONT) {
            this.verb = byte;
            this.state = 'verb';
          } else if (byte === SB) {
            this.state = 'sb-option';
          } else {
            tokens.push({ kind: 'command', code: byte });
            this.state = 'data';
          }
          break;
        case 'verb':
          tokens.push({ kind: 'negotiation', verb: this.verb, option: byte });
          this.state = 'data';
          break;
        case 'sb-option':
          this.sbOption = byte;
          this.sbChunks = [];
          this.sbOverflowed = false;
          this.state = 'sb-data';
          break;
        case 'sb-data':
          if (byte === IAC) this.state = 'sb-iac';
          else this.collectSubnegotiationByte(byte, tokens);
          break;
        case 'sb-iac':
          if (byte === SE) {
            if (!this.sbOverflowed) {
              tokens.push({ kind: 'subnegotiation', option: this.sbOption, data: Buffer.from(this.sbChunks) });
            }
            this.sbChunks = [];
            this.state = 'data';
          } else {
            // IAC IAC inside a subnegotiation is a literal 255; any other byte after IAC is a
            // protocol error we tolerate by keeping the byte.
            this.collectSubnegotiationByte(byte, tokens);
            this.state = 'sb-data';
          }
          break;
      }
    }
    if (this.state === 'data') flushData(chunk.length);
    return tokens;
  }

  /** Bytes held for the subnegotiation not yet ended (never more than the limit). */
  get pendingSubnegotiationBytes(): number {
    return this.sbChunks.length;
  }

  private collectSubnegotiationByte(byte: number, tokens: TelnetToken[]): void {
    if (this.sbOverflowed) return;
    if (this.sbChunks.length >= this.maxSubnegotiationBytes) {
      this.sbOverflowed = true;
      this.sbChunks = [];
      tokens.push({ kind: 'subnegotiation-overflow', option: this.sbOption });
      return;
    }
    this.sbChunks.push(byte);
  }
}
