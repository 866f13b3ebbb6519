// @describe <object>=[<text>]: sets what people see when they look at an object; no text clears it.
import { Command, ObjectChanges, fail, lookUpControlled, objectOf, reply, updateObject } from '../../../pdk';
import { descriptionLengthError } from '../input-limits';

export function cmd_describe(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  const text = command.arg('text');
  const tooLong = descriptionLengthError(text);
  if (tooLong.length > 0) return fail(tooLong);
  const described = objectOf(updateObject(object.id, new ObjectChanges().description(text)));
  if (!described.ok) return fail(described.error);
  return reply((text.length > 0 ? 'Description set for ' : 'Description cleared for ') + object.label + '.');
}
