// What a PennMUSH-style attribute may be called and hold. Names are stored upper case; they are
// letters, digits and a few marks (PennMUSH's set, less those that command syntax splits on:
// = : / , ; and brackets), with backticks joining the levels of an attribute tree
// (`CHAR`STATS`STR`). Values are text of at most 8 KiB.
import { HearthError } from '../../errors.js';

export const MAX_ATTRIBUTE_NAME_LENGTH = 64;
export const MAX_ATTRIBUTE_VALUE_BYTES = 8 * 1024;

const NAME_LEVEL = /^[A-Z0-9_.\-#$&*+!?~|'<>^@]+$/;

/** `describe_me` → `DESCRIBE_ME`; throws E_ATTRIBUTE_NAME for a name that breaks the rules. */
export function canonicalAttributeName(text: string): string {
  const name = text.trim().toUpperCase();
  if (name.length === 0) throw new HearthError('E_ATTRIBUTE_NAME', 'An attribute needs a name.');
  if (name.length > MAX_ATTRIBUTE_NAME_LENGTH) {
    throw new HearthError('E_ATTRIBUTE_NAME', `Attribute names are at most ${MAX_ATTRIBUTE_NAME_LENGTH} characters; "${printable(name.slice(0, 40))}..." is ${name.length}.`);
  }
  const levels = name.split('`');
  if (levels.some((level) => !NAME_LEVEL.test(level))) {
    throw new HearthError(
      'E_ATTRIBUTE_NAME',
      `"${printable(name)}" is not a good attribute name: use letters, digits and _ . - # $ & * + ! ? ~ | ' < > ^ @, with \` between the levels of a tree (no empty level).`,
    );
  }
  return name;
}

/** Throws E_ATTRIBUTE_TOO_LONG when `value` is over the limit (counted in UTF-8 bytes). */
export function checkAttributeValue(value: string): void {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > MAX_ATTRIBUTE_VALUE_BYTES) throw new HearthError('E_ATTRIBUTE_TOO_LONG', `An attribute holds at most ${MAX_ATTRIBUTE_VALUE_BYTES} bytes; this value is ${bytes}.`);
}

function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
