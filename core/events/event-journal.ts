// An append-only file of events, for the embedded database: an event is written here (one system
// call for a whole batch) before anyone sees it, and copied into the database in batches a moment
// later. The journal is cut into numbered segments; a segment is sealed before its events are
// copied and deleted once they are in the database, so what remains at start is exactly what a
// crash left uncopied. Lines are JSON; a line cut short by a crash is skipped.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { HearthEvent } from './event.js';

const SEGMENT = /^(\d{10})\.ndjson$/;

export class EventJournal {
  private fd: number | null = null;
  private sequence: number;

  private constructor(
    private readonly dir: string,
    sequences: number[],
  ) {
    this.sequence = (sequences.at(-1) ?? 0) + 1;
  }

  /** Opens (creating) the journal folder; nothing is written until the first append. */
  static open(dir: string): EventJournal {
    mkdirSync(dir, { recursive: true });
    return new EventJournal(dir, segmentsIn(dir));
  }

  /** Every event in the segments on disk, oldest first, with the newest segment's number. */
  leftovers(): { events: HearthEvent[]; through: number } {
    const sequences = segmentsIn(this.dir);
    const events: HearthEvent[] = [];
    for (const sequence of sequences) {
      for (const line of readFileSync(this.file(sequence), 'utf8').split('\n')) {
        const event = parseEvent(line);
        if (event) events.push(event);
      }
    }
    return { events, through: sequences.at(-1) ?? 0 };
  }

  /** Writes events to the current segment; throws when the file cannot be written. */
  append(events: readonly HearthEvent[]): void {
    if (events.length === 0) return;
    this.fd ??= openSync(this.file(this.sequence), 'a');
    const text = events.map((event) => `${JSON.stringify(event)}\n`).join('');
    writeSync(this.fd, text);
  }

  /** Closes the current segment (later appends start a new one); returns its number. */
  seal(): number {
    const sealed = this.sequence;
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.sequence += 1;
    return sealed;
  }

  /** Deletes segments up to and including `sequence`, whose events are now in the database. */
  removeThrough(sequence: number): void {
    for (const found of segmentsIn(this.dir)) if (found <= sequence) unlinkSync(this.file(found));
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private file(sequence: number): string {
    return join(this.dir, `${String(sequence).padStart(10, '0')}.ndjson`);
  }
}

function segmentsIn(dir: string): number[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const match = SEGMENT.exec(name);
      return match ? [Number(match[1])] : [];
    })
    .sort((a, b) => a - b);
}

/** One journal line as an event, or null for a line a crash cut short (or anything else unreadable). */
function parseEvent(line: string): HearthEvent | null {
  if (line.length === 0) return null;
  try {
    const value = JSON.parse(line) as Partial<HearthEvent>;
    const { id, stream, type, timestamp, actor, payload } = value;
    if (typeof id !== 'string' || typeof stream !== 'string' || typeof type !== 'string' || typeof timestamp !== 'string') return null;
    if (typeof actor !== 'object' || actor === null || typeof payload !== 'object' || payload === null) return null;
    return { id, stream, type, timestamp, actor, payload };
  } catch {
    return null;
  }
}
