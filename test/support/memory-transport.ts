// A transport that keeps what the session sends in memory, for tests of the session layer that
// need no socket. The database and core under it are real.
import type { Transport } from '../../core/sessions/transport.js';
import { OutputWaiter } from './line-client.js';

export class MemoryTransport implements Transport {
  readonly kind = 'telnet' as const;
  readonly output = new OutputWaiter();
  readonly data: Array<{ topic: string; data: unknown }> = [];
  closed = false;

  constructor(readonly remoteAddress = '127.0.0.1') {}

  sendText(text: string): void {
    this.output.append(`${text}\n`);
  }

  sendData(topic: string, data: unknown): void {
    this.data.push({ topic, data });
  }

  close(): void {
    this.closed = true;
    this.output.markClosed();
  }
}
