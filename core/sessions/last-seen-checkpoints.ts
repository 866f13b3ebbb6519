// Where each connected character has read up to, written every second or so. A character's
// place is otherwise stored only when it leaves; after a crash (no goodbye) the missed-events
// replay would then start from its previous visit, or show nothing at all. With checkpoints it
// starts at most one interval before the crash: a few lines may be shown again, none are lost.
import type { DatabaseHealth } from '../db/database-health.js';
import type { Logger } from '../telemetry/logger.js';
import type { Presence } from './presence.js';
import type { Session } from './session.js';

export class LastSeenCheckpoints {
  private readonly written = new Map<number, string>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly sessions: () => Session[],
    private readonly presence: Presence,
    private readonly logger: Logger,
    private readonly database?: DatabaseHealth,
  ) {}

  start(intervalMs: number): void {
    this.timer ??= setInterval(() => void this.checkpoint(), intervalMs);
    this.timer.unref();
  }

  /** Stops the timer; resolves once a checkpoint being written has finished. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.writing;
  }

  /** Stores one character's place now (a visit starting); a failure is logged, not thrown. */
  async record(characterId: number, seen: string): Promise<void> {
    try {
      await this.presence.recordLastSeen(characterId, seen);
      this.written.set(characterId, seen);
    } catch (error) {
      this.logger.warn({ err: error, characterId }, 'could not store where a player starts reading');
    }
  }

  /** Writes every place that moved since the last checkpoint, in one statement. */
  checkpoint(): Promise<void> {
    this.writing ??= this.write().finally(() => {
      this.writing = null;
    });
    return this.writing;
  }

  private async write(): Promise<void> {
    if (this.database && !this.database.available) return;
    const newest = new Map<number, string>();
    for (const session of this.sessions()) {
      const { characterId, lastDeliveredEventId: seen } = session;
      if (session.state !== 'playing' || characterId === null || seen === null) continue;
      const known = newest.get(characterId);
      if (known === undefined || known < seen) newest.set(characterId, seen);
    }
    const changed = new Map([...newest].filter(([characterId, seen]) => this.written.get(characterId) !== seen));
    for (const characterId of this.written.keys()) if (!newest.has(characterId)) this.written.delete(characterId);
    if (changed.size === 0) return;
    try {
      await this.presence.recordLastSeenMany(changed);
      for (const [characterId, seen] of changed) this.written.set(characterId, seen);
    } catch (error) {
      // The next checkpoint tries again; leaving the game records the place anyway.
      this.logger.warn({ err: error, characters: changed.size }, 'could not checkpoint where players have read up to');
    }
  }
}
