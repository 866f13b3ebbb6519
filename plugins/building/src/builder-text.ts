// How builder data reads in PennMUSH's words: flag letters after a dbref (`Box(#12Dv)`), attribute
// lines in examine (`MOOD [#3$v]: grumpy`), and the replies of @set and @lock.
import { AttributeView } from '../../pdk';

const OBJECT_FLAG_NAMES: string[] = ['ABODE', 'CHOWN_OK', 'DARK', 'FLOATING', 'HALT', 'HAVEN', 'JUMP_OK', 'LINK_OK', 'MONITOR', 'NO_LEAVE', 'OPAQUE', 'QUIET', 'STICKY', 'UNFINDABLE', 'VISUAL', 'SAFE', 'NOSPOOF', 'AUDIBLE', 'DESTROY_OK', 'ENTER_OK', 'LIGHT', 'MYOPIC', 'NO_COMMAND', 'OPEN_OK', 'PUPPET', 'TRANSPARENT', 'VERBOSE', 'CLOUDY', 'TERSE'];
const OBJECT_FLAG_LETTERS: string[] = ['A', 'C', 'D', 'F', 'h', 'H', 'J', 'L', 'M', 'N', 'O', 'Q', 'S', 'U', 'V', 'X', '"', 'a', 'd', 'e', 'l', 'm', 'n', '', 'p', 't', 'v', 'x', ''];
const ATTRIBUTE_FLAG_NAMES: string[] = ['NO_COMMAND', 'NO_INHERIT', 'NO_CLONE', 'VISUAL', 'MORTAL_DARK', 'LOCKED', 'SAFE', 'DEBUG', 'PUBLIC', 'CASE', 'REGEXP', 'VEILED'];
const ATTRIBUTE_FLAG_LETTERS: string[] = ['$', 'i', 'c', 'v', 'm', '+', 'S', 'b', 'p', 'C', 'R', 'V'];

/** `DARK VISUAL` → `DV`. */
export function objectFlagLetters(flags: string[]): string {
  return lettersOf(flags, OBJECT_FLAG_NAMES, OBJECT_FLAG_LETTERS);
}

/** `NO_COMMAND VISUAL` → `$v`. */
export function attributeFlagLetters(flags: string[]): string {
  return lettersOf(flags, ATTRIBUTE_FLAG_NAMES, ATTRIBUTE_FLAG_LETTERS);
}

/** `MOOD [#3$v]: grumpy`; an inherited attribute shows where it comes from (`MOOD [#3 from #12]: ...`). */
export function attributeLine(attribute: AttributeView): string {
  const owner = attribute.owner > 0 ? '#' + attribute.owner.toString() : '#-1';
  const from = attribute.from > 0 ? ' from #' + attribute.from.toString() : '';
  return attribute.name + ' [' + owner + attributeFlagLetters(attribute.flags) + from + ']: ' + attribute.value;
}

/** `dark !visual  quiet` → the words, blanks dropped. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  const parts = text.split(' ');
  for (let i = 0; i < parts.length; i++) if (parts[i].trim().length > 0) words.push(parts[i].trim());
  return words;
}

/** The lock type a switch names ('' for Basic), as @lock and @unlock read it. */
export function lockTypeOf(switches: string[]): string {
  return switches.length > 0 ? switches[0] : '';
}

/** `Locked.` for the Basic lock, `Use locked.` for another type (and the same for unlocking). */
export function lockReply(type: string, verb: string): string {
  if (type == 'Basic' || type.length == 0) return verb.charAt(0).toUpperCase() + verb.substring(1) + '.';
  return type + ' ' + verb + '.';
}

function lettersOf(flags: string[], names: string[], letters: string[]): string {
  let out = '';
  for (let i = 0; i < names.length; i++) if (flags.includes(names[i])) out += letters[i];
  return out;
}
