// The event store: every event is persisted before anyone sees it. Appends made close together
// are written as one multi-row insert (group commit), because one awaited insert per command caps
// a connection near 1,000-2,000 commands/s; ids are assigned at append time so order is kept.
// A batch whose connection is lost waits for the database to come back (for a bounded time) and
// is written again, so a short outage delays what is in flight instead of refusing it. On the
// embedded database a batch goes to the event journal instead, and into the database a moment
// later (write-behind-events.ts); reads then also look at the events still waiting there.
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import type { DatabaseHealth } from '../db/database-health.js';
import { events as eventsTable } from '../db/schema.js';
import { EventTooDeepError, EventTooLargeError, EventTypeInvalidError, StreamInvalidError } from '../errors.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../limits/json-depth.js';
import { recordEventBatch } from '../telemetry/metrics.js';
import type { EventBus } from './event-bus.js';
import { type HearthEvent, type NewEvent, isValidEventType, isValidStream } from './event.js';
import { newEventId } from './event-id.js';
import type { WriteBehindEvents } from './write-behind-events.js';

export interface EventStoreOptions {
  /** Most rows in one insert. */
  maxBatch?: number;
  /** Largest payload accepted, in bytes of JSON. */
  maxPayloadBytes?: number;
  /** Deepest nesting of objects and arrays accepted in a payload (the payload itself is level 1). */
  maxPayloadDepth?: number;
  /** Where lost connections are reported; without it, a failed insert fails its batch at once. */
  health?: DatabaseHealth;
  /** How long a batch whose connection was lost waits for the database before it is refused. */
  retryForMs?: number;
  /** Journal batches and copy them in later, instead of inserting each (the embedded database). */
  writeBehind?: WriteBehindEvents;
}

interface PendingAppend {
  event: HearthEvent;
  resolve: (event: HearthEvent) => void;
  reject: (error: unknown) => void;
}

