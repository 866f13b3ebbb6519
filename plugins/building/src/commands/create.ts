// @create <name>[;aliases]: a new thing, owned and carried by the actor.
import { Command, NewObject, createObject, fail, reply } from '../../../pdk';
import { nameLengthError } from '../input-limits';
import { objectIn } from '../object-lookup';

export function create_command(): i32 {
  const command = Command.read();
  const text = command.arg('name');
  const tooLong = nameLengthError(text);
  if (tooLong.length > 0) return fail(tooLong);
  const created = objectIn(createObject(new NewObject('thing', text).location(command.actor.id)));
  const thing = created.found;
  if (thing === null) return fail(created.error);
  return reply('Created: ' + thing.label + '.');
}
