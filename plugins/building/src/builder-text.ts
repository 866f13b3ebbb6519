// How builder commands read what is typed and answer in PennMUSH's words: the flag words of
// @set and the replies of @lock.

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
