// get <thing>: picks up a thing lying in the actor's room, if the actor passes its basic lock.
import { Command, fail, lookUp, reply } from '../../../pdk';
import { tryBasicLock } from '../basic-lock';
import { carry } from '../carrying';

export function cmd_get(): i32 {
  const command = Command.read();
  const found = lookUp(command.arg('thing'));
  if (!found.ok) return fail(found.error);
  const thing = found.value!;
  if (!thing.isThing) return fail("You can't pick that up.");
  if (thing.location == command.actor.id) return fail('You already have that.');
  // Things can be named by #id from anywhere; only what lies in this room can be picked up.
  if (thing.location != command.actor.location) return fail("I don't see that here.");
  const lock = tryBasicLock(command.actor, thing.id);
  if (lock.error.length > 0) return fail(lock.error);
  // A refusal by the lock is a reply, not a failed call, so the room still hears the OFAIL.
  if (!lock.passed) return reply(lock.message.length > 0 ? lock.message : "You can't pick that up.");
  return carry(command.actor, thing, command.actor.id, 'get', 'You pick up ', ' picks up ', lock.message);
}
