// Numbers over lists and ranges: fmod mean median stddev bound val, and lmath, which applies a
// math or logic function to every word of a list (lmath(add, 1 2 3) is add(1,2,3)).
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { formatNumber } from '../numbers.js';
import { argumentCountError, SOFTCODE_ERRORS } from '../softcode-errors.js';
import { readDelimiter, splitList } from '../word-lists.js';
import { readNumbers } from './argument-readers.js';
import { logicFunctions } from './logic.js';
import { mathFunctions } from './math.js';

export const statisticsFunctions: SoftcodeFunction[] = [
  numbers('fmod', 2, 2, ([a, b]) => (b === 0 ? SOFTCODE_ERRORS.divisionByZero : a! % b!)),
  numbers('mean', 1, Infinity, (v) => v.reduce((sum, x) => sum + x, 0) / v.length),
  numbers('median', 1, Infinity, (v) => {
    const sorted = [...v].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  }),
  numbers('stddev', 1, Infinity, (v) => {
    if (v.length < 2) return 0;
    const mean = v.reduce((sum, x) => sum + x, 0) / v.length;
    return Math.sqrt(v.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (v.length - 1));
  }),
  numbers('bound', 2, 3, ([n, low, high]) => Math.max(low!, high === undefined ? n! : Math.min(n!, high))),
  defineFunction('val', 1, 1, ({ args }) => {
    const leading = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(args[0]!);
    return leading ? formatNumber(Number(leading[0].trim())) : '0';
  }),
  defineFunction('lmath', 2, 3, (call) => {
    const { args } = call;
    const read = readDelimiter(args[2]);
    if ('error' in read) return read.error;
    const name = args[0]!.trim().toUpperCase();
    const fn = [...mathFunctions, ...logicFunctions].find((candidate) => candidate.name === name && !candidate.lazy);
    if (!fn) return '#-1 UNKNOWN OPERATION';
    const words = splitList(args[1]!, read.delimiter);
    if (words.length < fn.minArgs || words.length > fn.maxArgs) return argumentCountError(fn.name, fn.minArgs, fn.maxArgs, words.length);
    return fn.run({ ...call, name: fn.name, args: words });
  }),
];

function numbers(name: string, min: number, max: number, compute: (values: number[]) => number | string): SoftcodeFunction {
  return defineFunction(name, min, max, ({ args }) => {
    const values = readNumbers(args);
    if (typeof values === 'string') return values;
    const result = compute(values);
    return typeof result === 'string' ? result : formatNumber(result);
  });
}
