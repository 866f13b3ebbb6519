// One telnet session on a bench peer, as a wizard: it logs in, sends a line and waits for the
// line of output that answers it, one command at a time, so each wait is one command's cost.
import { connectTelnet } from '../load/telnet-bot.js';
import type { LineConnection } from '../load/line-connection.js';

const TIMEOUT_MS = 60_000;

export class PeerSession {
  private waiting: { test: (line: string) => boolean; done: (line: string) => void; fail: (error: Error) => void } | null = null;

  private constructor(private readonly connection: LineConnection) {
    connection.onLine((line) => {
      if (this.waiting?.test(line)) {
        const { done } = this.waiting;
        this.waiting = null;
        done(line);
      }
    });
    connection.onClose(() => this.waiting?.fail(new Error('the connection closed')));
  }

  static async open(host: string, port: number): Promise<PeerSession> {
    return new PeerSession(await connectTelnet(host, port, TIMEOUT_MS));
  }

  /** Resolves with the first line, from now on, that passes `test`. */
  expect(test: (line: string) => boolean): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer in time')), TIMEOUT_MS);
      this.waiting = {
        test,
        done: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
        fail: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  /** Sends `line` without waiting for anything. */
  send(line: string): void {
    this.connection.send(line);
  }

  /** Sends `line` and resolves with the answering line and the milliseconds it took. */
  async ask(line: string, test: (line: string) => boolean): Promise<{ line: string; ms: number }> {
    const answer = this.expect(test);
    const started = performance.now();
    this.connection.send(line);
    const answered = await answer;
    return { line: answered, ms: performance.now() - started };
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
