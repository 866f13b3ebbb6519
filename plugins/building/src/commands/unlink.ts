// @unlink <exit>: makes an exit the actor controls lead nowhere; it stays in its room.
import { Command, ObjectChanges, fail, lookUpControlled, objectOf, reply, updateObject } from '../../../pdk';

export function cmd_unlink(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('exit'), 'exit');
  if (!found.ok) return fail(found.error);
  const exit = found.value!;
  const described = 'exit ' + exit.reference + ' (' + exit.name + ')';
  if (exit.destination == 0) return fail('The ' + described + ' is not linked to anything.');
  const unlinked = objectOf(updateObject(exit.id, new ObjectChanges().destination(0)));
  if (!unlinked.ok) return fail(unlinked.error);
  return reply('Unlinked ' + described + '.');
}
