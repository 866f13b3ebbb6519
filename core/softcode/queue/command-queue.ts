// PennMUSH's command queue: action lists queued by $-commands, @trigger, @wait, @force and
// @dolist, run later in slices so a chain that requeues itself forever (`@trigger me/loop`)
// shares the process with everyone else. Each slice runs for at most `sliceMs` or
// `entriesPerSlice` entries and then yields to the event loop, where players' input waits.
// An owner whose objects queue more than `perOwner` entries is a runaway: all of its entries
// are dropped and it is told, in PennMUSH's words. `total` caps the whole queue, and
// `perOwnerPerSecond` how many entries one owner's objects run in a second: a loop that emits
// each turn writes a bounded number of room events rather than all the machine can make.

export interface QueueLimits {
  /** Entries one owner's objects may have queued at once (PennMUSH's player_queue_limit). */
  readonly perOwner: number;
  /** Entries the whole queue may hold. */
  readonly total: number;
  /** Longest a slice runs before yielding, in milliseconds. */
  readonly sliceMs: number;
  readonly entriesPerSlice: number;
  /** Longest @wait, in seconds. */
  readonly maxWaitSeconds: number;
  /** Entries one owner's objects may run in a second; the rest wait for the next second. */
  readonly perOwnerPerSecond: number;
}

export const DEFAULT_QUEUE_LIMITS: QueueLimits = Object.freeze({ perOwner: 100, total: 10_000, sliceMs: 10, entriesPerSlice: 200, maxWaitSeconds: 7 * 24 * 3600, perOwnerPerSecond: 500 });

export interface NewQueueEntry {
  readonly executor: number;
  readonly enactor: number;
  readonly actions: string;
  readonly args?: readonly string[];
  readonly registers?: Readonly<Record<string, string>>;
  /** Seconds to wait before it runs (@wait). */
  readonly delaySeconds?: number;
  /** Waits on this object's semaphore until @notify (or the delay, when there is one). */
  readonly semaphore?: number;
  /** %c: the line that set it off (a $-command's input). */
  readonly command?: string;
}

export interface QueueEntry extends NewQueueEntry {
  readonly id: number;
  readonly owner: number;
  readonly args: readonly string[];
  readonly registers: Readonly<Record<string, string>>;
  /** When it becomes ready, for a timed wait (ms since the epoch). */
  readonly wakeAt?: number;
}

export interface QueueHooks {
  /** Runs one entry's action list (synchronously: evaluation never waits). */
  run(entry: QueueEntry): void;
  ownerOf(objectId: number): number;
  tell(objectId: number, text: string): void;
  /** Something went wrong inside run(); logged, never fatal to the queue. */
  failed(entry: QueueEntry, error: unknown): void;
}

export type QueueAdd = 'queued' | 'runaway' | 'full';

export const RUNAWAY_MESSAGE = 'Run away objects: too many commands queued.  Halted.';
export const QUEUE_FULL_MESSAGE = 'The command queue is full; that command was not queued.';

export class SoftcodeQueue {
  private readonly ready: QueueEntry[] = [];
  /** Ready entries of owners over their rate, until the next second. */
  private held: QueueEntry[] = [];
  private heldTimer: NodeJS.Timeout | undefined;
  private windowStart = 0;
  private readonly ranInWindow = new Map<number, number>();
  private readonly waiting = new Map<number, { entry: QueueEntry; timer?: NodeJS.Timeout }>();
  private readonly semaphores = new Map<number, number>();
  private readonly perOwner = new Map<number, number>();
  private nextId = 1;
  private scheduled = false;
  private closed = false;
  /** Entries run since start, for @ps and tests. */
  ran = 0;

  constructor(
    private readonly hooks: QueueHooks,
    readonly limits: QueueLimits = DEFAULT_QUEUE_LIMITS,
  ) {}

  get size(): number {
    return this.ready.length + this.held.length + this.waiting.size;
  }

  add(spec: NewQueueEntry): QueueAdd {
    if (this.closed) return 'full';
    const owner = this.hooks.ownerOf(spec.executor);
    if ((this.perOwner.get(owner) ?? 0) >= this.limits.perOwner) {
      this.haltOwner(owner);
      this.hooks.tell(owner, RUNAWAY_MESSAGE);
      return 'runaway';
    }
    if (this.size >= this.limits.total) {
      this.hooks.tell(spec.executor, QUEUE_FULL_MESSAGE);
      return 'full';
    }
    const delay = spec.delaySeconds === undefined ? undefined : Math.min(Math.max(0, spec.delaySeconds), this.limits.maxWaitSeconds);
    const entry: QueueEntry = {
      ...spec,
      id: this.nextId++,
      owner,
      args: spec.args ?? [],
      registers: spec.registers ?? {},
      ...(delay !== undefined ? { wakeAt: Date.now() + delay * 1000 } : {}),
    };
    this.perOwner.set(owner, (this.perOwner.get(owner) ?? 0) + 1);
    if (spec.semaphore !== undefined) this.waitOnSemaphore(entry, spec.semaphore, delay);
    else if (delay !== undefined && delay > 0) this.waitFor(entry, delay);
    else this.makeReady(entry);
    return 'queued';
  }

  /** @notify: releases one waiter on the object's semaphore (all with `all`), or banks the signal. */
  notify(objectId: number, all = false, count = 1): number {
    let released = 0;
    const waiters = this.semaphoreWaiters(objectId);
    const wanted = all ? waiters.length : count;
    for (const entry of waiters.slice(0, wanted)) {
      this.release(entry.id);
      released += 1;
    }
    if (!all && released < wanted) this.semaphores.set(objectId, (this.semaphores.get(objectId) ?? 0) + wanted - released);
    return released;
  }

