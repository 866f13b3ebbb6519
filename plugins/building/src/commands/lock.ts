// @lock[/<type>] <object>=<key> and @unlock[/<type>] <object>: PennMUSH's locks on what the actor
// controls. Names in the key mean what they mean to the actor (me, here, #12, things nearby) and
// are stored as #dbrefs.
import { Command, clearLock, fail, lookUpControlled, reply, setLock } from '../../../pdk';
import { lockReply, lockTypeOf } from '../builder-text';

export function cmd_lock(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  const answer = setLock(found.value!.id, lockTypeOf(command.switches), command.arg('key'));
  if (!answer.ok) return fail(answer.errorMessage);
  return reply(lockReply(answer.str('type'), 'locked'));
}

export function cmd_unlock(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  const answer = clearLock(found.value!.id, lockTypeOf(command.switches));
  if (!answer.ok) return fail(answer.errorMessage);
  if (!answer.bool('existed')) return reply(found.value!.label + ' has no ' + answer.str('type') + ' lock.');
  return reply(lockReply(answer.str('type'), 'unlocked'));
}
