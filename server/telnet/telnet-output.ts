// Where a telnet connection's bytes go: straight to the socket, or through an MCCP2 zlib stream
// once the client agreed to compression. Writes made in one turn of the event loop (a room view
// and its prompt, a batch of events) leave as one socket write, and for a compressing client as one
// sync-flushed block, which the client still sees at once. A client that stops reading is cut off
// before its backlog grows without bound.
import type { Socket } from 'node:net';
import { type Deflate, constants, createDeflate } from 'node:zlib';

// A smaller window than zlib's default keeps each compressing connection near 100 KB of memory.
const DEFLATE_OPTIONS = { level: 6, windowBits: 13, memLevel: 7 };

export class TelnetOutput {
  private deflate: Deflate | null = null;
  /** Writes made while a compressed stream is finishing, sent plain once it has. */
  private afterCompression: Buffer[] | null = null;
  private ended = false;
  private endAfterCompression = false;
  /** The socket is corked until the end of this turn. */
  private corked = false;
  /** Bytes for the compressed stream, written and flushed together at the end of this turn. */
  private toCompress: Buffer[] = [];
  private toCompressBytes = 0;

  constructor(
    private readonly socket: Socket,
    private readonly maxBufferedBytes: number,
  ) {}

  get compressing(): boolean {
    return this.deflate !== null;
  }

  write(bytes: Buffer): void {
    if (this.ended || this.socket.destroyed || !this.socket.writable) return;
    if (this.socket.writableLength + (this.deflate?.writableLength ?? 0) + this.toCompressBytes > this.maxBufferedBytes) {
      this.socket.destroy();
      return;
    }
    if (this.afterCompression) {
      this.afterCompression.push(bytes);
    } else if (this.deflate) {
      if (this.toCompress.length === 0) process.nextTick(() => this.flushCompressed());
      this.toCompress.push(bytes);
      this.toCompressBytes += bytes.length;
    } else {
      this.corkUntilNextTick();
      this.socket.write(bytes);
    }
  }

  private corkUntilNextTick(): void {
    if (this.corked) return;
    this.corked = true;
    this.socket.cork();
    process.nextTick(() => {
      this.corked = false;
      this.socket.uncork();
    });
  }

  private flushCompressed(): void {
    const deflate = this.deflate;
    if (!deflate || this.toCompress.length === 0) return;
    deflate.write(this.toCompress.length === 1 ? this.toCompress[0]! : Buffer.concat(this.toCompress));
    deflate.flush(constants.Z_SYNC_FLUSH);
    this.toCompress = [];
    this.toCompressBytes = 0;
  }

  /** Sends `marker` (IAC SB MCCP2 IAC SE) plainly, then compresses everything after it. */
  startCompression(marker: Buffer): void {
    if (this.deflate || this.afterCompression || this.socket.destroyed) return;
    this.socket.write(marker);
    const deflate = createDeflate(DEFLATE_OPTIONS);
    deflate.on('data', (chunk: Buffer) => {
      if (!this.socket.destroyed) this.socket.write(chunk);
    });
    deflate.on('error', () => this.socket.destroy());
    this.deflate = deflate;
  }

  /** Ends the compressed stream (the client said DONT); later output goes plain. */
  stopCompression(): void {
    const deflate = this.deflate;
    if (!deflate) return;
    this.flushCompressed();
    this.deflate = null;
    this.afterCompression = [];
    deflate.once('end', () => {
      const waiting = this.afterCompression ?? [];
      this.afterCompression = null;
      for (const bytes of waiting) this.socket.write(bytes);
      if (this.endAfterCompression) this.socket.end();
    });
    deflate.end();
  }

  /** Finishes the compressed stream if any, then half-closes the socket; later writes are dropped. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.flushCompressed();
    const deflate = this.deflate;
    if (deflate) {
      this.deflate = null;
      deflate.once('end', () => this.socket.end());
      deflate.end();
    } else if (this.afterCompression) {
      this.endAfterCompression = true;
    } else {
      this.socket.end();
    }
  }

  /** Frees the zlib stream of a connection that is gone. */
  dispose(): void {
    this.deflate?.destroy();
    this.deflate = null;
  }
}
