// Lists as softcode sees them: words split by a delimiter. With the default space, runs of spaces
// count as one and leading and trailing spaces are ignored; any other delimiter splits exactly,
// so `a||b` with `|` holds an empty word.
import { SOFTCODE_ERRORS } from './softcode-errors.js';

/** The words of a list; an empty (or all-space, for space) list has none. */
export function splitList(list: string, delimiter = ' '): string[] {
  if (delimiter === ' ') {
    const trimmed = list.trim();
    return trimmed === '' ? [] : trimmed.split(/ +/);
  }
  if (list === '') return [];
  return list.split(delimiter);
}

/**
 * The delimiter argument of a list function: empty or absent means space, more than one
 * character is refused with PennMUSH's error. Answers the delimiter or an error string.
 */
export function readDelimiter(argument: string | undefined): { delimiter: string } | { error: string } {
  if (argument === undefined || argument === '') return { delimiter: ' ' };
  if ([...argument].length !== 1) return { error: SOFTCODE_ERRORS.separator };
  return { delimiter: argument };
}

/** An output separator: absent means the input delimiter; empty is allowed. */
export function readOutputSeparator(argument: string | undefined, delimiter: string): string {
  return argument === undefined ? delimiter : argument;
}
