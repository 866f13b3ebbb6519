// @sex <object>=[<sex>]: PennMUSH's SEX attribute, from which the core reads %s, %o, %p and %a
// (male: he, female: she, plural: they, anything else: it; unset: they).
import { Command, characterById, fail, jsonQuote, lookUpControlled, reply, setAttribute, shortened, withoutControlCharacters } from '../../../pdk';

const MAX_SEX = 20;

export function cmd_sex(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'));
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  const sex = withoutControlCharacters(command.arg('sex')).trim();
  if (sex.length > MAX_SEX) return fail('A sex is at most ' + MAX_SEX.toString() + ' characters; for your own words, use @pronouns.');
  const stored = setAttribute(object.id, 'sex', sex.length > 0 ? jsonQuote(sex) : 'null');
  if (!stored.ok) return fail(stored.errorMessage);
  const now = object.kind == 'character' ? characterById(object.id) : null;
  const pronouns = now !== null && now.ok ? ' Pronouns: ' + now.value!.pronouns.toString() + '.' : '';
  return reply((sex.length > 0 ? 'Sex set for ' + object.label + ': ' + shortened(sex, MAX_SEX) + '.' : 'Sex cleared for ' + object.label + '.') + pronouns);
}
