// One connection's way to the core: its session opening and the lines its player types, sent in
// order, one at a time, each until the core acknowledges it. While no core answers (a failover, a
// restart, NATS itself gone) lines are held and sent again; the player is told once that the game
// is restarting, and only if nothing answers for the whole hold are the waiting lines given up,
// saying so. The core ignores a line it has already run (by its number), so sending again is safe.
import type { CoreReply } from '../../core/cluster/cluster-messages.js';

export type PipeItem = { kind: 'open' } | { kind: 'line'; seq: number; line: string };

export interface InputPipeOptions {
  /** Sends one item; resolves with the core's reply, rejects when no core answered. */
  send(item: PipeItem): Promise<CoreReply>;
  /** Tells the player something (the gateway's own words, not the game's). */
  notify(text: string): void;
  /** The core took an item (an open's reply names the core that holds the session now). */
  accepted?(item: PipeItem, reply: Extract<CoreReply, { ok: true }>): void;
  /** The core answered no: the gateway decides what that means (a new session, a refused line). */
  refused(item: PipeItem, reply: Extract<CoreReply, { ok: false }>): void;
  holdMs: number;
  /** Time between tries while no core answers. */
  retryMs?: number;
  /** How long to hold before telling the player the game is restarting. */
  noticeAfterMs?: number;
  /** Lines waiting at most (the core's own backlog bounds what runs; this bounds what is held). */
  maxWaiting?: number;
}

export const RESTARTING_NOTICE = 'The game is restarting; what you type is held and runs as soon as it is back.';
export const RESUMED_NOTICE = 'The game is back.';

export class InputPipe {
  private readonly waiting: PipeItem[] = [];
  private running = false;
  private closed = false;
  private nextSeq = 1;
  /** Counts restarts; an item being sent when one happens is given up. */
  private epoch = 0;

  constructor(private readonly options: InputPipeOptions) {}

  open(): void {
    this.enqueue({ kind: 'open' }, true);
  }

  line(line: string): void {
    this.enqueue({ kind: 'line', seq: this.nextSeq++, line }, false);
  }

  /**
   * Opens the session again ahead of everything waiting (a new core does not know it yet). The
   * item being sent, if any, is sent again after the open (the core runs a line once by its number).
   */
  reopen(): void {
    if (this.waiting[0]?.kind === 'open') return;
    this.epoch += 1;
    this.enqueue({ kind: 'open' }, true);
  }

  /** Gives up the lines waiting (not an open); returns how many there were. */
  dropLines(): number {
    const given = this.waiting.filter((item) => item.kind === 'line').length;
    this.epoch += 1;
    for (let index = this.waiting.length - 1; index >= 0; index -= 1) if (this.waiting[index]!.kind === 'line') this.waiting.splice(index, 1);
    return given;
  }

  /**
   * A new core holds none of this connection's state: lines typed for the old session would run
   * at the new one's login screen, so they are given up (the count is returned) and a new session
   * opened.
   */
  restart(): number {
    const given = this.waiting.filter((item) => item.kind === 'line').length;
    this.epoch += 1;
    this.waiting.length = 0;
    this.enqueue({ kind: 'open' }, true);
    return given;
  }

  /** The connection is gone: nothing more is sent. */
  close(): void {
    this.closed = true;
    this.waiting.length = 0;
  }

  private enqueue(item: PipeItem, first: boolean): void {
    if (this.closed) return;
    const max = this.options.maxWaiting ?? 100;
    if (!first && this.waiting.length >= max) {
      // Never repeated back: the line may be a password.
      this.options.notify(`Too many lines are waiting for the game (${max}); that line was dropped.`);
      return;
    }
    if (first) this.waiting.unshift(item);
    else this.waiting.push(item);
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0 && !this.closed) {
        const item = this.waiting[0]!;
        const epoch = this.epoch;
        const reply = await this.deliver(item, epoch);
        if (this.closed) return;
        if (reply === 'restarted') continue;
        if (reply === null) {
          const count = this.waiting.length;
          this.waiting.length = 0;
          this.options.notify(
            `The game did not come back in time; ${count === 1 ? 'your last line was' : `${count} lines were`} not run. Please try again in a moment.`,
          );
          return;
        }
        if (!reply.ok) this.options.refused(item, reply);
        // A refusal that reopened the session keeps its item, to send again after the open.
        if (this.epoch !== epoch) continue;
        const at = this.waiting.indexOf(item);
        if (at >= 0) this.waiting.splice(at, 1);
        if (reply.ok) this.options.accepted?.(item, reply);
      }
    } finally {
      this.running = false;
    }
  }

  /** The core's reply, or null once the hold ran out without one. */
  private async deliver(item: PipeItem, epoch: number): Promise<CoreReply | null | 'restarted'> {
    const started = Date.now();
    let told = false;
    for (;;) {
      if (this.closed) return null;
      if (this.epoch !== epoch) return 'restarted';
      try {
        const reply = await this.options.send(item);
        if (told) this.options.notify(RESUMED_NOTICE);
        // Sent meanwhile the session was reopened: the item goes again after the open.
        return this.epoch === epoch ? reply : 'restarted';
      } catch {
        if (this.closed) return null;
        const waited = Date.now() - started;
        if (waited >= this.options.holdMs) return null;
        if (!told && waited >= (this.options.noticeAfterMs ?? 1000)) {
          told = true;
          this.options.notify(RESTARTING_NOTICE);
        }
        await new Promise((resolve) => setTimeout(resolve, this.options.retryMs ?? 250));
      }
    }
  }
}
