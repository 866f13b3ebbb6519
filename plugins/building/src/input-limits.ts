// The longest name and description the host takes. Past these it refuses the call itself, in words
// meant for plugin authors, so the builder is told here; within them the world's own rules decide
// (the kit's limits: a name at most 100 characters, an alias 32, a description 8000).
import { MAX_ALIAS_LENGTH, MAX_DESCRIPTION_LENGTH, MAX_OBJECT_NAME_LENGTH } from '../../pdk';

/** The longest name-with-aliases text (`North;n;nor`) `create_object` and `update_object` take. */
const MAX_NAME_TEXT: i32 = 400;

/** What to tell the builder about a name (with `;` aliases) the host would refuse, or ''. */
export function nameLengthError(text: string): string {
  if (text.length <= MAX_NAME_TEXT) return '';
  return 'That name is too long: an object name may be at most ' + MAX_OBJECT_NAME_LENGTH.toString() + ' characters, and an alias ' + MAX_ALIAS_LENGTH.toString() + '.';
}

/** What to tell the builder about a description the host would refuse, or ''. */
export function descriptionLengthError(text: string): string {
  if (text.length <= MAX_DESCRIPTION_LENGTH) return '';
  return 'A description may be at most ' + MAX_DESCRIPTION_LENGTH.toString() + ' characters.';
}
