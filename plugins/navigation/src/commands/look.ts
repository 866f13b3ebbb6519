// look [<target>]: the room, or anything the actor can name.
import { Command, fail, intOf, reply, strOf } from '../../../pdk';
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
  if (strOf(object, 'kind') == 'room') return showRoom(intOf(object, 'id'), command.actor.id);
  return reply(objectView(object));
}
