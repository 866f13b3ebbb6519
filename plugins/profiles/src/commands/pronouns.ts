// @pronouns <object>=[s/o/p/a]: a character's own four pronouns for %s, %o, %p and %a, kept in the
// attribute `pronouns`; the core checks them too, and falls back to @sex when they are unset.
import { Command, fail, jsonQuote, lookUpControlled, reply, setAttribute, withoutControlCharacters } from '../../../pdk';

const MAX_WORD = 12;
const USAGE = 'Give four words split by "/": subjective/objective/possessive/absolute, as in @pronouns me=xe/xem/xyr/xyrs (each at most 12 letters).';

export function cmd_pronouns(): i32 {
  const command = Command.read();
  const found = lookUpControlled(command.actor, command.arg('object'), 'character');
  if (!found.ok) return fail(found.error);
  const target = found.value!;
  const typed = withoutControlCharacters(command.arg('pronouns')).trim();
  if (typed.length == 0) {
    const cleared = setAttribute(target.id, 'pronouns', 'null');
    if (!cleared.ok) return fail(cleared.errorMessage);
    return reply('Pronouns cleared for ' + target.label + '; @sex decides them again.');
  }
  const words = typed.split('/');
  if (words.length != 4) return fail(USAGE);
  for (let i = 0; i < 4; i++) {
    words[i] = words[i].trim();
    if (!isWord(words[i])) return fail(USAGE);
  }
  const text = words.join('/');
  const stored = setAttribute(target.id, 'pronouns', jsonQuote(text));
  if (!stored.ok) return fail(stored.errorMessage);
  return reply('Pronouns set for ' + target.label + ': ' + text + '. %s, %o, %p and %a now read ' + words.join(', ') + '.');
}

/** Letters, then letters, "'" or "-"; as the core's own check (core/world/pronouns.ts). */
function isWord(word: string): bool {
  if (word.length == 0 || word.length > MAX_WORD) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!letter && (i == 0 || (code != 39 && code != 45))) return false;
  }
  return true;
}
