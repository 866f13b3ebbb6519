// @teleport <room>: moves the actor straight to a room and shows its description. The core
// announces the departure and arrival in both rooms.
import { Command, fail, lookUpKind, moveObject, reply } from '../../../pdk';

export function cmd_teleport(): i32 {
  const command = Command.read();
  const found = lookUpKind(command.arg('room'), 'room');
  if (!found.ok) return fail(found.error);
  const room = found.value!;
  const moved = moveObject(0, room.id);
  if (!moved.ok) return fail(moved.errorMessage);
  const arrived = 'You teleport to ' + room.label + '.';
  return reply(room.description.length > 0 ? arrived + '\n' + room.description : arrived);
}
