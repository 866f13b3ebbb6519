// String functions: cat strcat strlen mid left right ucstr lcstr capstr trim edit repeat space
// ljust rjust center before after reverse squish secure escape pos lpos strmatch comp. Lengths
// and positions count characters (code points), not UTF-16 units; strlen, ljust, rjust and center
// count what a reader sees, without colour escapes.
import { defineFunction, type FunctionCall, type SoftcodeFunction } from '../function-registry.js';
import { withoutColour } from '../colour-codes.js';
import { booleanText, isTrue } from '../numbers.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { matchesWildcard } from '../wildcard.js';
import { wildcardCaptures } from '../wildcard-captures.js';
import { optionalInteger, readIntegers } from './argument-readers.js';

const chars = (text: string): string[] => [...text];
/** What a reader sees of text: its characters without colour escapes (ansi(), %x). */
const visible = (text: string): string[] => chars(withoutColour(text));

export const stringFunctions: SoftcodeFunction[] = [
  defineFunction('cat', 0, Infinity, ({ args }) => args.join(' ')),
  defineFunction('strcat', 0, Infinity, ({ args }) => args.join('')),
  defineFunction('strlen', 1, 1, ({ args }) => String(visible(args[0]!).length)),
  defineFunction('mid', 3, 3, ({ args }) => mid(args)),
  defineFunction('left', 2, 2, ({ args }) => slice(args, (text, n) => text.slice(0, n))),
  defineFunction('right', 2, 2, ({ args }) => slice(args, (text, n) => (n === 0 ? [] : text.slice(-n)))),
  defineFunction('ucstr', 1, 1, ({ args }) => args[0]!.toUpperCase()),
  defineFunction('lcstr', 1, 1, ({ args }) => args[0]!.toLowerCase()),
  defineFunction('capstr', 1, 1, ({ args }) => args[0]!.charAt(0).toUpperCase() + args[0]!.slice(1)),
  defineFunction('trim', 1, 3, ({ args }) => trim(args)),
  defineFunction('edit', 3, Infinity, (call) => edit(call)),
  defineFunction('repeat', 2, 2, ({ args, engine }) => repeat(args, engine.limits.maxOutputLength)),
  defineFunction('space', 0, 1, ({ args, engine }) => {
    const count = optionalInteger(args[0], 1);
    if (count === undefined) return SOFTCODE_ERRORS.integer;
    return count < 0 ? SOFTCODE_ERRORS.positiveInteger : ' '.repeat(Math.min(count, engine.limits.maxOutputLength));
  }),
  defineFunction('ljust', 2, 4, ({ args, engine }) => justify(args, 'left', engine.limits.maxOutputLength)),
  defineFunction('rjust', 2, 4, ({ args, engine }) => justify(args, 'right', engine.limits.maxOutputLength)),
  defineFunction('center', 2, 4, ({ args, engine }) => center(args, engine.limits.maxOutputLength)),
  defineFunction('before', 2, 2, ({ args }) => {
    const needle = args[1] === '' ? ' ' : args[1]!;
    const at = args[0]!.indexOf(needle);
    return at === -1 ? args[0]! : args[0]!.slice(0, at);
  }),
  defineFunction('after', 2, 2, ({ args }) => {
    const needle = args[1] === '' ? ' ' : args[1]!;
    const at = args[0]!.indexOf(needle);
    return at === -1 ? '' : args[0]!.slice(at + needle.length);
  }),
  defineFunction('reverse', 1, 1, ({ args }) => chars(args[0]!).reverse().join('')),
  defineFunction('squish', 1, 2, ({ args }) => squish(args[0]!, args[1] === undefined || args[1] === '' ? ' ' : args[1])),
  defineFunction('secure', 1, 1, ({ args }) => args[0]!.replace(/[()[\]{}$%,^;]/g, ' ')),
  defineFunction('escape', 1, 1, ({ args }) => (args[0] === '' ? '' : `\\${args[0]!.replace(/[%;[\]{}\\(),^$]/g, (c) => `\\${c}`)}`)),
  defineFunction('pos', 2, 2, ({ args }) => {
    const at = chars(args[1]!).join('').indexOf(args[0]!);
    return at === -1 ? '#-1' : String(chars(args[1]!.slice(0, at)).length + 1);
  }),
  defineFunction('lpos', 2, 2, ({ args }) => {
    const target = args[1] === '' ? ' ' : chars(args[1]!)[0]!;
    const positions: number[] = [];
    chars(args[0]!).forEach((c, index) => {
      if (c === target) positions.push(index);
    });
    return positions.join(' ');
  }),
  defineFunction('strmatch', 2, 3, (call) => strmatch(call)),
  defineFunction('comp', 2, 3, ({ args }) => compare(args[0]!, args[1]!, args[2])),
];

/** strmatch(string, pattern[, registers]): 1 or 0; with registers, what each wildcard matched goes into them. */
function strmatch({ args, engine }: FunctionCall): string {
  if (args[2] === undefined) return booleanText(matchesWildcard(args[0]!, args[1]!));
  const captures = wildcardCaptures(args[0]!, args[1]!, () => engine.budget.spend());
  if (captures === undefined) return '0';
  const names = args[2].trim() === '' ? [] : args[2].trim().split(/\s+/);
  for (const [index, name] of names.entries()) {
    if (name === '-') continue;
    const refused = engine.registers.set(name, captures[index] ?? '');
    if (refused) return refused;
  }
  return '1';
}

