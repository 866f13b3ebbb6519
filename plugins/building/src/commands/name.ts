// @name <object>=<new name>[;aliases]: renames an object; aliases after `;` replace its old ones.
import { Command, ObjectChanges, fail, reply, updateObject } from '../../../pdk';
import { nameLengthError } from '../input-limits';
import { lookUp, objectIn } from '../object-lookup';
import { controls, permissionDenied } from '../permissions';

export function name_command(): i32 {
  const command = Command.read();
  const lookup = lookUp(command.arg('object'));
  const object = lookup.found;
  if (object === null) return fail(lookup.error);
  if (!controls(command.actor, object)) return fail(permissionDenied(object));
  const text = command.arg('name');
  const tooLong = nameLengthError(text);
  if (tooLong.length > 0) return fail(tooLong);
  const renamed = objectIn(updateObject(object.id, new ObjectChanges().name(text)));
  const result = renamed.found;
  if (result === null) return fail(renamed.error);
  const aliases = result.aliases.length > 0 ? ' (aliases: ' + result.aliases.join(', ') + ')' : '';
  return reply('Name set: ' + object.label + ' is now ' + result.name + aliases + '.');
}
