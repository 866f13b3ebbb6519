// The longest name and description the host takes. Past these it refuses the call itself, in words
// meant for plugin authors, so the builder is told here; within them the world's own rules decide
// (a name at most 100 characters, an alias 32, a description 8000).
const MAX_NAME_TEXT: i32 = 400;
const MAX_DESCRIPTION: i32 = 8000;

/** What to tell the builder about a name (with `;` aliases) the host would refuse, or ''. */
export function nameLengthError(text: string): string {
  if (text.length <= MAX_NAME_TEXT) return '';
  return 'That name is too long: an object name may be at most 100 characters, and an alias 32.';
}

/** What to tell the builder about a description the host would refuse, or ''. */
export function descriptionLengthError(text: string): string {
  if (text.length <= MAX_DESCRIPTION) return '';
  return 'A description may be at most ' + MAX_DESCRIPTION.toString() + ' characters.';
}
