// @teleport <room>: moves the actor straight to a room and shows its description. The core
// announces the departure and arrival in both rooms.
import { Command, fail, moveObject, reply } from '../../../pdk';
import { lookUpRoom } from '../object-lookup';

export function teleport_command(): i32 {
  const command = Command.read();
  const lookup = lookUpRoom(command.arg('room'));
  const room = lookup.found;
  if (room === null) return fail(lookup.error);
  const moved = moveObject(0, room.id);
  if (!moved.ok) return fail(moved.errorMessage);
  const arrived = 'You teleport to ' + room.label + '.';
  return reply(room.description.length > 0 ? arrived + '\n' + room.description : arrived);
}
