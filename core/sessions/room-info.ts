// The structured picture of a room that clients draw panels and maps from (GMCP Room.Info, the
// browser's room panel), built from the in-memory world so it costs no database read.
import type { World } from '../world/world.js';
import type { CharacterInfo, RoomInfo } from './session-data.js';

export function describeRoom(world: World, roomId: number, isConnected: (characterId: number) => boolean): RoomInfo | null {
  const room = world.get(roomId);
  if (!room || room.kind !== 'room') return null;
  return {
    id: room.id,
    name: room.name,
    description: room.description,
    exits: world.exitsOf(room.id).map((exit) => ({
      id: exit.id,
      name: exit.name,
      aliases: exit.aliases,
      to: exit.destinationId,
      toName: exit.destinationId === null ? null : (world.get(exit.destinationId)?.name ?? null),
    })),
    players: playersIn(world, room.id, isConnected),
  };
}

export function playersIn(world: World, roomId: number, isConnected: (characterId: number) => boolean): CharacterInfo[] {
  return world
    .charactersIn(roomId)
    .filter((character) => isConnected(character.id))
    .map((character) => ({ id: character.id, name: character.name }));
}
