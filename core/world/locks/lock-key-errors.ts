// The refusals a lock key meets while it is read, worded for the builder who typed it: what was
// wrong and where (PennMUSH answers a bad key with "I don't understand that key."). The key is
// quoted back with control characters made visible, so a hostile key cannot reach a screen raw.
import { LockKeyError } from '../../errors.js';

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/gu;
const EXCERPT_SIDE = 30;

/** A key that cannot be read: `reason` says what was wrong, `position` (0-based) where. */
export function lockSyntaxError(key: string, position: number, reason: string): LockKeyError {
  const place = key.trim() === '' ? '' : ` (${where(key, position)})`;
  return new LockKeyError('E_LOCK_SYNTAX', `I don't understand that key: ${reason}${place}.`, position);
}

/** A key over one of the limits in lock-limits.ts. */
export function lockTooComplexError(position: number, reason: string): LockKeyError {
  return new LockKeyError('E_LOCK_TOO_COMPLEX', `That key is too complex: ${reason}.`, position);
}

/** A piece of the key for a message: quoted, cut to a readable length, control characters shown as \u{..}. */
export function quoteKeyText(text: string, longest = 40): string {
  const cut = text.length > longest ? `${text.slice(0, longest)}…` : text;
  return `"${printable(cut)}"`;
}

function where(key: string, position: number): string {
  const start = Math.max(0, position - EXCERPT_SIDE);
  const end = Math.min(key.length, position + EXCERPT_SIDE);
  const excerpt = `${start > 0 ? '…' : ''}${printable(key.slice(start, end))}${end < key.length ? '…' : ''}`;
  if (position >= key.length) return `at the end of "${excerpt}"`;
  return `at character ${position + 1} of "${excerpt}"`;
}

function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}
