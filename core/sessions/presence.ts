// Who comes and goes: connect/disconnect announcements, where a character stopped reading, and
// the events it missed while away.
import { type SQL, and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { characters as charactersTable } from '../db/schema.js';
import { type HearthEvent, characterActor, characterStream, locationStream } from '../events/event.js';
import type { EventStore } from '../events/event-store.js';
import type { World } from '../world/world.js';
import { formatEventTime, renderEventFor } from './event-renderer.js';

export class Presence {
  constructor(
    private readonly db: Database,
    private readonly store: EventStore,
    private readonly world: World,
  ) {}

  async lastSeenEventId(characterId: number): Promise<string | null> {
    const [row] = await this.db
      .select({ lastSeen: charactersTable.lastSeenEventId })
      .from(charactersTable)
      .where(eq(charactersTable.objectId, characterId));
    return row?.lastSeen ?? null;
  }

  /** Records where a character has read up to; it only ever moves forward (ids sort by time). */
  async recordLastSeen(characterId: number, eventId: string): Promise<void> {
    await this.db
      .update(charactersTable)
      .set({ lastSeenEventId: eventId })
      .where(and(eq(charactersTable.objectId, characterId), movesForward(eventId)));
  }

  /** recordLastSeen for many characters in one statement (the periodic checkpoint). */
  async recordLastSeenMany(entries: ReadonlyMap<number, string>): Promise<void> {
    if (entries.size === 0) return;
    const rows = sql.join(
      [...entries].map(([characterId, eventId]) => sql`(${characterId}::integer, ${eventId}::text)`),
      sql`, `,
    );
    await this.db.execute(sql`
      update ${charactersTable} set last_seen_event_id = seen.event_id
      from (values ${rows}) as seen(character_id, event_id)
      where ${charactersTable.objectId} = seen.character_id and ${movesForward(sql`seen.event_id`)}`);
  }

  /** Events said in the character's room and to the character after `afterId`, newest `limit`. */
  async missedEvents(characterId: number, afterId: string | null, limit: number): Promise<HearthEvent[]> {
    if (afterId === null) return [];
    const character = this.world.get(characterId);
    const streams = [characterStream(characterId)];
    if (character?.locationId != null) streams.push(locationStream(character.locationId));
    return this.store.readLatest(streams, afterId, limit);
  }

  announce(characterId: number, type: 'connect' | 'disconnect'): Promise<HearthEvent> | undefined {
    const character = this.world.get(characterId);
    if (character?.locationId == null) return undefined;
    return this.store.append({
      stream: locationStream(character.locationId),
      type,
      actor: characterActor(characterId),
      payload: {
        object: characterId,
        name: character.name,
        exclude: [characterId],
        text: `${character.name} has ${type === 'connect' ? 'connected' : 'disconnected'}.`,
      },
    });
  }
}

/** Event ids are ULIDs: compared byte by byte ("C"), a later id is always the greater. */
function movesForward(eventId: string | SQL): SQL {
  return sql`(${charactersTable.lastSeenEventId} is null or ${charactersTable.lastSeenEventId} collate "C" < ${eventId} collate "C")`;
}

/** The replay block shown on reconnect, marked so no one mistakes it for live talk. */
export function formatMissedEvents(events: HearthEvent[], viewerId: number, limit: number): string | null {
  const lines = events
    .map((event) => {
      const text = renderEventFor(event, viewerId);
      return text === null ? null : `${formatEventTime(event)} ${text}`;
    })
    .filter((line): line is string => line !== null);
  if (lines.length === 0) return null;
  const more = events.length >= limit ? ` (the last ${limit})` : '';
  return [`--- While you were away${more}: ---`, ...lines, '--- End of missed events ---'].join('\n');
}
