// The rules every change to the world obeys, apart from how it is stored: the world service and
// the plugin test harness's in-memory world both call these, so a plugin tested in the harness
// meets the same refusals, word for word, as in the server.
import { ObjectNotFoundError, WorldRuleError } from '../errors.js';
import { formatReference, type WorldObject } from './world-object.js';

export interface WorldLookup {
  readonly startingRoomId: number;
  get(id: number): WorldObject | undefined;
}

export function requireObject(world: WorldLookup, id: number): WorldObject {
  const object = world.get(id);
  if (!object) throw new ObjectNotFoundError(formatReference(id));
  return object;
}

export function requireRoom(world: WorldLookup, id: number): WorldObject {
  const room = requireObject(world, id);
  if (room.kind !== 'room') throw new WorldRuleError(`${formatReference(id)} is not a room.`);
  return room;
}

export function checkCreate(world: WorldLookup, spec: { kind: WorldObject['kind']; locationId?: number | null; destinationId?: number | null }): void {
  if (spec.kind === 'character') throw new WorldRuleError('Characters are created with their accounts.');
  if (spec.locationId != null) requireObject(world, spec.locationId);
  if (spec.destinationId != null) requireRoom(world, spec.destinationId);
}

/** Who decides whether a character may take a new name (names are how players log in). */
export interface CharacterNamePolicy {
  /** Throws, with a reason for the player, when `character` may not be called `name`. */
  checkRename(character: WorldObject, name: string): Promise<void>;
}

export function isCharacterRename(current: WorldObject, patch: { name?: string }): boolean {
  return current.kind === 'character' && patch.name !== undefined && patch.name !== current.name;
}

/** The synchronous rules; a character's rename is the CharacterNamePolicy's to decide, or refused without one. */
export function checkUpdate(world: WorldLookup, current: WorldObject, patch: { name?: string; destinationId?: number | null }, renames?: CharacterNamePolicy): void {
  if (isCharacterRename(current, patch) && !renames) throw new WorldRuleError('A character keeps the name its player logs in with.');
  if (patch.destinationId != null) requireRoom(world, patch.destinationId);
}

export function checkMove(world: WorldLookup, object: WorldObject, destination: WorldObject): void {
  if (object.kind === 'room' || object.kind === 'exit') {
    throw new WorldRuleError(`${object.kind === 'room' ? 'Rooms' : 'Exits'} cannot be moved.`);
  }
  // Into a thing too: PennMUSH's `enter` (whether one may is the ENTER_OK flag and enter lock, a plugin's rule).
  if (object.kind === 'character' && destination.kind !== 'room' && destination.kind !== 'thing') throw new WorldRuleError('Characters can only be moved into rooms and things.');
  if (destination.kind === 'exit') throw new WorldRuleError('Nothing can be put inside an exit.');
  if (wouldContainItself(world, object.id, destination.id)) throw new WorldRuleError('That would put it inside itself.');
}

export function checkDestroy(world: WorldLookup, object: WorldObject): void {
  if (object.kind === 'character') throw new WorldRuleError('Characters are removed with their accounts.');
  if (object.id === world.startingRoomId) throw new WorldRuleError('The starting room cannot be destroyed.');
}

function wouldContainItself(world: WorldLookup, id: number, destinationId: number): boolean {
  for (let at: number | null = destinationId, hops = 0; at !== null && hops < 1000; hops += 1) {
    if (at === id) return true;
    at = world.get(at)?.locationId ?? null;
  }
  return false;
}
