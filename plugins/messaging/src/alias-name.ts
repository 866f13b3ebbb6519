// Channel aliases (addcom): 1-16 of letters, digits, `_` and `-`, starting with a letter, the
// same whatever case is typed. An alias reaches the channel only when no command takes the line,
// so words the core answers itself, before any plugin, are refused as well as plugin commands.

export const MAX_ALIAS = 16;
export const ALIAS_RULE = 'An alias is 1 to 16 letters, digits, "_" or "-", starting with a letter, such as pub or ooc2.';

/** Words the core answers before plugins see a line (QUIT and WHO, alone on a line). */
const CORE_WORDS = ['quit', 'who'];

export function isAliasName(word: string): bool {
  if (word.length == 0 || word.length > MAX_ALIAS || !isLetter(word.charCodeAt(0))) return false;
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!isLetter(code) && !(code >= 0x30 && code <= 0x39) && code != 0x5f && code != 0x2d) return false;
  }
  return true;
}

export function isCoreWord(alias: string): bool {
  return CORE_WORDS.includes(alias);
}

/** ASCII letters only: `toLowerCase` would turn a few others (the Kelvin sign) into these. */
function isLetter(code: i32): bool {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}
