// Board names: 1-30 letters, digits, spaces and a few marks, holding a letter (so that a name is
// never mistaken for a board number), and never "/" or "=", which separate the parts of +bb
// commands. Plain ASCII keeps the columns of +bbread straight in every client.
import { MAX_BOARD_NAME } from './limits';

export const NAME_RULE =
  "A board name is 1 to 30 letters, digits, spaces and - _ ' & . : ! ? ( ), and holds a letter.";

/** Whether `name` (already trimmed) is a board name. */
export function isBoardName(name: string): bool {
  if (name.length == 0 || name.length > MAX_BOARD_NAME) return false;
  let letters = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const letter = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    if (letter) letters++;
    else if (!(code >= 0x30 && code <= 0x39) && !isMark(code)) return false;
  }
  return letters > 0;
}

/** How names compare: ignoring case. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

// space - _ ' & . : ! ? ( )
function isMark(code: i32): bool {
  return code == 0x20 || code == 0x2d || code == 0x5f || code == 0x27 || code == 0x26 || code == 0x2e || code == 0x3a || code == 0x21 || code == 0x3f || code == 0x28 || code == 0x29;
}
