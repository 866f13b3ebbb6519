// set_lock and test_lock: PennMUSH's @lock keys on objects. set_lock reads the key, resolves its
// names as the acting character sees them (me, here, #12, names nearby) and stores the canonical
// text, behind write:objects and control of the object; test_lock checks whether someone passes
// an object's lock, behind read:objects.
import { z } from 'zod';
import { HearthError, ObjectNotFoundError } from '../../errors.js';
import { lockWorldOf } from '../../world/builder/world-locks.js';
import { type AttributeEvaluation, evaluateLock, type LockReferenceResolver, MAX_LOCK_KEY_LENGTH, normaliseLockType, parseLockKey, parseStoredLockKey, resolveLockKey, unparseLockKey } from '../../world/locks/index.js';
import { answersTo, type WorldObject } from '../../world/world-object.js';
import type { WorldPort } from '../host-services.js';
import { defineHostFunction, requireCapability } from './host-function.js';
import { requireControl } from './object-control.js';

const id = z.number().int().positive();
const lockType = z.string().min(1).max(64).optional();

export const setLock = defineHostFunction({
  name: 'set_lock',
  input: z.object({ id, type: lockType, key: z.string().max(MAX_LOCK_KEY_LENGTH).nullable() }),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'set locks');
    const { world } = call.binding.services;
    const { input, scope } = call;
    const type = normaliseLockType(input.type);
    const done = call.wait(
      async () => {
        const object = world.get(input.id);
        if (!object) throw new ObjectNotFoundError(`#${input.id}`);
        requireControl(scope.commandActor, object);
        const setter = scope.commandActor === null ? object : world.require(scope.commandActor.id);
        const key = input.key === null ? null : unparseLockKey(resolveLockKey(parseLockKey(input.key), nearbyResolver(world, setter)));
        const before = object.locks;
        const locks = { ...before };
        if (key === null) delete locks[type];
        else locks[type] = key;
        await world.setBuilderFields(object.id, { locks });
        return { id: object.id, before, key, existed: before[type] !== undefined };
      },
      (changed) => world.setBuilderFields(changed.id, { locks: changed.before }),
    );
    return { type, key: done.key, existed: done.existed };
  },
});

export const testLock = defineHostFunction({
  name: 'test_lock',
  input: z.object({ id, type: lockType, actor: id.optional() }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'read:objects', 'test locks');
    const { world } = binding.services;
    const type = normaliseLockType(input.type);
    const object = world.get(input.id);
    if (!object) throw new ObjectNotFoundError(`#${input.id}`);
    const actor = input.actor ?? scope.commandActor?.id;
    if (actor === undefined) throw new HearthError('E_HOST_CALL_INVALID', 'test_lock: outside a command, pass the "actor" who tries the lock.');
    const text = object.locks[type];
    const softcode = binding.services.softcode;
    const passed = evaluateLock(text === undefined ? undefined : parseStoredLockKey(text), actor, {
      world: lockWorldOf(world),
      lockedObject: object.id,
      lockType: type,
      ...(softcode ? { evaluate: (request: AttributeEvaluation) => softcode.evaluateLockCode(request) } : {}),
    });
    return { type, locked: text !== undefined, passed };
  },
});

/** Names in a key mean what the setter would mean by them: things in their room and on them, exact names first. */
function nearbyResolver(world: WorldPort, setter: WorldObject): LockReferenceResolver {
  return {
    setter: setter.id,
    location: setter.locationId,
    exists: (candidate) => world.get(candidate) !== undefined,
    matchName(name) {
      const nearby = [...(setter.locationId === null ? [] : world.contents(setter.locationId)), ...world.contents(setter.id)];
      const exact = nearby.filter((object) => object.name.toLowerCase() === name.trim().toLowerCase());
      return (exact.length > 0 ? exact : nearby.filter((object) => answersTo(object, name))).map((object) => object.id);
    },
  };
}
