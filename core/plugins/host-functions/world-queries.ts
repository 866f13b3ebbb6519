// query_location, query_object, query_character, query_exits, query_who: reads served from the
// in-memory world and the open sessions, each behind its read capability.
import { z } from 'zod';
import { HearthError, ObjectNotFoundError } from '../../errors.js';
import { matchObject } from '../../world/object-matcher.js';
import { MAX_OBJECT_NAME_LENGTH } from '../../world/object-rules.js';
import { formatReference } from '../../world/world-object.js';
import type { HostCall } from './host-function.js';
import { defineHostFunction, requireCapability } from './host-function.js';
import { lookupName } from './lookup-name.js';
import { characterView, exitView, objectView } from './world-view.js';

const id = z.number().int().positive();
/** What an object is looked up by: `me`, `here`, `#12`, or a name or alias (never longer than a name). */
export const objectName = lookupName('object', MAX_OBJECT_NAME_LENGTH);

export const queryLocation = defineHostFunction({
  name: 'query_location',
  input: z.object({ id: id.optional() }),
  run(call) {
    requireCapability(call.binding, 'read:locations', 'read locations');
    const { world, characters } = call.binding.services;
    const roomId = call.input.id ?? call.scope.commandActor?.location ?? undefined;
    const room = roomId === undefined ? undefined : world.get(roomId);
    // A thing is a place too, for those who have entered it.
    if (!room || (room.kind !== 'room' && room.kind !== 'thing')) throw new ObjectNotFoundError(roomId === undefined ? '(no location)' : `${formatReference(roomId)} as a room`);
    const contents = world.contents(room.id);
    return {
      location: {
        ...objectView(room, call.binding.services.attributes()),
        exits: contents.filter((object) => object.kind === 'exit').map(exitView),
        characters: contents
          .filter((object) => object.kind === 'character')
          .map((object) => ({ id: object.id, name: object.name, connected: characters.byId(object.id)?.connected ?? false })),
        things: contents.filter((object) => object.kind === 'thing').map((object) => ({ id: object.id, name: object.name })),
      },
    };
  },
});

export const queryObject = defineHostFunction({
  name: 'query_object',
  input: z.object({ id: id.optional(), name: objectName.optional() }),
  run(call) {
    requireCapability(call.binding, 'read:objects', 'read objects');
    const object = findObject(call);
    return { object: { ...objectView(object, call.binding.services.attributes()), contents: call.binding.services.world.contents(object.id).map((item) => ({ id: item.id, kind: item.kind, name: item.name })) } };
  },
});

export const queryCharacter = defineHostFunction({
  name: 'query_character',
  input: z.object({ id: id.optional(), name: lookupName('character', MAX_OBJECT_NAME_LENGTH).optional() }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'read:characters', 'read characters');
    const { characters } = binding.services;
    const character =
      input.name !== undefined
        ? characters.byName(input.name)
        : characters.byId(input.id ?? scope.commandActor?.id ?? 0);
    if (!character) throw new HearthError('E_OBJECT_NOT_FOUND', `There is no character called "${(input.name ?? `#${input.id}`).slice(0, 100)}".`);
    return { character: characterView(character) };
  },
});

/** Who is connected, with how long each has been on and idle: for +who and the like. */
export const queryWho = defineHostFunction({
  name: 'query_who',
  input: z.object({}),
  run({ binding }) {
    requireCapability(binding, 'read:characters', 'read characters');
    return {
      characters: binding.services.characters.connected().map(({ onSeconds, idleSeconds, ...character }) => ({
        ...characterView(character),
        on_seconds: onSeconds,
        idle_seconds: idleSeconds,
      })),
    };
  },
});

export const queryExits = defineHostFunction({
  name: 'query_exits',
  input: z.object({ id: id.optional() }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'read:locations', 'read locations');
    const roomId = input.id ?? scope.commandActor?.location ?? undefined;
    if (roomId === undefined) throw new ObjectNotFoundError('(no location)');
    return { exits: binding.services.world.exitsOf(roomId).map(exitView) };
  },
});

/** An object by id, or by what the acting character would call it (`me`, `here`, `#12`, a name). */
export function findObject(call: HostCall<{ id?: number; name?: string }>) {
  const { world } = call.binding.services;
  if (call.input.id !== undefined) {
    const object = world.get(call.input.id);
    if (!object) throw new ObjectNotFoundError(formatReference(call.input.id));
    return object;
  }
  if (call.input.name !== undefined) {
    const looker = call.scope.commandActor?.id;
    if (looker === undefined) throw new HearthError('E_HOST_CALL_INVALID', 'Objects can be found by name only during a command; pass an "id".');
    return matchObject(world, looker, call.input.name);
  }
  throw new HearthError('E_HOST_CALL_INVALID', 'Pass an "id" or a "name".');
}
