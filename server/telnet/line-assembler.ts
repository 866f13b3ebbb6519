// Turns the data bytes of a telnet stream into lines: CR LF, CR NUL, lone CR and lone LF all end
// a line; backspace and DEL erase the last character; other control bytes are dropped; UTF-8 is
// decoded leniently. A line longer than the limit is cut there and the rest of it discarded, so a
// client can never make the server buffer without bound.

const CR = 0x0d;
const LF = 0x0a;
const NUL = 0x00;
const BACKSPACE = 0x08;
const DELETE = 0x7f;
const TAB = 0x09;

export interface AssembledLine {
  text: string;
  /** True when the client sent more than the limit and the line was cut. */
  truncated: boolean;
}

export class LineAssembler {
  private buffer: Buffer;
  private length = 0;
  private overflowed = false;
  private afterCarriageReturn = false;
  private decoder = new TextDecoder('utf-8', { fatal: false });

  constructor(private readonly maxLineBytes: number = 8192) {
    this.buffer = Buffer.alloc(Math.min(maxLineBytes, 256));
  }

  push(bytes: Buffer): AssembledLine[] {
    const lines: AssembledLine[] = [];
    for (const byte of bytes) {
      if (this.afterCarriageReturn) {
        this.afterCarriageReturn = false;
        if (byte === LF || byte === NUL) continue;
      }
      if (byte === CR || byte === LF) {
        this.afterCarriageReturn = byte === CR;
        lines.push(this.takeLine());
      } else if (byte === BACKSPACE || byte === DELETE) {
        this.eraseLastCharacter();
      } else if (byte === TAB) {
        this.append(0x20);
      } else if (byte >= 0x20) {
        this.append(byte);
      }
    }
    return lines;
  }

  /** Decodes later lines as UTF-8 or, for clients that refused UTF-8, Latin-1. */
  setEncoding(encoding: 'utf-8' | 'latin1'): void {
    this.decoder = new TextDecoder(encoding, { fatal: false });
  }

  /** Bytes held for the line not yet ended. */
  get pendingBytes(): number {
    return this.length;
  }

  private append(byte: number): void {
    if (this.length >= this.maxLineBytes) {
      this.overflowed = true;
      return;
    }
    if (this.length === this.buffer.length) {
      const grown = Buffer.alloc(Math.min(this.maxLineBytes, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.buffer[this.length++] = byte;
  }

  private eraseLastCharacter(): void {
    // Step back over UTF-8 continuation bytes (10xxxxxx) so a whole character goes, not half of one.
    while (this.length > 0 && (this.buffer[this.length - 1]! & 0xc0) === 0x80) this.length -= 1;
    if (this.length > 0) this.length -= 1;
  }

  private takeLine(): AssembledLine {
    let text = this.decoder
      .decode(this.buffer.subarray(0, this.length))
      // Drop C1 controls that arrive as valid UTF-8 (e.g. U+009B, a one-character ANSI escape).
      .replace(/[\u0080-\u009f]/g, '');
    // A cut can split the last character; drop the half rather than show a replacement mark.
    if (this.overflowed) text = text.replace(/\uFFFD$/, '');
    const line = { text, truncated: this.overflowed };
    this.length = 0;
    this.overflowed = false;
    if (this.buffer.length > 4096) this.buffer = Buffer.alloc(256);
    return line;
  }
}
