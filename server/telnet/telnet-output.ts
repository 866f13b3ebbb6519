// Where a telnet connection's bytes go: straight to the socket, or through an MCCP2 zlib stream
// once the client agreed to compression. Every write is sync-flushed so a compressing client sees
// output at once. A client that stops reading is cut off before its backlog grows without bound.
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

  constructor(
    private readonly socket: Socket,
    private readonly maxBufferedBytes: number,
  ) {}

  get compressing(): boolean {
    return this.deflate !== null;
  }

  write(bytes: Buffer): void {
    if (this.ended || this.socket.destroyed || !this.socket.writable) return;
    if (this.socket.writableLength + (this.deflate?.writableLength ?? 0) > this.maxBufferedBytes) {
      this.socket.destroy();
      return;
    }
    if (this.afterCompression) {
      this.afterCompression.push(bytes);
    } else if (this.deflate) {
      this.deflate.write(bytes);
      this.deflate.flush(constants.Z_SYNC_FLUSH);
    } else {
      this.socket.write(bytes);
    }
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
