// Where a telnet connection's bytes go: straight to the socket, or through an MCCP2 zlib stream
// once the client agreed to compression. Everything written to one connection during one pass of
// the event loop (a room view and its prompt, every event a busy room produced meanwhile) leaves as
// one socket write, and for a compressing client as one sync-flushed block, which the client still
// sees at once. A write is a system call, and in a crowded room the commonest cost the server has,
// so the busier the server, the more each write carries. A client that stops reading is cut off
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
  /** Bytes waiting for the end of this pass of the event loop, plain or for the compressed stream. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private flushScheduled = false;

  constructor(
    private readonly socket: Socket,
    private readonly maxBufferedBytes: number,
  ) {}

  get compressing(): boolean {
    return this.deflate !== null;
  }

  write(bytes: Buffer): void {
    if (this.ended || this.socket.destroyed || !this.socket.writable) return;
    if (this.socket.writableLength + (this.deflate?.writableLength ?? 0) + this.pendingBytes > this.maxBufferedBytes) {
      this.socket.destroy();
      return;
    }
    if (this.afterCompression) {
      this.afterCompression.push(bytes);
      return;
    }
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Sends what this pass wrote: one socket write, or one block of the compressed stream. */
  private flush(): void {
    this.flushScheduled = false;
    if (this.pending.length === 0) return;
    const bytes = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    if (this.socket.destroyed) return;
    if (this.deflate) {
      this.deflate.write(bytes);
      this.deflate.flush(constants.Z_SYNC_FLUSH);
    } else {
      this.socket.write(bytes);
    }
  }

  /** Sends `marker` (IAC SB MCCP2 IAC SE) plainly, then compresses everything after it. */
  startCompression(marker: Buffer): void {
    if (this.deflate || this.afterCompression || this.socket.destroyed) return;
    // What came before the marker goes plain, and before it.
    this.flush();
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
    this.flush();
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
    this.flush();
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
