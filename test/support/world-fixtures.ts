// World set-up for end-to-end tests that need rooms before any player arrives: built straight
// through the world service, as a builder's @dig would leave them.
import type { HearthCore } from '../../core/hearth-core.js';
import { parseNameWithAliases, type WorldObject } from '../../core/world/world-object.js';

/** A room reached from `fromRoomId` by `exit` (e.g. "North;n") and leading back by `back`. */
export async function digRoom(
  core: HearthCore,
  fromRoomId: number,
  spec: { name: string; description?: string; exit: string; back: string },
): Promise<{ room: WorldObject; exit: WorldObject; back: WorldObject }> {
  const room = await core.world.createObject({ kind: 'room', name: spec.name, description: spec.description ?? '' });
  const exit = await core.world.createObject({ kind: 'exit', ...parseNameWithAliases(spec.exit), locationId: fromRoomId, destinationId: room.id });
  const back = await core.world.createObject({ kind: 'exit', ...parseNameWithAliases(spec.back), locationId: room.id, destinationId: fromRoomId });
  return { room, exit, back };
}