export class EventStore {
  private readonly maxBatch: number;
  private readonly maxPayloadBytes: number;
  private readonly maxPayloadDepth: number;
  private readonly health: DatabaseHealth | undefined;
  private readonly retryForMs: number;
  private readonly writeBehind: WriteBehindEvents | undefined;
  private pending: PendingAppend[] = [];
  private flushing: Promise<void> | null = null;
  private appendedCount = 0;

  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
    options: EventStoreOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 500;
    this.maxPayloadBytes = options.maxPayloadBytes ?? 64 * 1024;
    this.maxPayloadDepth = options.maxPayloadDepth ?? MAX_JSON_DEPTH;
    this.health = options.health;
    this.retryForMs = options.retryForMs ?? 10_000;
    this.writeBehind = options.writeBehind;
  }

  /** Persists one event, then delivers it; resolves once it is stored. */
  append(input: NewEvent): Promise<HearthEvent> {
    let event: HearthEvent;
    try {
      event = this.prepare(input);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ event, resolve, reject });
      this.scheduleFlush();
    });
  }

  /** Persists several events in the order given; they land in one batch when they fit in one. */
  appendMany(inputs: NewEvent[]): Promise<HearthEvent[]> {
    return Promise.all(inputs.map((input) => this.append(input)));
  }

  /** Events of one stream with ids after `afterId` (all when absent), oldest first. */
  async read(stream: string, afterId?: string, limit = 50): Promise<HearthEvent[]> {
    const rows = await this.db
      .select()
      .from(eventsTable)
      .where(afterId ? and(eq(eventsTable.stream, stream), gt(eventsTable.id, afterId)) : eq(eventsTable.stream, stream))
      .orderBy(asc(eventsTable.id))
      .limit(clampLimit(limit));
    const waiting = this.waiting((event) => event.stream === stream && (afterId === undefined || event.id > afterId));
    return withWaiting(rows.map(rowToEvent), waiting).slice(0, clampLimit(limit));
  }

  /** The newest `limit` events across the given streams after `afterId`, oldest first. */
  async readLatest(streams: string[], afterId: string | undefined, limit = 50): Promise<HearthEvent[]> {
    if (streams.length === 0) return [];
    const inStreams = inArray(eventsTable.stream, streams);
    const rows = await this.db
      .select()
      .from(eventsTable)
      .where(afterId ? and(inStreams, gt(eventsTable.id, afterId)) : inStreams)
      .orderBy(desc(eventsTable.id))
      .limit(clampLimit(limit));
    const wanted = new Set(streams);
    const waiting = this.waiting((event) => wanted.has(event.stream) && (afterId === undefined || event.id > afterId));
    return withWaiting(rows.reverse().map(rowToEvent), waiting).slice(-clampLimit(limit));
  }

  async count(): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(eventsTable);
    return (row?.count ?? 0) + (this.writeBehind?.waiting.length ?? 0);
  }

  /** Events appended but not yet written (the next batches). */
  get backlog(): number {
    return this.pending.length;
  }

  /** Events appended by this process since it started. */
  get appended(): number {
    return this.appendedCount;
  }

  /** Resolves when everything appended so far is in the database (or has failed). */
  async flush(): Promise<void> {
    while (this.flushing || this.pending.length > 0) {
      if (!this.flushing) this.scheduleFlush();
      await this.flushing;
    }
    await this.writeBehind?.flush();
  }

  /** Accepted events not yet copied into the database (write-behind only) that `matches` keeps. */
  private waiting(matches: (event: HearthEvent) => boolean): HearthEvent[] {
    return this.writeBehind ? this.writeBehind.waiting.filter(matches) : [];
  }

  private prepare(input: NewEvent): HearthEvent {
    if (!isValidStream(input.stream)) throw new StreamInvalidError(input.stream);
    if (!isValidEventType(input.type)) throw new EventTypeInvalidError(input.type);
    // Depth first: measuring the size stringifies, which a deep enough payload overflows.
    if (nestsDeeperThan(input.payload ?? {}, this.maxPayloadDepth)) throw new EventTooDeepError(this.maxPayloadDepth);
    const payloadBytes = Buffer.byteLength(JSON.stringify(input.payload ?? {}), 'utf8');
    if (payloadBytes > this.maxPayloadBytes) throw new EventTooLargeError(payloadBytes, this.maxPayloadBytes);
    const now = Date.now();
    return {
      id: newEventId(now),
      stream: input.stream,
      type: input.type,
      timestamp: new Date(now).toISOString(),
      actor: { kind: input.actor.kind, id: input.actor.id },
      payload: input.payload ?? {},
      ...(input.hops ? { hops: input.hops } : {}),
    };
  }

  private scheduleFlush(): void {
    if (this.flushing) return;
    this.flushing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.drain())
      .finally(() => {
        this.flushing = null;
        // Appends that arrived during the last insert are written by the next batch.
        if (this.pending.length > 0) this.scheduleFlush();
      });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      const started = performance.now();
      try {
        if (this.writeBehind) this.writeBehind.accept(batch.map((entry) => entry.event));
        else await this.insert(batch.map((entry) => entry.event));
      } catch (error) {
        recordEventBatch(batch.length, performance.now() - started, true);
        for (const entry of batch) entry.reject(error);
        continue;
      }
      recordEventBatch(batch.length, performance.now() - started, false);
      this.appendedCount += batch.length;
      for (const entry of batch) this.bus.publish(entry.event);
      for (const entry of batch) entry.resolve(entry.event);
    }
  }

  private async insert(events: HearthEvent[]): Promise<void> {
    if (!this.health) {
      await insertEvents(this.db, events);
      return;
    }
    // A lost connection may have lost only the answer to a commit: a row already stored is
    // skipped, never doubled, and the batch counts as stored.
    await this.health.retry(() => insertEvents(this.db, events), this.retryForMs);
  }
}

/**
 * Inserts events in one statement (a row whose id is already stored is skipped). The rows travel
 * as one JSON parameter: drizzle's per-value binding cost as much again as the insert itself.
 */
export async function insertEvents(db: Database, events: HearthEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = JSON.stringify(
    events.map((event) => ({ id: event.id, stream: event.stream, type: event.type, actor_kind: event.actor.kind, actor_id: event.actor.id, payload: event.payload, created_at: event.timestamp })),
  );
  await db.execute(sql`
    insert into events (id, stream, type, actor_kind, actor_id, payload, created_at)
    select id, stream, type, actor_kind, actor_id, payload, created_at
    from json_to_recordset(${rows}::json)
      as given(id text, stream text, type text, actor_kind text, actor_id text, payload jsonb, created_at timestamptz)
    on conflict (id) do nothing`);
}

/** Stored events followed by the waiting ones, oldest first, each once (a copy may be landing meanwhile). */
function withWaiting(stored: HearthEvent[], waiting: HearthEvent[]): HearthEvent[] {
  if (waiting.length === 0) return stored;
  const seen = new Set(stored.map((event) => event.id));
  return [...stored, ...waiting.filter((event) => !seen.has(event.id))].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function clampLimit(limit: number): number {
  return Math.max(1, Math.min(1000, Math.floor(limit)));
}

function rowToEvent(row: typeof eventsTable.$inferSelect): HearthEvent {
  return {
    id: row.id,
    stream: row.stream,
    type: row.type,
    timestamp: row.createdAt.toISOString(),
    actor: { kind: row.actorKind, id: row.actorId },
    payload: row.payload,
  };
}
