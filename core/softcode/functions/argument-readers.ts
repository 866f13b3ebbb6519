// Reading numeric arguments the way PennMUSH's functions do, with its error strings: one wrong
// argument of a one-argument function is `ARGUMENT MUST BE ...`, of a many-argument one
// `ARGUMENTS MUST BE ...`.
import { parseInteger, parseNumber } from '../numbers.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';

/** Every argument as a number, or the plural error string. */
export function readNumbers(args: readonly string[]): number[] | string {
  const values: number[] = [];
  for (const arg of args) {
    const value = parseNumber(arg);
    if (value === undefined) return args.length === 1 ? SOFTCODE_ERRORS.number : SOFTCODE_ERRORS.numbers;
    values.push(value);
  }
  return values;
}

/** Every argument as an integer, or the matching error string. */
export function readIntegers(args: readonly string[]): number[] | string {
  const values: number[] = [];
  for (const arg of args) {
    const value = parseInteger(arg);
    if (value === undefined) return args.length === 1 ? SOFTCODE_ERRORS.integer : SOFTCODE_ERRORS.integers;
    values.push(value);
  }
  return values;
}

/** One optional integer argument with a default; undefined when it is not an integer. */
export function optionalInteger(arg: string | undefined, fallback: number): number | undefined {
  if (arg === undefined || arg.trim() === '') return fallback;
  return parseInteger(arg);
}
