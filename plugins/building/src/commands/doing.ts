// @doing [<text>]: the short line WHO shows beside the character's name; no text clears it. It is
// the character attribute `doing`, which the core's WHO reads. PennMUSH shows 39 characters of it,
// so longer text is cut there and the player told, rather than cut silently in every WHO.
import { Command, fail, jsonQuote, reply, setAttribute, withoutControlCharacters } from '../../../pdk';

/** The attribute the core's WHO list reads (declared in manifest.yaml). */
const DOING = 'doing';
const MAX_DOING_CHARACTERS: i32 = 39;

export function cmd_doing(): i32 {
  const command = Command.read();
  const typed = withoutControlCharacters(command.arg('text')).trim();
  const text = firstCharacters(typed, MAX_DOING_CHARACTERS).trimEnd();
  const stored = setAttribute(command.actor.id, DOING, text.length > 0 ? jsonQuote(text) : 'null');
  if (!stored.ok) return fail(stored.errorMessage);
  if (text.length == 0) return reply('Doing cleared.');
  const cut = text.length < typed.length ? ' (cut to ' + MAX_DOING_CHARACTERS.toString() + ' characters)' : '';
  return reply('Doing set' + cut + ': ' + text);
}

/** The first `max` characters of `text`; a character is never split. */
function firstCharacters(text: string, max: i32): string {
  let end = 0;
  for (let seen = 0; seen < max && end < text.length; seen++) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return text.slice(0, end);
}
