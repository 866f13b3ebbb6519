// Events stored the way the embedded database can afford: on PGlite every statement costs half a
// millisecond or more of the server's own CPU, whatever it carries, so one insert per say was most
// of what a say cost. Here an accepted batch is written to the event journal (a file, one system
// call) and is then as safe as PGlite's own files; every so often the events gathered meanwhile go
// into the database in one insert, and their journal segments are deleted. Until then they are
// kept in memory, where reads find them. At start, whatever a crash left in the journal is copied
// in first.
import type { Logger } from '../telemetry/logger.js';
import type { HearthEvent } from './event.js';
import type { EventJournal } from './event-journal.js';

/** Writes events into the database; a row already there is skipped, never doubled. */
export type EventInsert = (events: HearthEvent[]) => Promise<void>;

export interface WriteBehindOptions {
  /** How long events may wait in memory (and the journal) before they are copied in. */
  intervalMs?: number;
  /** Copied at once when this many are waiting. */
  maxWaiting?: number;
  /** Most events in one insert. */
  maxBatch?: number;
}

export class WriteBehindEvents {
  private unsaved: HearthEvent[] = [];
  private copying: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly intervalMs: number;
  private readonly maxWaiting: number;
  private readonly maxBatch: number;

  private constructor(
    private readonly insert: EventInsert,
    private readonly journal: EventJournal | null,
    private readonly logger: Logger | undefined,
    options: WriteBehindOptions,
  ) {
    this.intervalMs = options.intervalMs ?? 200;
    this.maxWaiting = options.maxWaiting ?? 2000;
    this.maxBatch = options.maxBatch ?? 500;
  }

  /** Copies in whatever a crash left in the journal, then accepts new events. */
  static async start(insert: EventInsert, journal: EventJournal | null, logger?: Logger, options: WriteBehindOptions = {}): Promise<WriteBehindEvents> {
    const writes = new WriteBehindEvents(insert, journal, logger, options);
    if (journal) {
      const { events, through } = journal.leftovers();
      for (let at = 0; at < events.length; at += writes.maxBatch) await insert(events.slice(at, at + writes.maxBatch));
      journal.removeThrough(through);
      if (events.length > 0) logger?.info({ events: events.length }, 'events left in the journal by an unclean stop were stored');
    }
    return writes;
  }

  /** Events accepted and not yet in the database, oldest first. */
  get waiting(): readonly HearthEvent[] {
    return this.unsaved;
  }

  /** Takes a batch: written to the journal before this returns (it throws if that fails). */
  accept(events: HearthEvent[]): void {
    this.journal?.append(events);
    for (const event of events) this.unsaved.push(event);
    if (this.unsaved.length >= this.maxWaiting) void this.copy();
    else this.schedule();
  }

  /** Copies everything accepted so far into the database. */
  async flush(): Promise<void> {
    while (this.unsaved.length > 0 || this.copying) await this.copy();
  }

  async close(): Promise<void> {
    await this.flush();
    this.journal?.close();
  }

  /** One copy at a time; a failed one leaves the events (and their journal) for the next. */
  private copy(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.copying ??= this.copyOnce().finally(() => {
      this.copying = null;
      if (this.unsaved.length > 0) this.schedule();
    });
    return this.copying;
  }

  /** The next copy, in `intervalMs`; it does not keep the process alive (a shutdown flushes). */
  private schedule(): void {
    this.timer ??= setTimeout(() => void this.copy(), this.intervalMs).unref();
  }

  private async copyOnce(): Promise<void> {
    const count = this.unsaved.length;
    if (count === 0) return;
    // Everything in the sealed segments is in `taken`; later events go to the next segment.
    const sealed = this.journal?.seal() ?? 0;
    const taken = this.unsaved.slice(0, count);
    try {
      for (let at = 0; at < taken.length; at += this.maxBatch) await this.insert(taken.slice(at, at + this.maxBatch));
    } catch (error) {
      this.logger?.error({ err: error, events: count }, 'storing journaled events failed; they stay in the journal and are tried again');
      return;
    }
    this.unsaved.splice(0, count);
    this.journal?.removeThrough(sealed);
  }
}
