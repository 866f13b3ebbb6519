// Editing strings by position and character: strinsert strdelete strreplace merge flip ord chr.
// Positions count characters from 0, as mid() does.
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { readIntegers } from './argument-readers.js';

const chars = (text: string): string[] => [...text];

export const stringEditFunctions: SoftcodeFunction[] = [
  defineFunction('strinsert', 3, 3, ({ args }) => {
    const at = readIntegers([args[1]!]);
    if (typeof at === 'string') return at;
    if (at[0]! < 0) return SOFTCODE_ERRORS.argumentOutOfRange;
    const text = chars(args[0]!);
    if (at[0]! > text.length) return args[0]! + args[2]!;
    return [...text.slice(0, at[0]!), args[2]!, ...text.slice(at[0]!)].join('');
  }),
  defineFunction('strdelete', 3, 3, ({ args }) => spliceText(args[0]!, args[1]!, args[2]!, '')),
  defineFunction('strreplace', 4, 4, ({ args }) => spliceText(args[0]!, args[1]!, args[2]!, args[3]!)),
  defineFunction('merge', 3, 3, ({ args }) => {
    const first = chars(args[0]!);
    const second = chars(args[1]!);
    if (first.length !== second.length) return '#-1 STRING LENGTHS MUST BE EQUAL';
    const target = args[2] === '' ? ' ' : chars(args[2]!)[0]!;
    return first.map((c, i) => (c === target ? second[i]! : c)).join('');
  }),
  defineFunction('flip', 1, 1, ({ args }) => chars(args[0]!).reverse().join('')),
  defineFunction('ord', 1, 1, ({ args }) => {
    const all = chars(args[0]!);
    return all.length === 1 ? String(all[0]!.codePointAt(0)) : '#-1 FUNCTION (ORD) EXPECTS ONE CHARACTER';
  }),
  defineFunction('chr', 1, 1, ({ args }) => {
    const code = readIntegers([args[0]!]);
    if (typeof code === 'string') return code;
    const value = code[0]!;
    // Control characters and surrogates would reach other players' screens raw.
    if (value < 32 || (value >= 127 && value < 160) || (value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return '#-1 UNPRINTABLE CHARACTER';
    return String.fromCodePoint(value);
  }),
];

/** Replaces `length` characters from `firstText` (backwards when negative) with `insert`. */
function spliceText(text: string, firstText: string, lengthText: string, insert: string): string {
  const numbers = readIntegers([firstText, lengthText]);
  if (typeof numbers === 'string') return numbers;
  const [first, length] = numbers as [number, number];
  if (first < 0) return SOFTCODE_ERRORS.argumentOutOfRange;
  const all = chars(text);
  const start = length >= 0 ? first : Math.max(0, first + length + 1);
  const end = length >= 0 ? first + length : first + 1;
  if (start >= all.length) return text;
  return [...all.slice(0, start), insert, ...all.slice(Math.min(end, all.length))].join('');
}
