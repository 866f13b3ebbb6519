// Checks the stored world the way a crash could have broken it: every reference points at
// something that exists and may be there (an exit's room and destination, where a character or
// thing is), and nothing contains itself. Returns one sentence per problem; none means consistent.
import type { Database } from '../../core/db/database.js';
import { characters, objects } from '../../core/db/schema.js';

export type StoredObject = typeof objects.$inferSelect;

export async function worldProblems(db: Database): Promise<string[]> {
  const rows = await db.select().from(objects);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const problems: string[] = [];
  const describe = (row: StoredObject): string => `${row.kind} ${row.name}(#${row.id})`;
  for (const row of rows) {
    const location = row.locationId === null ? undefined : byId.get(row.locationId);
    if (row.locationId !== null && !location) problems.push(`${describe(row)} is in #${row.locationId}, which does not exist`);
    switch (row.kind) {
      case 'room':
        if (row.locationId !== null) problems.push(`${describe(row)} is inside something`);
        break;
      case 'exit': {
        if (location && location.kind !== 'room') problems.push(`${describe(row)} leads out of ${describe(location)}, which is not a room`);
        if (row.locationId === null) problems.push(`${describe(row)} is in no room`);
        const destination = row.destinationId === null ? undefined : byId.get(row.destinationId);
        if (row.destinationId !== null && destination?.kind !== 'room') problems.push(`${describe(row)} leads to #${row.destinationId}, which is not a room`);
        break;
      }
      case 'character':
        if (row.locationId === null) problems.push(`${describe(row)} is nowhere`);
        else if (location && location.kind !== 'room') problems.push(`${describe(row)} is in ${describe(location)}, which is not a room`);
        break;
      case 'thing':
        if (location?.kind === 'exit') problems.push(`${describe(row)} is inside an exit`);
        if (containsItself(row, byId)) problems.push(`${describe(row)} is inside itself`);
        break;
    }
  }
  for (const character of await db.select().from(characters)) {
    if (byId.get(character.objectId)?.kind !== 'character') problems.push(`account ${character.accountId} has no character object #${character.objectId}`);
  }
  return problems;
}

function containsItself(row: StoredObject, byId: ReadonlyMap<number, StoredObject>): boolean {
  const seen = new Set<number>();
  for (let at = row.locationId; at !== null; at = byId.get(at)?.locationId ?? null) {
    if (at === row.id || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}
