// look [<target>]: the room, or anything the actor can name.
import { Command, fail, lookUp, reply } from '../../../pdk';
import { objectView } from '../object-view';
import { showRoom } from '../room-view';

export function cmd_look(): i32 {
  const command = Command.read();
  if (!command.hasArg('target')) return showRoom(0, command.actor);
  const found = lookUp(command.arg('target'));
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  if (object.isRoom) return showRoom(object.id, command.actor);
  return reply(objectView(object, command.actor));
}
