// Boolean functions: and or xor not t, and cand cor (lazy: they stop evaluating once the answer
// is known). Truth is PennMUSH's with tiny_booleans off (numbers.ts isTrue).
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { booleanText, isTrue } from '../numbers.js';

export const logicFunctions: SoftcodeFunction[] = [
  defineFunction('and', 1, Infinity, ({ args }) => booleanText(args.every(isTrue))),
  defineFunction('or', 1, Infinity, ({ args }) => booleanText(args.some(isTrue))),
  defineFunction('xor', 2, Infinity, ({ args }) => booleanText(args.filter(isTrue).length === 1)),
  defineFunction('not', 1, 1, ({ args }) => booleanText(!isTrue(args[0]!))),
  defineFunction('t', 1, 1, ({ args }) => booleanText(isTrue(args[0]!))),
  defineFunction('cand', 1, Infinity, ({ args, engine }) => booleanText(args.every((raw) => isTrue(engine.evaluate(raw)))), { lazy: true }),
  defineFunction('cor', 1, Infinity, ({ args, engine }) => booleanText(args.some((raw) => isTrue(engine.evaluate(raw)))), { lazy: true }),
];
