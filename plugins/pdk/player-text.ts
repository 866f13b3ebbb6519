// Text a player typed, made fit to show to other players: control characters out (they could fake
// a new line or colour someone else's screen), length counted in characters rather than UTF-16
// units (an emoji is one character, not two), and long names cut short when quoted back.

/** `text` with control characters removed; tabs and line breaks become spaces. */
export function withoutControlCharacters(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    out += text.slice(kept, i);
    if (code == 0x09 || code == 0x0a || code == 0x0d) out += ' ';
    kept = i + 1;
  }
  return kept == 0 ? text : out + text.slice(kept);
}

/** How many characters (Unicode code points) `text` holds. */
export function characterCount(text: string): i32 {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isLowSurrogate(text.charCodeAt(i)) || i == 0 || !isHighSurrogate(text.charCodeAt(i - 1))) count++;
  }
  return count;
}

/** `text` cut to `max` characters followed by "...", when it is longer; a character is never split. */
export function shortened(text: string, max: i32): string {
  if (characterCount(text) <= max) return text;
  let end = 0;
  for (let seen = 0; seen < max && end < text.length; seen++) {
    end += isHighSurrogate(text.charCodeAt(end)) && end + 1 < text.length && isLowSurrogate(text.charCodeAt(end + 1)) ? 2 : 1;
  }
  return text.slice(0, end) + '...';
}

// C0 controls, DEL and C1 controls (U+009B alone starts an ANSI escape on some terminals).
function isControl(code: i32): bool {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function isHighSurrogate(code: i32): bool {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: i32): bool {
  return code >= 0xdc00 && code <= 0xdfff;
}
