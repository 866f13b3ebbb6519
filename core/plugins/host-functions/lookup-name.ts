// A name a host function looks something up by (an object, a character, a plugin, a command). One
// longer than any name of its kind can be is refused with E_NAME_TOO_LONG, so a plugin can tell
// "too long to match" from "no such thing" and from a malformed call (E_HOST_CALL_INVALID).
import { z } from 'zod';
import { NameTooLongError } from '../../errors.js';

interface TooLong {
  kind: string;
  longest: number;
}

/** A non-empty name of at most `longest` characters once trimmed, as the look-ups compare it. */
export function lookupName(kind: string, longest: number) {
  const tooLong: TooLong = { kind, longest };
  return z.string().min(1).refine((name) => name.trim().length <= longest, { message: `is longer than any ${kind} name`, params: { tooLong } });
}

/** The error a failed `lookupName` check stands for, or null for any other problem with the input. */
export function nameTooLongIn(issue: z.core.$ZodIssue): NameTooLongError | null {
  if (issue.code !== 'custom') return null;
  const tooLong = issue.params?.['tooLong'] as TooLong | undefined;
  return tooLong === undefined ? null : new NameTooLongError(tooLong.kind, tooLong.longest);
}
