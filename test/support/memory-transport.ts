// A transport that keeps what the session sends in memory, for tests of the session layer that
// need no socket. The database and core under it are real.
import type { Transport } from '../../core/sessions/transport.js';
import { OutputWaiter } from './line-client.js';

export class MemoryTransport implements Transport {
  readonly kind = 'telnet' as const;
  readonly output = new OutputWaiter();
  readonly data: Array<{ topic: string; data: unknown }> = [];
  readonly prompts: string[] = [];
  /** Every password-mode switch, in order. */
  readonly passwordModes: boolean[] = [];
  closed = false;

  constructor(
    readonly remoteAddress = '127.0.0.1',
    readonly keepsResumeToken = false,
  ) {}

  sendText(text: string): void {
    this.output.append(`${text}\n`);
  }

  sendPrompt(text: string): void {
    this.prompts.push(text);
    this.output.append(text);
  }

  sendData(topic: string, data: unknown): void {
    this.data.push({ topic, data });
  }

  setPasswordMode(hidden: boolean): void {
    this.passwordModes.push(hidden);
  }

  /** The data sent under one topic, in order. */
  dataFor<T = unknown>(topic: string): T[] {
    return this.data.filter((entry) => entry.topic === topic).map((entry) => entry.data as T);
  }

  close(): void {
    this.closed = true;
    this.output.markClosed();
  }
}
