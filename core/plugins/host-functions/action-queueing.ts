// run_actions: queues an object's action attributes (ASUCC, AFAIL, ADROP, AMOVE, AENTER, ...) as
// PennMUSH does when the matching message is shown: the object's own code, run by the softcode
// queue as the object with the command's actor as %#. Only action attributes, behind
// softcode:actions, and only once the call has succeeded: an undone command sets nothing off.
import { z } from 'zod';
import { HearthError, ObjectNotFoundError } from '../../errors.js';
import { canonicalAttributeName, MAX_ATTRIBUTE_NAME_LENGTH } from '../../world/builder/attribute-names.js';
import { ACTION_ATTRIBUTES, isActionAttribute } from '../../world/builder/message-attributes.js';
import { defineHostFunction, requireCapability } from './host-function.js';

export const runActions = defineHostFunction({
  name: 'run_actions',
  input: z.object({ id: z.number().int().positive(), names: z.array(z.string().min(1).max(MAX_ATTRIBUTE_NAME_LENGTH * 2)).min(1).max(8) }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'softcode:actions', 'set off action attributes');
    const actor = scope.commandActor;
    if (actor === null) throw new HearthError('E_HOST_CALL_INVALID', 'run_actions: actions are set off by the actor of a command; there is none while handling an event.');
    const names = [...new Set(input.names.map((name) => canonicalAttributeName(name)))];
    const refused = names.find((name) => !isActionAttribute(name));
    if (refused !== undefined) {
      throw new HearthError('E_HOST_CALL_INVALID', `run_actions sets off only action attributes (${[...ACTION_ATTRIBUTES].join(', ')}), not ${refused.slice(0, 64)}.`);
    }
    if (!binding.services.world.get(input.id)) throw new ObjectNotFoundError(`#${input.id}`);
    const softcode = binding.services.softcode;
    if (softcode) scope.afterCommit.push(() => void names.map((name) => softcode.queueAction(input.id, name, actor.id)));
    return { queued: softcode ? names.length : 0 };
  },
});
