// drop <thing>: puts down a thing the actor carries, in its room, if the actor passes the thing's
// drop lock. DROP and ODROP replace the plain "You drop"/"drops" lines; DFAIL and ODFAIL are
// shown when the lock refuses, as in PennMUSH, and ADROP or ADFAIL set off.
import { Command, fail, lookUp, messagesOf, reply, runActions, testLock } from '../../../pdk';
import { carry } from '../carrying';
import { tellOthers } from '../object-messages';

export function cmd_drop(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUp(command.arg('thing'));
  if (!found.ok) return fail(found.error);
  const thing = found.value!;
  if (!thing.isThing || thing.location != actor.id) return fail("You aren't carrying that; type inventory to see what you carry.");
  if (actor.location <= 0) return fail('You are nowhere, so there is nowhere to drop it.');
  const lock = testLock(thing.id, 'drop');
  if (!lock.ok) return fail(lock.errorMessage);
  const passed = lock.bool('passed');
  const messages = messagesOf(thing.id, passed ? ['DROP', 'ODROP'] : ['DFAIL', 'ODFAIL']);
  runActions(thing.id, [passed ? 'ADROP' : 'ADFAIL']);
  if (!passed) {
    const told = tellOthers(actor.location, actor, messages.get('ODFAIL'), 'lock.fail', thing.id);
    if (told !== null && !told.ok) return fail(told.errorMessage);
    const refusal = messages.get('DFAIL');
    return reply(refusal.length > 0 ? refusal : "You can't drop that.");
  }
  return carry(actor, thing, actor.location, 'drop', 'You drop ', ' drops ', messages.get('DROP'), messages.get('ODROP'));
}
