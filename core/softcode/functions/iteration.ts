// Loops over lists: iter (alias parse) with ## and #@, itext inum ilev, and the ufun loops map
// filter filterbool fold foreach munge sortby. Every turn is charged to the budget, and a loop
// stops adding once its output is as long as softcode output may be.
import { defineFunction, type FunctionCall, type SoftcodeFunction } from '../function-registry.js';
import { isTrue, parseInteger, parseNumber } from '../numbers.js';
import type { SoftcodeEngine } from '../softcode-engine.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { readDelimiter, readOutputSeparator, splitList } from '../word-lists.js';

export const iterationFunctions: SoftcodeFunction[] = [
  defineFunction('iter', 2, 4, (call) => iter(call), { lazy: true }),
  defineFunction('itext', 1, 1, ({ args, engine }) => loopLevel(engine, args[0]!, (turn) => turn.item)),
  defineFunction('inum', 1, 1, ({ args, engine }) => loopLevel(engine, args[0]!, (turn) => String(turn.index))),
  defineFunction('ilev', 0, 0, ({ engine }) => String(engine.iterations.length - 1)),
  defineFunction('map', 2, Infinity, ({ args, engine }) =>
    eachWord(engine, args, 2, 3, (item, index) => engine.callAttribute(args[0]!, [item, String(index), ...args.slice(4)])),
  ),
  defineFunction('filter', 2, Infinity, ({ args, engine }) =>
    eachWord(engine, args, 2, 3, (item) => (engine.callAttribute(args[0]!, [item, ...args.slice(4)]) === '1' ? item : undefined)),
  ),
  defineFunction('filterbool', 2, Infinity, ({ args, engine }) =>
    eachWord(engine, args, 2, 3, (item) => (isTrue(engine.callAttribute(args[0]!, [item, ...args.slice(4)])) ? item : undefined)),
  ),
  defineFunction('fold', 2, 4, ({ args, engine }) => fold(engine, args)),
  defineFunction('foreach', 2, 4, ({ args, engine }) => foreach(engine, args)),
  defineFunction('munge', 3, 5, ({ args, engine }) => munge(engine, args)),
  defineFunction('sortby', 2, 4, ({ args, engine }) => sortBy(engine, args)),
];

