// set_flags and set_parent: an object's PennMUSH flags and the parent it inherits attributes
// from, behind write:objects and control of the object (object-control.ts). @parent also needs
// control of the new parent, or the parent set LINK_OK (PennMUSH).
import { z } from 'zod';
import { HearthError, ObjectNotFoundError } from '../../errors.js';
import { normaliseObjectFlag, OBJECT_FLAGS, sortFlags } from '../../world/builder/object-flags.js';
import { defineHostFunction, requireCapability } from './host-function.js';
import { actorControls, requireControl } from './object-control.js';

const id = z.number().int().positive();
const flagList = z.array(z.string().min(1).max(40)).max(32);

export const setFlags = defineHostFunction({
  name: 'set_flags',
  input: z.object({ id, set: flagList.optional(), clear: flagList.optional() }),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'set flags');
    const { world } = call.binding.services;
    const { input, scope } = call;
    const set = (input.set ?? []).map(normaliseObjectFlag);
    const clear = (input.clear ?? []).map(normaliseObjectFlag);
    const both = set.find((flag) => clear.includes(flag));
    if (both) throw new HearthError('E_HOST_CALL_INVALID', `set_flags: ${both} is both set and cleared.`);
    const done = call.wait(
      async () => {
        const object = world.get(input.id);
        if (!object) throw new ObjectNotFoundError(`#${input.id}`);
        requireControl(scope.commandActor, object);
        const before = object.flags;
        const after = sortFlags([...before.filter((flag) => !clear.includes(flag as never)), ...set], OBJECT_FLAGS);
        const updated = after.join() === before.join() ? object : await world.setBuilderFields(object.id, { flags: after });
        return { id: object.id, before, after: updated.flags };
      },
      (changed) => world.setBuilderFields(changed.id, { flags: changed.before }),
    );
    return {
      flags: done.after,
      set: done.after.filter((flag) => !done.before.includes(flag)),
      cleared: done.before.filter((flag) => !done.after.includes(flag)),
    };
  },
});

export const setParent = defineHostFunction({
  name: 'set_parent',
  input: z.object({ id, parent: id.nullable() }),
  run(call) {
    requireCapability(call.binding, 'write:objects', 'set parents');
    const { world } = call.binding.services;
    const { input, scope } = call;
    const done = call.wait(
      async () => {
        const object = world.get(input.id);
        if (!object) throw new ObjectNotFoundError(`#${input.id}`);
        requireControl(scope.commandActor, object);
        if (input.parent !== null) {
          const parent = world.get(input.parent);
          if (!parent) throw new ObjectNotFoundError(`#${input.parent}`);
          if (!actorControls(scope.commandActor, parent) && !parent.flags.includes('LINK_OK')) {
            throw new HearthError('E_PERMISSION_DENIED', `Permission denied: you don't own ${parent.name}(#${parent.id}), and it is not LINK_OK.`);
          }
        }
        const before = object.parentId;
        await world.setBuilderFields(object.id, { parentId: input.parent });
        return { id: object.id, before };
      },
      (changed) => world.setBuilderFields(changed.id, { parentId: changed.before }),
    );
    return { id: done.id, parent: input.parent };
  },
});
