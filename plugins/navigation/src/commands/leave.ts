// leave: steps out of the thing the actor is inside, into the place the thing is in, as
// PennMUSH's leave does. The thing's leave lock must pass; failing shows LFAIL and OLFAIL.
// Going out shows LEAVE to the actor, OLEAVE to those still inside and OXLEAVE to the place
// arrived in, then that place; ALEAVE or ALFAIL is set off.
import { Command, fail, messagesOf, moveObject, objectById, reply, runActions, testLock } from '../../../pdk';
import { tellOthers } from '../object-messages';
import { showRoom } from '../room-view';

export function cmd_leave(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = objectById(actor.location);
  if (!found.ok) return fail(found.error);
  const container = found.value!;
  if (!container.isThing) return fail("You can't leave here; walk out through an exit, or go home.");
  if (container.location <= 0) return fail('There is nowhere to leave to.');
  const lock = testLock(container.id, 'leave');
  if (!lock.ok) return fail(lock.errorMessage);
  const passed = lock.bool('passed');
  const messages = messagesOf(container.id, passed ? ['LEAVE', 'OLEAVE', 'OXLEAVE'] : ['LFAIL', 'OLFAIL']);
  runActions(container.id, [passed ? 'ALEAVE' : 'ALFAIL']);
  if (!passed) {
    const told = tellOthers(container.id, actor, messages.get('OLFAIL'), 'lock.fail', container.id);
    if (told !== null && !told.ok) return fail(told.errorMessage);
    const refusal = messages.get('LFAIL');
    return reply(refusal.length > 0 ? refusal : "You can't leave.");
  }
  const outside = container.location;
  const moved = moveObject(0, outside);
  if (!moved.ok) return fail(moved.errorMessage);
  const stayed = tellOthers(container.id, actor, messages.get('OLEAVE'), 'leave.left', container.id);
  if (stayed !== null && !stayed.ok) return fail(stayed.errorMessage);
  const arrived = tellOthers(outside, actor, messages.get('OXLEAVE'), 'leave', container.id);
  if (arrived !== null && !arrived.ok) return fail(arrived.errorMessage);
  return showRoom(outside, actor, messages.get('LEAVE'));
}
