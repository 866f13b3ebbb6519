// @name <object>=<new name>[;aliases]: renames an object; aliases after `;` replace its old ones.
import { Command, ObjectChanges, fail, lookUpControlled, objectOf, reply, updateObject } from '../../../pdk';
import { warnOfShadowedNames } from '../exits';
import { nameLengthError } from '../input-limits';

export function cmd_name(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  const text = command.arg('name');
  const tooLong = nameLengthError(text);
  if (tooLong.length > 0) return fail(tooLong);
  const renamed = objectOf(updateObject(object.id, new ObjectChanges().name(text)));
  if (!renamed.ok) return fail(renamed.error);
  const result = renamed.value!;
  const aliases = result.aliases.length > 0 ? ' (aliases: ' + result.aliases.join(', ') + ')' : '';
  const lines = ['Name set: ' + object.label + ' is now ' + result.name + aliases + '.'];
  if (result.isExit) warnOfShadowedNames(lines, result);
  return reply(lines.join('\n'));
}