  /** @drain: drops everything waiting on the object's semaphore, and its banked signals. */
  drain(objectId: number): number {
    this.semaphores.delete(objectId);
    const waiters = this.semaphoreWaiters(objectId);
    for (const entry of waiters) this.forgetWaiting(entry.id);
    return waiters.length;
  }

  /** @halt: drops every entry the object would run (ready, waiting and on semaphores). */
  halt(objectId: number): number {
    return this.remove((entry) => entry.executor === objectId);
  }

  haltOwner(owner: number): number {
    return this.remove((entry) => entry.owner === owner);
  }

  haltAll(): number {
    return this.remove(() => true);
  }

  /** What is queued, for @ps: ready ones in order, then waits by wake time, then semaphores. */
  list(): { ready: QueueEntry[]; waiting: QueueEntry[]; semaphore: QueueEntry[] } {
    const waits = [...this.waiting.values()].map((w) => w.entry);
    return {
      ready: [...this.ready, ...this.held],
      waiting: waits.filter((entry) => entry.semaphore === undefined).sort((a, b) => (a.wakeAt ?? 0) - (b.wakeAt ?? 0)),
      semaphore: waits.filter((entry) => entry.semaphore !== undefined),
    };
  }

  close(): void {
    this.closed = true;
    this.haltAll();
    if (this.heldTimer) clearTimeout(this.heldTimer);
  }

  private waitOnSemaphore(entry: QueueEntry, objectId: number, delay: number | undefined): void {
    const banked = this.semaphores.get(objectId) ?? 0;
    if (banked > 0) {
      this.semaphores.set(objectId, banked - 1);
      this.makeReady(entry);
      return;
    }
    const timer = delay !== undefined && delay > 0 ? setTimeout(() => this.release(entry.id), delay * 1000) : undefined;
    timer?.unref();
    this.waiting.set(entry.id, { entry, ...(timer ? { timer } : {}) });
  }

  private waitFor(entry: QueueEntry, delay: number): void {
    const timer = setTimeout(() => this.release(entry.id), delay * 1000);
    timer.unref();
    this.waiting.set(entry.id, { entry, timer });
  }

  private release(id: number): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    if (waiting.timer) clearTimeout(waiting.timer);
    this.waiting.delete(id);
    this.makeReady(waiting.entry);
  }

  private forgetWaiting(id: number): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    if (waiting.timer) clearTimeout(waiting.timer);
    this.waiting.delete(id);
    this.countDown(waiting.entry.owner);
  }

  private semaphoreWaiters(objectId: number): QueueEntry[] {
    return [...this.waiting.values()].map((w) => w.entry).filter((entry) => entry.semaphore === objectId);
  }

  private remove(matches: (entry: QueueEntry) => boolean): number {
    let removed = 0;
    for (let i = this.ready.length - 1; i >= 0; i -= 1) {
      const entry = this.ready[i]!;
      if (!matches(entry)) continue;
      this.ready.splice(i, 1);
      this.countDown(entry.owner);
      removed += 1;
    }
    const keptHeld = this.held.filter((entry) => !matches(entry));
    for (const entry of this.held) {
      if (keptHeld.includes(entry)) continue;
      this.countDown(entry.owner);
      removed += 1;
    }
    this.held = keptHeld;
    for (const { entry } of [...this.waiting.values()]) {
      if (!matches(entry)) continue;
      this.forgetWaiting(entry.id);
      removed += 1;
    }
    return removed;
  }

  private countDown(owner: number): void {
    const left = (this.perOwner.get(owner) ?? 1) - 1;
    if (left <= 0) this.perOwner.delete(owner);
    else this.perOwner.set(owner, left);
  }

  private makeReady(entry: QueueEntry): void {
    this.ready.push(entry);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.closed || this.ready.length === 0) return;
    this.scheduled = true;
    setImmediate(() => this.runSlice());
  }

  private runSlice(): void {
    this.scheduled = false;
    const started = performance.now();
    for (let count = 0; count < this.limits.entriesPerSlice && this.ready.length > 0; count += 1) {
      if (performance.now() - started >= this.limits.sliceMs) break;
      const entry = this.ready.shift()!;
      if (!this.withinRate(entry.owner)) {
        this.hold(entry);
        continue;
      }
      this.countDown(entry.owner);
      this.ran += 1;
      try {
        this.hooks.run(entry);
      } catch (error) {
        this.hooks.failed(entry, error);
      }
    }
    this.schedule();
  }

  /** Counts a run against the owner's rate for this second; false when it is spent. */
  private withinRate(owner: number): boolean {
    const now = Date.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.ranInWindow.clear();
    }
    const ran = this.ranInWindow.get(owner) ?? 0;
    if (ran >= this.limits.perOwnerPerSecond) return false;
    this.ranInWindow.set(owner, ran + 1);
    return true;
  }

  private hold(entry: QueueEntry): void {
    this.held.push(entry);
    if (this.heldTimer) return;
    this.heldTimer = setTimeout(() => {
      this.heldTimer = undefined;
      const released = this.held;
      this.held = [];
      for (const held of released) this.ready.push(held);
      this.schedule();
    }, Math.max(1, 1000 - (Date.now() - this.windowStart)));
    this.heldTimer.unref();
  }
}
