// Numbers players type for boards and messages: digits only, from 1 up. Signs, spaces inside,
// fractions and numbers too long to be any board's or message's are not numbers here.

/** The number `text` holds, from 1 to 999999, or 0 when it holds none of those. */
export function positiveNumber(text: string): i32 {
  if (!isDigits(text) || text.length > 6) return 0;
  return I32.parseInt(text);
}

/** Whether `text` is one or more ASCII digits and nothing else. */
export function isDigits(text: string): bool {
  if (text.length == 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Whether `text` is digits naming a number past 999999 (a number still, just not any board's or message's). */
export function isHugeNumber(text: string): bool {
  if (!isDigits(text) || positiveNumber(text) != 0) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) != 0x30) return true;
  return false;
}
