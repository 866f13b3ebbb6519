// &<attribute> <object>[=<value>]: sets an attribute on an object the actor controls; no value
// clears it (PennMUSH's &-command).
import { Command, clearAttribute, fail, lookUpControlled, reply, setAttributeValue } from '../../../pdk';

export function cmd_attribute(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  return setOrClear(found.value!.id, found.value!.name, command.arg('attribute'), command.arg('value'));
}

/** Sets `name` to `value` on the object, or clears it when `value` is empty; replies `Box/MOOD - Set.` */
export function setOrClear(id: i64, objectName: string, name: string, value: string): i32 {
  const answer = value.length > 0 ? setAttributeValue(id, name, value) : clearAttribute(id, name);
  if (!answer.ok) return fail(answer.errorMessage);
  const canonical = answer.str('name', name);
  if (value.length > 0) return reply(objectName + '/' + canonical + ' - Set.');
  return reply(answer.bool('existed') ? objectName + '/' + canonical + ' - Cleared.' : 'No such attribute to clear: ' + canonical + '.');
}
