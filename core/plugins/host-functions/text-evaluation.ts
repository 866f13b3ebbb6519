// evaluate_text: text the command's actor typed (say [time()], @emit [ansi(hr,Thunder.)]),
// evaluated as their own softcode, as PennMUSH evaluates say, pose and @emit: with the actor's
// privileges, never anyone else's, and with no output of its own. Behind softcode:evaluate, since
// the code reads what the actor may read (an admin's, everything).
import { z } from 'zod';
import { HearthError } from '../../errors.js';
import { defineHostFunction, requireCapability } from './host-function.js';

/** As long as a line a player may type, and no longer. */
export const MAX_EVALUATED_TEXT_BYTES = 16 * 1024;

export const evaluateText = defineHostFunction({
  name: 'evaluate_text',
  input: z.object({ text: z.string().max(MAX_EVALUATED_TEXT_BYTES) }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'softcode:evaluate', 'evaluate softcode');
    const actor = scope.commandActor;
    if (actor === null) throw new HearthError('E_HOST_CALL_INVALID', 'evaluate_text: only the actor of a command has typed text to evaluate; there is none while handling an event.');
    const { softcode } = binding.services;
    return { text: softcode ? softcode.evaluateTyped(actor.id, input.text) : input.text };
  },
});
