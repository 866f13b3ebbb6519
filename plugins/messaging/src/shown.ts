// Player text repeated back in a message, shortened so a 500-character name does not flood the
// screen of the player who typed it.
const MAX_SHOWN = 40;

/** `text`, or its first 40 characters and "..." when longer (never splitting an emoji in two). */
export function shown(text: string): string {
  if (text.length <= MAX_SHOWN) return text;
  let end = MAX_SHOWN;
  const code = text.charCodeAt(end);
  // A low surrogate here is the second half of a pair; cutting before it keeps the pair whole.
  if (code >= 0xdc00 && code <= 0xdfff) end -= 1;
  return text.slice(0, end) + '...';
}
