// PennMUSH's and TinyMUX's colour letters, for %x<letter> and ansi(): h bold, u underline, f flash,
// i inverse, n normal; x r g y b m c w for black, red, green, yellow, blue, magenta, cyan and
// white, in capitals for the background. They become ANSI SGR escapes, the one kind of escape
// Hearth's transports pass on (and strip for clients without colour).
const ESC = '\u001b[';
export const COLOUR_RESET = `${ESC}0m`;
const COLOURS = 'xrgybmcw';
const SGR = /\u001b\[[0-9;]*m/g;

/** The SGR escape for one colour letter, or '' for a letter that is not a colour code. */
export function colourEscape(letter: string): string {
  if (letter === 'n') return COLOUR_RESET;
  const attribute = ({ h: 1, u: 4, f: 5, i: 7 } as Record<string, number>)[letter];
  if (attribute !== undefined) return `${ESC}${attribute}m`;
  const foreground = COLOURS.indexOf(letter);
  if (foreground >= 0) return `${ESC}${30 + foreground}m`;
  const background = COLOURS.indexOf(letter.toLowerCase());
  return background >= 0 ? `${ESC}${40 + background}m` : '';
}

/** Text without its colour escapes. */
export function withoutColour(text: string): string {
  return text.replace(SGR, '');
}

/** Ends text whose colour is still on with a reset, so colour never bleeds into what follows. */
export function withColourEnded(text: string): string {
  const escapes = text.match(SGR);
  if (escapes === null) return text;
  const last = escapes[escapes.length - 1]!;
  return last === COLOUR_RESET || last === '\u001b[m' ? text : text + COLOUR_RESET;
}
