// @set <object>=[!]<flag> ..., @set <object>=<attribute>:<value>, @set <object>/<attribute>=[!]<flag>:
// PennMUSH's @set, for object flags, attributes and attribute flags, on what the actor controls.
import { Command, fail, lookUpControlled, reply, setAttributeFlags, setFlags, stringsIn } from '../../../pdk';
import { wordsOf } from '../builder-text';
import { setOrClear } from './attribute';

export function cmd_set(): i32 {
  const command = Command.read();
  const target = command.arg('object');
  const what = command.arg('what');
  const slash = target.indexOf('/');
  const found = lookUpControlled(command.actor, slash >= 0 ? target.substring(0, slash) : target);
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  if (slash >= 0) return setAttributeFlag(object.id, object.name, target.substring(slash + 1).trim(), what);
  const colon = what.indexOf(':');
  if (colon > 0) return setOrClear(object.id, object.name, what.substring(0, colon).trim(), what.substring(colon + 1).trim());
  const set: string[] = [];
  const clear: string[] = [];
  splitFlags(what, set, clear);
  if (set.length + clear.length == 0) return fail('Set what? Give a flag, !flag, or attribute:value.');
  const answer = setFlags(object.id, set, clear);
  if (!answer.ok) return fail(answer.errorMessage);
  const lines: string[] = [];
  const changedOn = stringsIn(answer.data.getArr('set'));
  const changedOff = stringsIn(answer.data.getArr('cleared'));
  for (let i = 0; i < changedOn.length; i++) lines.push(object.name + ' - ' + changedOn[i] + ' set.');
  for (let i = 0; i < changedOff.length; i++) lines.push(object.name + ' - ' + changedOff[i] + ' reset.');
  if (lines.length == 0) lines.push(object.name + ' - no flags changed.');
  return reply(lines.join('\n'));
}

function setAttributeFlag(id: i64, objectName: string, attribute: string, what: string): i32 {
  const set: string[] = [];
  const clear: string[] = [];
  splitFlags(what, set, clear);
  if (attribute.length == 0 || set.length + clear.length == 0) return fail('Set what? @set <object>/<attribute>=[!]<flag>.');
  const answer = setAttributeFlags(id, attribute, set, clear);
  if (!answer.ok) return fail(answer.errorMessage);
  const name = answer.str('name', attribute);
  const lines: string[] = [];
  for (let i = 0; i < set.length; i++) lines.push(objectName + '/' + name + ' - ' + set[i].toLowerCase() + ' set.');
  for (let i = 0; i < clear.length; i++) lines.push(objectName + '/' + name + ' - ' + clear[i].toLowerCase() + ' reset.');
  return reply(lines.join('\n'));
}

/** `dark !visual` → set [dark], clear [visual]. */
function splitFlags(text: string, set: string[], clear: string[]): void {
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.startsWith('!')) {
      if (word.length > 1) clear.push(word.substring(1));
    } else set.push(word);
  }
}
