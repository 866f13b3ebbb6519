// get_attributes, set_attribute_value, set_attribute_flags: PennMUSH-style attributes (`&MOOD
// me=sleepy`), the builder's own text on objects, apart from the plugin data `set_attribute`
// keeps. Reading needs read:objects and shows only what the actor may see; writing needs
// write:objects and control of the object (object-control.ts).
import { z } from 'zod';
import { HearthError, ObjectNotFoundError } from '../../errors.js';
import { canonicalAttributeName, MAX_ATTRIBUTE_NAME_LENGTH, MAX_ATTRIBUTE_VALUE_BYTES } from '../../world/builder/attribute-names.js';
import { validateAttributeFlags } from '../../world/builder/builder-rules.js';
import type { ObjectAttribute } from '../../world/builder/object-attribute.js';
import type { WorldObject } from '../../world/world-object.js';
import type { ActorInfo } from '../plugin-abi.js';
import { readAttributes } from './attribute-reading.js';
import { defineHostFunction, requireCapability } from './host-function.js';
import { actorControls, requireControl } from './object-control.js';

const id = z.number().int().positive();
const attributeName = z.string().min(1).max(MAX_ATTRIBUTE_NAME_LENGTH * 2);
const flagList = z.array(z.string().min(1).max(40)).max(32);
const MAX_NAMED_ATTRIBUTES = 16;

export const getAttributes = defineHostFunction({
  name: 'get_attributes',
  // `names` reads a few attributes by name in one call. Messages to show (SUCC, OFAIL, DESC) are
  // read_messages's (message-reading.ts), whatever the actor may see.
  input: z.object({
    id,
    pattern: z.string().min(1).max(200).optional(),
    names: z.array(attributeName).min(1).max(MAX_NAMED_ATTRIBUTES).optional(),
    inherit: z.boolean().optional(),
    // false: the object's flags, parent and locks alone, for examine's heading (show_attributes lists the rest).
    attributes: z.boolean().optional(),
  }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'read:objects', 'read attributes');
    const { world } = binding.services;
    const object = world.get(input.id);
    if (!object) throw new ObjectNotFoundError(`#${input.id}`);
    const controls = actorControls(scope.commandActor, object);
    const names = input.names === undefined ? undefined : new Set(input.names.map((name) => name.toUpperCase()));
    const visible = input.attributes === false ? [] : readAttributes(world, object, scope.commandActor, { pattern: input.pattern, names, inherit: input.inherit });
    return {
      id: object.id,
      controls,
      flags: object.flags,
      parent: object.parentId,
      // Locks name objects by number; only those who control the object see them (examine).
      locks: controls ? object.locks : {},
      attributes: visible.map((attribute) => ({
        name: attribute.name,
        value: attribute.value,
        owner: attribute.ownerId,
        flags: attribute.flags,
        ...(attribute.objectId !== object.id ? { from: attribute.objectId } : {}),
      })),
    };
  },
});

export const setAttributeValue = defineHostFunction({
  name: 'set_attribute_value',
  input: z.object({ id, name: attributeName, value: z.string().max(MAX_ATTRIBUTE_VALUE_BYTES * 4).nullable() }),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'set attributes');
    const { world } = call.binding.services;
    const { input, scope } = call;
    const name = canonicalAttributeName(input.name);
    const done = call.wait(
      async () => {
        const object = requireControlled(world.get(input.id), input.id, scope.commandActor);
        const previous = world.attributesOf(object.id).find((attribute) => attribute.name === name);
        if (previous) requireUnlocked(previous, scope.commandActor);
        if (input.value === null && !previous) return { id: object.id, previous, attribute: null };
        const attribute: ObjectAttribute | null =
          input.value === null ? null : { name, value: input.value, ownerId: scope.commandActor?.id ?? previous?.ownerId ?? object.ownerId, flags: previous?.flags ?? [] };
        await world.writeObjectAttribute(object.id, name, attribute);
        return { id: object.id, previous, attribute };
      },
      (written) => world.writeObjectAttribute(written.id, name, written.previous ?? null),
    );
    return { name, set: done.attribute !== null, existed: done.previous !== undefined };
  },
});

export const setAttributeFlags = defineHostFunction({
  name: 'set_attribute_flags',
  input: z.object({ id, name: attributeName, set: flagList.optional(), clear: flagList.optional() }),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'flag attributes');
    const { world } = call.binding.services;
    const { input, scope } = call;
    const name = canonicalAttributeName(input.name);
    const set = validateAttributeFlags(input.set ?? []);
    const clear = validateAttributeFlags(input.clear ?? []);
    const done = call.wait(
      async () => {
        const object = requireControlled(world.get(input.id), input.id, scope.commandActor);
        const previous = world.attributesOf(object.id).find((attribute) => attribute.name === name);
        if (!previous) throw new HearthError('E_ATTRIBUTE_NOT_FOUND', `${object.name}(#${object.id}) has no attribute ${name}.`);
        requireUnlocked(previous, scope.commandActor, set.includes('LOCKED') || clear.includes('LOCKED'));
        const flags = [...previous.flags.filter((flag) => !clear.includes(flag)), ...set];
        await world.writeObjectAttribute(object.id, name, { ...previous, flags });
        return { id: object.id, previous, flags: validateAttributeFlags(flags) };
      },
      (written) => world.writeObjectAttribute(written.id, name, written.previous),
    );
    return { name, flags: done.flags };
  },
});

/** What someone who does not control the object may read: VISUAL attributes, or all on a VISUAL object; never MORTAL_DARK ones. */
function requireControlled(object: WorldObject | undefined, wanted: number, actor: ActorInfo | null): WorldObject {
  if (!object) throw new ObjectNotFoundError(`#${wanted}`);
  requireControl(actor, object);
  return object;
}

/** A LOCKED attribute is changed only by its owner or an admin; only they may unlock it (PennMUSH). */
function requireUnlocked(attribute: ObjectAttribute, actor: ActorInfo | null, changingLock = false): void {
  if (actor === null || actor.role === 'admin' || attribute.ownerId === actor.id) return;
  if (attribute.flags.includes('LOCKED') || changingLock) throw new HearthError('E_PERMISSION_DENIED', `Permission denied: ${attribute.name} is locked by its owner.`);
}
