// enter <thing>: steps inside a thing in the room, as PennMUSH's enter does. The thing must be
// ENTER_OK (or the actor's own) and its enter lock must pass; failing shows EFAIL and OEFAIL.
// Going in shows ENTER to the actor, OENTER to those already inside and OXENTER to the room
// left, then the inside of the thing (its IDESC, or its description); AENTER or AEFAIL is set off.
import { Command, fail, lookUp, messagesOf, moveObject, reply, runActions, testLock } from '../../../pdk';
import { tellOthers } from '../object-messages';
import { showRoom } from '../room-view';

export function cmd_enter(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUp(command.arg('thing'));
  if (!found.ok) return fail(found.error);
  const thing = found.value!;
  if (!thing.isThing) return fail("You can't enter that.");
  if (thing.location != actor.location) return fail("I don't see that here.");
  const lock = testLock(thing.id, 'enter');
  if (!lock.ok) return fail(lock.errorMessage);
  const allowed = (thing.flags.includes('ENTER_OK') || thing.controlledBy(actor)) && lock.bool('passed');
  const messages = messagesOf(thing.id, allowed ? ['ENTER', 'OENTER', 'OXENTER'] : ['EFAIL', 'OEFAIL']);
  runActions(thing.id, [allowed ? 'AENTER' : 'AEFAIL']);
  if (!allowed) {
    const told = tellOthers(actor.location, actor, messages.get('OEFAIL'), 'lock.fail', thing.id);
    if (told !== null && !told.ok) return fail(told.errorMessage);
    const refusal = messages.get('EFAIL');
    // PennMUSH's words for a thing one may not enter.
    return reply(refusal.length > 0 ? refusal : 'Permission denied.');
  }
  const moved = moveObject(0, thing.id);
  if (!moved.ok) return fail(moved.errorMessage);
  const left = tellOthers(actor.location, actor, messages.get('OXENTER'), 'enter.left', thing.id);
  if (left !== null && !left.ok) return fail(left.errorMessage);
  const inside = tellOthers(thing.id, actor, messages.get('OENTER'), 'enter', thing.id);
  if (inside !== null && !inside.ok) return fail(inside.errorMessage);
  return showRoom(thing.id, actor, messages.get('ENTER'));
}
