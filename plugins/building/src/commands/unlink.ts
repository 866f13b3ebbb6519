// @unlink <exit>: makes an exit the actor controls lead nowhere; it stays in its room.
import { Command, ObjectChanges, fail, reply, updateObject } from '../../../pdk';
import { lookUpExit, objectIn } from '../object-lookup';
import { controls, permissionDenied } from '../permissions';

export function unlink_command(): i32 {
  const command = Command.read();
  const lookup = lookUpExit(command.arg('exit'));
  const exit = lookup.found;
  if (exit === null) return fail(lookup.error);
  if (!controls(command.actor, exit)) return fail(permissionDenied(exit));
  const described = 'exit ' + exit.reference + ' (' + exit.name + ')';
  if (exit.destination == 0) return fail('The ' + described + ' is not linked to anything.');
  const unlinked = objectIn(updateObject(exit.id, new ObjectChanges().destination(0)));
  if (unlinked.found === null) return fail(unlinked.error);
  return reply('Unlinked ' + described + '.');
}
