// look [<target>]: the room, or anything the actor can name.
import { Command, ObjectView, fail, reply } from '../../../pdk';
import { lookUp } from '../object-lookup';
import { objectView } from '../object-view';
import { showRoom } from '../room-view';

export function look(): i32 {
  const command = Command.read();
  if (!command.hasArg('target')) return showRoom(0, command.actor.id);
  const found = lookUp(command.arg('target'));
  if (!found.ok) return fail(found.errorMessage);
  const object = found.obj('object');
  if (object === null) return fail('That could not be read; try again.');
  const view = ObjectView.from(object);
  if (view.isRoom) return showRoom(view.id, command.actor.id);
  return reply(objectView(view));
}
