// What a player asked to say, checked before anyone hears it: control characters removed, not
// blank, and short enough that a room full of it stays readable.
import { characterCount, withoutControlCharacters } from '../../pdk';

export const MAX_MESSAGE_CHARACTERS = 4000;

/** The text others will read, or a `problem` to tell the player (then `text` is empty). */
export class SpokenText {
  constructor(
    public text: string,
    public problem: string,
  ) {}
}

/** Checks `typed` for a command that would `verb` it (`say`, `pose`, `emit`, `whisper`). */
export function spokenText(typed: string, verb: string): SpokenText {
  const text = withoutControlCharacters(typed).trim();
  if (text.length == 0) return new SpokenText('', 'What do you want to ' + verb + '?');
  if (characterCount(text) > MAX_MESSAGE_CHARACTERS) {
    return new SpokenText('', 'That is too long to ' + verb + ' (at most ' + MAX_MESSAGE_CHARACTERS.toString() + ' characters).');
  }
  return new SpokenText(text, '');
}