function iter({ args, engine }: FunctionCall): string {
  const list = engine.evaluate(args[0]!);
  const read = readDelimiter(args[2] === undefined ? undefined : engine.evaluate(args[2]));
  if ('error' in read) return read.error;
  // The output separator is a space unless given, whatever the input delimiter (PennMUSH's help).
  const separator = args[3] === undefined ? ' ' : engine.evaluate(args[3]);
  const pattern = args[1]!;
  const parts: string[] = [];
  let length = 0;
  const words = splitList(list, read.delimiter);
  for (let index = 0; index < words.length; index += 1) {
    engine.budget.spend();
    const item = words[index]!;
    // ## and #@ are replaced in the raw pattern before it is evaluated, as PennMUSH does.
    const code = pattern.replace(/##|#@/g, (token) => (token === '##' ? item : String(index + 1)));
    engine.iterations.push({ item, index: index + 1 });
    try {
      const result = engine.evaluate(code);
      parts.push(result);
      length += result.length + separator.length;
    } finally {
      engine.iterations.pop();
    }
    if (length > engine.limits.maxOutputLength) break;
  }
  return parts.join(separator);
}

function loopLevel(engine: SoftcodeEngine, levelText: string, read: (turn: { item: string; index: number }) => string): string {
  const level = parseInteger(levelText);
  if (level === undefined) return SOFTCODE_ERRORS.integer;
  const turn = engine.iterations[engine.iterations.length - 1 - level];
  return level < 0 || turn === undefined ? SOFTCODE_ERRORS.argumentOutOfRange : read(turn);
}

/** The shared shape of map and filter: call `turn` for each word of args[1]; undefined results are dropped. */
function eachWord(
  engine: SoftcodeEngine,
  args: readonly string[],
  delimiterAt: number,
  separatorAt: number,
  turn: (item: string, index: number) => string | undefined,
): string {
  const read = readDelimiter(args[delimiterAt]);
  if ('error' in read) return read.error;
  const separator = readOutputSeparator(args[separatorAt], read.delimiter);
  const parts: string[] = [];
  let length = 0;
  const words = splitList(args[1]!, read.delimiter);
  for (let index = 0; index < words.length; index += 1) {
    engine.budget.spend();
    const result = turn(words[index]!, index + 1);
    if (result === undefined) continue;
    parts.push(result);
    length += result.length + separator.length;
    if (length > engine.limits.maxOutputLength) break;
  }
  return parts.join(separator);
}

/** fold(attr, list[, base[, delim]]): %0 the result so far, %1 the next word, %2 the turn from 0. */
function fold(engine: SoftcodeEngine, args: readonly string[]): string {
  const read = readDelimiter(args[3]);
  if ('error' in read) return read.error;
  const words = splitList(args[1]!, read.delimiter);
  let start = 0;
  let accumulator: string;
  if (args[2] !== undefined) accumulator = args[2];
  else {
    accumulator = words[0] ?? '';
    start = 1;
  }
  for (let i = start; i < words.length; i += 1) {
    engine.budget.spend();
    accumulator = engine.capOutput(engine.callAttribute(args[0]!, [accumulator, words[i]!, String(i - start)]));
  }
  return accumulator;
}

/** foreach(attr, text[, start[, end]]): each character as %0 with its position as %1, between start and end. */
function foreach(engine: SoftcodeEngine, args: readonly string[]): string {
  const text = [...args[1]!];
  const startChar = args[2] === undefined || args[2] === '' ? undefined : [...args[2]][0];
  const endChar = args[3] === undefined || args[3] === '' ? undefined : [...args[3]][0];
  let out = '';
  let i = 0;
  if (startChar !== undefined) {
    const at = text.indexOf(startChar);
    if (at === -1) return args[1]!;
    out = text.slice(0, at).join('');
    i = at + 1;
  }
  for (; i < text.length; i += 1) {
    engine.budget.spend();
    if (endChar !== undefined && text[i] === endChar) {
      out += text.slice(i + 1).join('');
      break;
    }
    out += engine.callAttribute(args[0]!, [text[i]!, String(i)]);
    if (out.length > engine.limits.maxOutputLength) break;
  }
  return out;
}

/** munge(attr, list1, list2[, delim[, osep]]): list2 rearranged the way attr rearranges list1. */
function munge(engine: SoftcodeEngine, args: readonly string[]): string {
  const read = readDelimiter(args[3]);
  if ('error' in read) return read.error;
  const first = splitList(args[1]!, read.delimiter);
  const second = splitList(args[2]!, read.delimiter);
  if (first.length !== second.length) return '#-1 LISTS MUST BE OF EQUAL SIZE';
  const result = splitList(engine.callAttribute(args[0]!, [args[1]!, read.delimiter]), read.delimiter);
  const used = new Set<number>();
  const out: string[] = [];
  for (const word of result) {
    engine.budget.spend();
    const index = first.findIndex((candidate, i) => candidate === word && !used.has(i));
    if (index === -1) continue;
    used.add(index);
    out.push(second[index]!);
  }
  return out.join(readOutputSeparator(args[4], read.delimiter));
}

/** sortby(attr, list[, delim[, osep]]): attr compares %0 and %1, answering below, at or above zero. */
function sortBy(engine: SoftcodeEngine, args: readonly string[]): string {
  const read = readDelimiter(args[2]);
  if ('error' in read) return read.error;
  const words = splitList(args[1]!, read.delimiter);
  const sorted = [...words].sort((a, b) => {
    engine.budget.spend();
    return parseNumber(engine.callAttribute(args[0]!, [a, b])) ?? 0;
  });
  return sorted.join(readOutputSeparator(args[3], read.delimiter));
}
