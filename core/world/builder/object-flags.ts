// The object flags a builder can @set (PennMUSH's common ones, with its one-letter abbreviations,
// shown after a dbref in examine), and the flags an attribute can carry. A fixed list: a flag
// Hearth does not know is refused rather than stored, so a typo never looks like a setting.
import { HearthError } from '../../errors.js';

/** Object flags by canonical name, with PennMUSH's letter ('' where PennMUSH has none). */
export const OBJECT_FLAGS = {
  ABODE: 'A',
  CHOWN_OK: 'C',
  DARK: 'D',
  FLOATING: 'F',
  HALT: 'h',
  HAVEN: 'H',
  JUMP_OK: 'J',
  LINK_OK: 'L',
  MONITOR: 'M',
  NO_LEAVE: 'N',
  OPAQUE: 'O',
  QUIET: 'Q',
  STICKY: 'S',
  UNFINDABLE: 'U',
  VISUAL: 'V',
  SAFE: 'X',
  NOSPOOF: '"',
  AUDIBLE: 'a',
  DESTROY_OK: 'd',
  ENTER_OK: 'e',
  LIGHT: 'l',
  MYOPIC: 'm',
  NO_COMMAND: 'n',
  OPEN_OK: '',
  PUPPET: 'p',
  TRANSPARENT: 't',
  VERBOSE: 'v',
  CLOUDY: 'x',
  TERSE: '',
} as const;

export type ObjectFlag = keyof typeof OBJECT_FLAGS;

/** Attribute flags by canonical name, with PennMUSH's letter. */
export const ATTRIBUTE_FLAGS = {
  NO_COMMAND: '$',
  NO_INHERIT: 'i',
  NO_CLONE: 'c',
  VISUAL: 'v',
  MORTAL_DARK: 'm',
  LOCKED: '+',
  SAFE: 'S',
  DEBUG: 'b',
  PUBLIC: 'p',
  CASE: 'C',
  REGEXP: 'R',
  VEILED: 'V',
} as const;

export type AttributeFlag = keyof typeof ATTRIBUTE_FLAGS;

/** Other spellings PennMUSH accepts for the same flag. */
const OBJECT_FLAG_ALIASES: Readonly<Record<string, ObjectFlag>> = { TEL_OK: 'JUMP_OK' };
const ATTRIBUTE_FLAG_ALIASES: Readonly<Record<string, AttributeFlag>> = { HIDDEN: 'MORTAL_DARK' };

/** `dark`, `DARK` → `DARK`; an unknown flag → E_FLAG_UNKNOWN. */
export function normaliseObjectFlag(text: string): ObjectFlag {
  const upper = text.trim().toUpperCase();
  if (Object.hasOwn(OBJECT_FLAGS, upper)) return upper as ObjectFlag;
  const alias = OBJECT_FLAG_ALIASES[upper];
  if (alias) return alias;
  throw new HearthError('E_FLAG_UNKNOWN', `${quoteFlag(text)} is not a flag Hearth knows; the flags are ${Object.keys(OBJECT_FLAGS).join(', ')}.`);
}

/** `hidden`, `mortal_dark` → `MORTAL_DARK`; an unknown flag → E_FLAG_UNKNOWN. */
export function normaliseAttributeFlag(text: string): AttributeFlag {
  const upper = text.trim().toUpperCase();
  if (Object.hasOwn(ATTRIBUTE_FLAGS, upper)) return upper as AttributeFlag;
  const alias = ATTRIBUTE_FLAG_ALIASES[upper];
  if (alias) return alias;
  throw new HearthError('E_FLAG_UNKNOWN', `${quoteFlag(text)} is not an attribute flag Hearth knows; the attribute flags are ${Object.keys(ATTRIBUTE_FLAGS).join(', ')}.`);
}

/** Object flags as PennMUSH writes them after a dbref (`#12DV`), in a stable order. */
export function objectFlagLetters(flags: readonly string[]): string {
  return sortFlags(flags, OBJECT_FLAGS).map((flag) => OBJECT_FLAGS[flag as ObjectFlag] ?? '').join('');
}

/** PennMUSH's type letter and flag letters after a dbref: `R` then `J` for a JUMP_OK room (`#12RJ`). */
export function objectLetters(kind: string, flags: readonly string[]): string {
  const typeLetter = kind === 'room' ? 'R' : kind === 'exit' ? 'E' : kind === 'character' ? 'P' : '';
  return typeLetter + objectFlagLetters(flags);
}

/** Attribute flags as examine writes them (`$v`). */
export function attributeFlagLetters(flags: readonly string[]): string {
  return sortFlags(flags, ATTRIBUTE_FLAGS).map((flag) => ATTRIBUTE_FLAGS[flag as AttributeFlag] ?? '').join('');
}

/** `flags` in the order of `table`, so the same set always reads the same. */
export function sortFlags(flags: readonly string[], table: Readonly<Record<string, string>>): string[] {
  const order = Object.keys(table);
  return [...new Set(flags)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function quoteFlag(text: string): string {
  return `"${text.slice(0, 40).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}"`;
}
