// Chance: rand(n) (0 to n-1) and rand(lo,hi), die(count,sides[,show]) for dice rollers, and
// randword(list[,delim]). Counts are capped so one call cannot roll a billion dice.
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { parseInteger } from '../numbers.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { readDelimiter, splitList } from '../word-lists.js';

const MAX_DICE = 1_000;
const OUT_OF_RANGE = '#-1 NUMBER OUT OF RANGE';

export const randomFunctions: SoftcodeFunction[] = [
  defineFunction('rand', 1, 2, ({ args }) => {
    const bounds = args.map((arg) => parseInteger(arg));
    if (bounds.some((value) => value === undefined)) return args.length === 1 ? SOFTCODE_ERRORS.integer : SOFTCODE_ERRORS.integers;
    const [low, high] = args.length === 1 ? [0, bounds[0]! - 1] : [bounds[0]!, bounds[1]!];
    if (high < low) return OUT_OF_RANGE;
    return String(randomBetween(low, high));
  }),
  defineFunction('die', 2, 3, ({ args }) => {
    const count = parseInteger(args[0]!);
    const sides = parseInteger(args[1]!);
    if (count === undefined || sides === undefined) return SOFTCODE_ERRORS.integers;
    if (count < 0 || count > MAX_DICE || sides < 0) return OUT_OF_RANGE;
    if (sides === 0) return '0';
    const rolls = Array.from({ length: count }, () => randomBetween(1, sides));
    if (args[2] !== undefined && args[2].trim() !== '' && args[2].trim() !== '0') return rolls.join(' ');
    return String(rolls.reduce((sum, roll) => sum + roll, 0));
  }),
  defineFunction('randword', 1, 2, ({ args }) => {
    const delimiter = readDelimiter(args[1]);
    if ('error' in delimiter) return delimiter.error;
    const words = splitList(args[0]!, delimiter.delimiter);
    return words.length === 0 ? '' : words[randomBetween(0, words.length - 1)]!;
  }),
];

function randomBetween(low: number, high: number): number {
  return low + Math.floor(Math.random() * (high - low + 1));
}
