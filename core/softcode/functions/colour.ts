// Colour functions: ansi(codes, text) colours text with PennMUSH's letters (colour-codes.ts) and
// ends it with a reset; stripansi(text) takes colour away. strlen and the justifying functions
// count text without its colour, as PennMUSH's do.
import { COLOUR_RESET, colourEscape, withoutColour } from '../colour-codes.js';
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';

export const colourFunctions: SoftcodeFunction[] = [
  defineFunction('ansi', 2, 2, ({ args }) => {
    const escapes = [...args[0]!].map(colourEscape).join('');
    return escapes === '' || args[1] === '' ? args[1]! : escapes + args[1]! + COLOUR_RESET;
  }),
  defineFunction('stripansi', 1, 1, ({ args }) => withoutColour(args[0]!)),
];
