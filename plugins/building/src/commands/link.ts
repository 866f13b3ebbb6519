// @link <exit>=<room>: makes an exit the actor controls lead to a room.
import { Command, ObjectChanges, fail, lookUpControlled, lookUpKind, objectOf, reply, updateObject } from '../../../pdk';
import { linkedLine } from '../exits';

export function cmd_link(): i32 {
  const command = Command.read();
  const exitFound = lookUpControlled(command.actor, command.arg('exit'), 'exit');
  if (!exitFound.ok) return fail(exitFound.error);
  const exit = exitFound.value!;
  const roomFound = lookUpKind(command.arg('room'), 'room');
  if (!roomFound.ok) return fail(roomFound.error);
  const room = roomFound.value!;
  const linked = objectOf(updateObject(exit.id, new ObjectChanges().destination(room.id)));
  if (!linked.ok) return fail(linked.error);
  return reply(linkedLine(exit, room));
}
