// TinyMUX's and PennMUSH's colour codes, `%x<letter>` in typed text and the letters of ansi():
// h bold, u underline, f flash, i inverse, n normal; x r g y b m c w for black, red, green,
// yellow, blue, magenta, cyan and white, in capitals for the background. Only SGR escapes made
// here ever reach a client: the core strips every escape a player types before a plugin sees it.
const ESC = '\u001b[';
export const COLOUR_RESET: string = ESC + '0m';
const COLOURS = 'xrgybmcw';

/** The SGR escape for one colour letter, or '' for a letter that is not a colour code. */
export function colourEscape(letter: string): string {
  if (letter == 'n') return COLOUR_RESET;
  if (letter == 'h') return ESC + '1m';
  if (letter == 'u') return ESC + '4m';
  if (letter == 'f') return ESC + '5m';
  if (letter == 'i') return ESC + '7m';
  const foreground = COLOURS.indexOf(letter);
  if (foreground >= 0) return ESC + (30 + foreground).toString() + 'm';
  const background = COLOURS.indexOf(letter.toLowerCase());
  if (background >= 0 && letter != letter.toLowerCase()) return ESC + (40 + background).toString() + 'm';
  return '';
}
