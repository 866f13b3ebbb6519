// What the telnet and websocket test clients share: collected output and waiting for a pattern.
// Colour codes are removed from the text tests match on (a test reads what a person reads); a
// sequence split between two chunks is held back until its end arrives.
import { stripAnsi } from '../../core/sessions/text-style.js';

const UNFINISHED_ESCAPE = /\u001b(?:\[[0-?]*[ -/]*)?$/;

export class OutputWaiter {
  private text = '';
  private carry = '';
  private cursor = 0;
  private waiters: Array<() => void> = [];
  closed = false;

  append(text: string): void {
    const joined = this.carry + text;
    const unfinished = UNFINISHED_ESCAPE.exec(joined);
    this.carry = unfinished ? unfinished[0] : '';
    this.text += stripAnsi(unfinished ? joined.slice(0, unfinished.index) : joined);
    for (const wake of this.waiters.splice(0)) wake();
  }

  markClosed(): void {
    this.closed = true;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Everything received so far. */
  get all(): string {
    return this.text;
  }

  /**
   * Resolves with the output up to and including the first match after the cursor, and moves the
   * cursor past it. Rejects (with what did arrive) when nothing matches within `timeoutMs`.
   */
  async waitFor(pattern: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = this.text.slice(this.cursor);
      const match = typeof pattern === 'string' ? locate(rest, pattern) : pattern.exec(rest);
      if (match) {
        const end = match.index + match[0].length;
        this.cursor += end;
        return rest.slice(0, end);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0 || this.closed) {
        throw new Error(`Expected ${String(pattern)} ${this.closed ? 'before the connection closed' : 'in time'}; received after cursor:\n${rest}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Output received after the cursor, without moving it. */
  pending(): string {
    return this.text.slice(this.cursor);
  }

  /** Moves the cursor to the end, forgetting output not yet waited for. */
  skip(): void {
    this.cursor = this.text.length;
  }
}

function locate(text: string, needle: string): { index: number; 0: string } | null {
  const index = text.indexOf(needle);
  return index < 0 ? null : { index, 0: needle };
}
