// @link <exit>=<room>: makes an exit the actor controls lead to a room.
import { Command, ObjectChanges, fail, reply, updateObject } from '../../../pdk';
import { linkedLine } from '../exits';
import { lookUpExit, lookUpRoom, objectIn } from '../object-lookup';
import { controls, permissionDenied } from '../permissions';

export function link_command(): i32 {
  const command = Command.read();
  const exitLookup = lookUpExit(command.arg('exit'));
  const exit = exitLookup.found;
  if (exit === null) return fail(exitLookup.error);
  if (!controls(command.actor, exit)) return fail(permissionDenied(exit));
  const roomLookup = lookUpRoom(command.arg('room'));
  const room = roomLookup.found;
  if (room === null) return fail(roomLookup.error);
  const linked = objectIn(updateObject(exit.id, new ObjectChanges().destination(room.id)));
  if (linked.found === null) return fail(linked.error);
  return reply(linkedLine(exit, room));
}