function mid(args: readonly string[]): string {
  const numbers = readIntegers([args[1]!, args[2]!]);
  if (typeof numbers === 'string') return numbers;
  const [first, length] = numbers as [number, number];
  if (first < 0) return SOFTCODE_ERRORS.argumentOutOfRange;
  const text = chars(args[0]!);
  if (length >= 0) return text.slice(first, first + length).join('');
  return text.slice(Math.max(0, first + length + 1), first + 1).join('');
}

function slice(args: readonly string[], take: (text: string[], count: number) => string[]): string {
  const count = optionalInteger(args[1], 0);
  if (count === undefined) return SOFTCODE_ERRORS.integer;
  if (count < 0) return SOFTCODE_ERRORS.argumentOutOfRange;
  return take(chars(args[0]!), count).join('');
}

/** trim(string[, characters[, b|l|r]]). */
function trim(args: readonly string[]): string {
  const set = new Set(args[1] === undefined || args[1] === '' ? [' '] : chars(args[1]));
  const side = (args[2] ?? 'b').trim().toLowerCase().charAt(0) || 'b';
  const text = chars(args[0]!);
  let start = 0;
  let end = text.length;
  if (side !== 'r') while (start < end && set.has(text[start]!)) start += 1;
  if (side !== 'l') while (end > start && set.has(text[end - 1]!)) end -= 1;
  return text.slice(start, end).join('');
}

/** edit(string, search, replace, ...): ^ prepends, $ appends, an empty search goes between every character. */
function edit({ args, engine }: FunctionCall): string {
  const limit = engine.limits.maxOutputLength + 1;
  let text = args[0]!;
  for (let i = 1; i + 1 < args.length; i += 2) {
    const search = args[i]!;
    const replacement = args[i + 1]!;
    engine.budget.spend(Math.ceil(text.length / 8) + 1);
    if (search === '^') text = replacement + text;
    else if (search === '$') text += replacement;
    else text = joinBounded(search === '' ? ['', ...chars(text), ''] : text.split(search), replacement, limit);
    text = engine.capOutput(text);
  }
  return text;
}

/** parts.join(glue), stopping once the result passes `limit` characters. */
function joinBounded(parts: readonly string[], glue: string, limit: number): string {
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length && out.length <= limit; i += 1) out += glue + parts[i]!;
  return out;
}

function repeat(args: readonly string[], maxLength: number): string {
  const count = optionalInteger(args[1], 0);
  if (count === undefined) return SOFTCODE_ERRORS.integer;
  if (count < 0) return SOFTCODE_ERRORS.positiveInteger;
  const text = args[0]!;
  if (text === '' || count === 0) return '';
  // Never build more than the output can hold: repeat(x,1000000000) costs what 8191 x's cost.
  const needed = Math.min(count, Math.ceil((maxLength + 1) / text.length));
  return text.repeat(needed);
}

function padding(fill: string, width: number): string {
  if (width <= 0) return '';
  const unit = chars(fill === '' ? ' ' : fill);
  const out: string[] = [];
  for (let i = 0; i < width; i += 1) out.push(unit[i % unit.length]!);
  return out.join('');
}

function justify(args: readonly string[], side: 'left' | 'right', maxLength: number): string {
  const width = optionalInteger(args[1], 0);
  if (width === undefined) return SOFTCODE_ERRORS.integer;
  const text = visible(args[0]!);
  const fill = args[2] ?? ' ';
  const truncate = args[3] !== undefined && isTrue(args[3]);
  if (text.length >= width) return truncate ? (side === 'left' ? text.slice(0, Math.max(0, width)) : text.slice(text.length - Math.max(0, width))).join('') : args[0]!;
  const pad = padding(fill, Math.min(width, maxLength + 1) - text.length);
  return side === 'left' ? args[0]! + pad : pad + args[0]!;
}

/** center(string, width[, fill[, rightfill]]): the left side is the shorter when uneven; rightfill mirrors fill. */
function center(args: readonly string[], maxLength: number): string {
  const width = optionalInteger(args[1], 0);
  if (width === undefined) return SOFTCODE_ERRORS.integer;
  const text = visible(args[0]!);
  if (text.length >= width) return args[0]!;
  const total = Math.min(width, maxLength + 1) - text.length;
  const leftWidth = Math.floor(total / 2);
  const fill = args[2] === undefined || args[2] === '' ? ' ' : args[2];
  const rightFill = args[3] === undefined || args[3] === '' ? chars(fill).reverse().join('') : args[3];
  return padding(fill, leftWidth) + args[0]! + padding(rightFill, total - leftWidth);
}

function squish(text: string, character: string): string {
  const c = chars(character)[0]!;
  const escaped = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`${escaped}+`, 'gu'), c).replace(new RegExp(`^${escaped}|${escaped}$`, 'gu'), '');
}

function compare(a: string, b: string, type: string | undefined): string {
  const insensitive = (type ?? '').toLowerCase().startsWith('i');
  const x = insensitive ? a.toLowerCase() : a;
  const y = insensitive ? b.toLowerCase() : b;
  return x < y ? '-1' : x > y ? '1' : '0';
}
