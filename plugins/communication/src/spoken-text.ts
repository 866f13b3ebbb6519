// What a player asked to say, checked before anyone hears it: control characters removed, not
// blank, short enough that a room full of it stays readable, and with PennMUSH's
// %-substitutions made (%r for a new line, %s for the speaker's pronoun, ...). Text with `[` in it
// is evaluated as the speaker's softcode, as PennMUSH does (`say It is [time()].`); other text
// keeps a % that starts no substitution, so "50% off" reads as written.
import { Actor, characterCount, evaluateTyped, substitute, withoutControlCharacters } from '../../pdk';

export const MAX_MESSAGE_CHARACTERS = 4000;

/** The text others will read, or a `problem` to tell the player (then `text` is empty). */
export class SpokenText {
  constructor(
    public text: string,
    public problem: string,
  ) {}
}

/** Checks `typed` for a command that would `verb` it (`say`, `pose`, `emit`, `whisper`), as `actor` says it. */
export function spokenText(typed: string, verb: string, actor: Actor): SpokenText {
  const typedText = withoutControlCharacters(typed).trim();
  if (typedText.length == 0) return new SpokenText('', 'What do you want to ' + verb + '?');
  // Checked again once substituted: %n a thousand times must not make a message ten times longer.
  const evaluated = typedText.indexOf('[') >= 0 ? evaluateTyped(typedText) : null;
  const text = evaluated !== null ? evaluated.trim() : substitute(typedText, actor);
  if (text.length == 0) return new SpokenText('', 'That comes to nothing to ' + verb + '.');
  if (characterCount(typedText) > MAX_MESSAGE_CHARACTERS || characterCount(text) > MAX_MESSAGE_CHARACTERS) {
    return new SpokenText('', 'That is too long to ' + verb + ' (at most ' + MAX_MESSAGE_CHARACTERS.toString() + ' characters).');
  }
  return new SpokenText(text, '');
}
