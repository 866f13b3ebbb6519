// move_object, create_object, update_object, set_attribute, destroy_object: changes to the world,
// behind write:objects. Each change records how to undo itself, so a call that fails afterwards
// leaves the world as it found it. Moves happen in memory at once and are stored after the plugin
// has returned, before the call commits. The other changes are written to the database first, so
// they pause the call; all their checks run inside that work, because a handler that waited runs
// again and must not look the object up a second time (it may have just been renamed). Destroying
// cannot be undone, so a plugin should destroy last.
import { z } from 'zod';
import { HearthError } from '../../errors.js';
import { SYSTEM_ACTOR } from '../../events/event.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../limits/json-depth.js';
import { parseNameWithAliases } from '../../world/world-object.js';
import { defineHostFunction, requireCapability } from './host-function.js';
import { findObject, objectName } from './world-queries.js';
import { objectView } from './world-view.js';

const id = z.number().int().positive();
const MAX_ATTRIBUTE_BYTES = 8 * 1024;

export const moveObject = defineHostFunction({
  name: 'move_object',
  input: z.object({ id: id.optional(), name: objectName.optional(), destination: id }),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'move objects');
    const { world } = call.binding.services;
    const object = call.input.id === undefined && call.input.name === undefined && call.scope.commandActor ? world.require(call.scope.commandActor.id) : findObject(call);
    const from = object.locationId;
    const destination = call.input.destination;
    const { moved, stored, announcements } = world.moveNow(object.id, destination, call.scope.eventActor);
    call.scope.events.push(...announcements);
    // The plugin goes on at once; the call's commit waits for the move to be stored.
    call.scope.waitFor(stored);
    if (from !== null) {
      // A move that was never stored has already been put back by the world.
      call.scope.recordUndo(async () => {
        const wasStored = await stored.then(() => true, () => false);
        if (wasStored && world.get(object.id)?.locationId === destination) await world.moveObject(object.id, from, SYSTEM_ACTOR, { announce: () => {} });
      });
    }
    return { object: objectView(moved, call.binding.services.attributes()) };
  },
});

export const createObject = defineHostFunction({
  name: 'create_object',
  input: z.object({
    kind: z.enum(['room', 'exit', 'thing']),
    // `North;n` gives an exit its aliases in one go, as builders type it.
    name: z.string().min(1).max(400),
    description: z.string().max(8000).optional(),
    location: id.optional(),
    destination: id.optional(),
    attributes: z.record(z.string(), z.unknown()).optional(),
  }),
  run({ input, binding, scope, wait }) {
    requireCapability(binding, 'write:objects', 'create objects');
    if (nestsDeeperThan(input.attributes ?? {})) throw new HearthError('E_HOST_CALL_INVALID', `create_object: attributes nest more than ${MAX_JSON_DEPTH} levels deep; flatten them.`);
    const { world } = binding.services;
    const created = wait(
      () => {
        const { name, aliases } = parseNameWithAliases(input.name);
        return world.createObject({
          kind: input.kind,
          name,
          aliases,
          description: input.description,
          ownerId: scope.commandActor?.id ?? null,
          locationId: input.location ?? (input.kind === 'room' ? null : scope.commandActor?.location ?? null),
          destinationId: input.destination ?? null,
          attributes: input.attributes,
        });
      },
      (object) => world.destroyObject(object.id),
    );
    return { object: objectView(created, binding.services.attributes()) };
  },
});

export const updateObject = defineHostFunction({
  name: 'update_object',
  input: z.object({
    id: id.optional(),
    name: objectName.optional(),
    new_name: z.string().min(1).max(400).optional(),
    description: z.string().max(8000).optional(),
    destination: id.nullable().optional(),
    owner: id.optional(),
  }),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'change objects');
    const { world } = call.binding.services;
    const { input } = call;
    const { updated } = call.wait(
      async () => {
        const object = findObject(call);
        const renamed = input.new_name === undefined ? {} : parseNameWithAliases(input.new_name);
        const patch = {
          ...renamed,
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.destination !== undefined ? { destinationId: input.destination } : {}),
          ...(input.owner !== undefined ? { ownerId: input.owner } : {}),
        };
        if (patch.destinationId !== undefined && object.kind !== 'exit') throw new HearthError('E_WORLD_RULE', 'Only exits have destinations.');
        const before = { name: object.name, aliases: object.aliases, description: object.description, destinationId: object.destinationId, ownerId: object.ownerId };
        return { id: object.id, before, updated: await world.updateObject(object.id, patch) };
      },
      (done) => world.updateObject(done.id, done.before),
    );
    return { object: objectView(updated, call.binding.services.attributes()) };
  },
});

export const setAttribute = defineHostFunction({
  name: 'set_attribute',
  input: z.object({
    id: id.optional(),
    name: objectName.optional(),
    key: z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'must be a lower-case attribute name of at most 64 characters'),
    value: z.unknown(),
  }),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'set attributes');
    const { world } = call.binding.services;
    const { key, value } = call.input;
    // Every plugin that looks at the object parses its attributes: a deep value would crash them.
    if (nestsDeeperThan(value)) throw new HearthError('E_HOST_CALL_INVALID', `set_attribute: value nests more than ${MAX_JSON_DEPTH} levels deep; flatten it.`);
    const bytes = Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');
    if (bytes > MAX_ATTRIBUTE_BYTES) throw new HearthError('E_HOST_CALL_INVALID', `set_attribute: value exceeds ${MAX_ATTRIBUTE_BYTES} bytes.`);
    const { updated } = call.wait(
      async () => {
        const object = findObject(call);
        call.binding.services.attributes().check(object, key, value);
        return { id: object.id, previous: object.attributes[key], updated: await world.setAttribute(object.id, key, value) };
      },
      (done) => world.setAttribute(done.id, key, done.previous),
    );
    return { object: objectView(updated, call.binding.services.attributes()) };
  },
});

export const destroyObject = defineHostFunction({
  name: 'destroy_object',
  input: z.object({ id: id.optional(), name: objectName.optional() }),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'destroy objects');
    const destroyed = call.wait(async () => {
      const object = findObject(call);
      await call.binding.services.world.destroyObject(object.id);
      return object.id;
    });
    return { destroyed };
  },
});
