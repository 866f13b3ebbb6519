// @create <name>[;aliases]: a new thing, owned and carried by the actor.
import { Command, NewObject, createObject, fail, objectOf, reply } from '../../../pdk';
import { nameLengthError } from '../input-limits';

export function cmd_create(): i32 {
  const command = Command.read();
  const text = command.arg('name');
  const tooLong = nameLengthError(text);
  if (tooLong.length > 0) return fail(tooLong);
  const created = objectOf(createObject(new NewObject('thing', text).location(command.actor.id)));
  if (!created.ok) return fail(created.error);
  return reply('Created: ' + created.value!.label + '.');
}
