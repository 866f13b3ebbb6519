// @describe <object>=[<text>]: sets what people see when they look at an object; no text clears it.
import { Command, ObjectChanges, fail, reply, updateObject } from '../../../pdk';
import { descriptionLengthError } from '../input-limits';
import { lookUp, objectIn } from '../object-lookup';
import { controls, permissionDenied } from '../permissions';

export function describe_command(): i32 {
  const command = Command.read();
  const lookup = lookUp(command.arg('object'));
  const object = lookup.found;
  if (object === null) return fail(lookup.error);
  if (!controls(command.actor, object)) return fail(permissionDenied(object));
  const text = command.arg('text');
  const tooLong = descriptionLengthError(text);
  if (tooLong.length > 0) return fail(tooLong);
  const described = objectIn(updateObject(object.id, new ObjectChanges().description(text)));
  if (described.found === null) return fail(described.error);
  return reply((text.length > 0 ? 'Description set for ' : 'Description cleared for ') + object.label + '.');
}
