// Word-list functions: first rest last words wordpos extract elements member match matchall
// remove linsert/insert lreplace/replace ldelete revwords. Positions count from 1; negative
// positions count from the end where PennMUSH allows them.
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { parseInteger } from '../numbers.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { matchesWildcard } from '../wildcard.js';
import { readDelimiter, readOutputSeparator, splitList } from '../word-lists.js';
import { optionalInteger } from './argument-readers.js';

type ListBody = (words: string[], delimiter: string, args: readonly string[]) => string;

/** A list function whose list is args[0] and whose delimiter is args[delimiterAt]. */
function listFunction(name: string, min: number, max: number, delimiterAt: number, body: ListBody): SoftcodeFunction {
  return defineFunction(name, min, max, ({ args }) => {
    const read = readDelimiter(args[delimiterAt]);
    if ('error' in read) return read.error;
    return body(splitList(args[0] ?? '', read.delimiter), read.delimiter, args);
  });
}

export const listFunctions: SoftcodeFunction[] = [
  listFunction('first', 1, 2, 1, (words) => words[0] ?? ''),
  listFunction('rest', 1, 2, 1, (words, d) => words.slice(1).join(d)),
  listFunction('last', 1, 2, 1, (words) => words[words.length - 1] ?? ''),
  listFunction('words', 0, 2, 1, (words) => String(words.length)),
  listFunction('wordpos', 2, 3, 2, (_words, d, args) => wordPosition(args[0]!, args[1]!, d)),
  listFunction('extract', 1, 4, 3, (words, d, args) => {
    const first = optionalInteger(args[1], 1);
    const length = optionalInteger(args[2], 1);
    if (first === undefined || length === undefined) return SOFTCODE_ERRORS.integers;
    // Negative positions count from the end: a first of -3 is the third word from the end, a
    // length of -2 stops at the second word from the end.
    const start = first < 0 ? words.length + first : first - 1;
    const end = length < 0 ? words.length + length + 1 : start + length;
    if (first === 0 || start < 0) return '';
    return words.slice(start, Math.max(start, end)).join(d);
  }),
  listFunction('elements', 2, 4, 2, (words, d, args) => {
    const picked: string[] = [];
    for (const position of splitList(args[1]!)) {
      const index = listIndex(position, words.length);
      if (index !== undefined) picked.push(words[index]!);
    }
    return picked.join(readOutputSeparator(args[3], d));
  }),
  listFunction('member', 2, 3, 2, (words, _d, args) => String(words.indexOf(args[1]!) + 1)),
  listFunction('match', 2, 3, 2, (words, _d, args) => String(words.findIndex((w) => matchesWildcard(w, args[1]!)) + 1)),
  listFunction('matchall', 2, 4, 2, (words, d, args) =>
    words
      .map((w, i) => (matchesWildcard(w, args[1]!) ? String(i + 1) : ''))
      .filter((x) => x !== '')
      .join(readOutputSeparator(args[3], d)),
  ),
  listFunction('remove', 2, 3, 2, (words, d, args) => {
    const result = [...words];
    for (const word of splitList(args[1]!, d)) {
      const at = result.indexOf(word);
      if (at !== -1) result.splice(at, 1);
    }
    return result.join(d);
  }),
  listFunction('linsert', 3, 4, 3, (words, d, args) => insert(words, args[1]!, args[2]!, d)),
  listFunction('lreplace', 3, 5, 3, (words, d, args) => replaceAt(words, args[1]!, args[2]!, readOutputSeparator(args[4], d))),
  listFunction('ldelete', 2, 4, 2, (words, d, args) => {
    const doomed = new Set<number>();
    for (const position of splitList(args[1]!)) {
      const index = listIndex(position, words.length);
      if (index !== undefined) doomed.add(index);
    }
    return words.filter((_w, i) => !doomed.has(i)).join(readOutputSeparator(args[3], d));
  }),
  listFunction('revwords', 1, 3, 1, (words, d, args) => [...words].reverse().join(readOutputSeparator(args[2], d))),
];

/** A 1-based (or negative, from the end) position as a 0-based index, or undefined when outside the list. */
function listIndex(position: string, length: number): number | undefined {
  const n = parseInteger(position);
  if (n === undefined || n === 0) return undefined;
  const index = n > 0 ? n - 1 : length + n;
  return index >= 0 && index < length ? index : undefined;
}

function insert(words: string[], positionText: string, item: string, d: string): string {
  const position = parseInteger(positionText);
  if (position === undefined) return SOFTCODE_ERRORS.integer;
  const result = [...words];
  if (position > 0) {
    if (position > result.length + 1) return words.join(d);
    result.splice(position - 1, 0, item);
  } else if (position < 0) {
    const at = result.length + position + 1;
    if (at < 0) return words.join(d);
    result.splice(at, 0, item);
  } else return words.join(d);
  return result.join(d);
}

function replaceAt(words: string[], positions: string, item: string, osep: string): string {
  const result = [...words];
  for (const position of splitList(positions)) {
    const index = listIndex(position, words.length);
    if (index !== undefined) result[index] = item;
  }
  return result.join(osep);
}

/** wordpos(list, n): which word holds the nth character; delimiters belong to the word before. */
function wordPosition(list: string, nText: string, d: string): string {
  const n = parseInteger(nText);
  if (n === undefined) return SOFTCODE_ERRORS.integer;
  const text = [...list];
  if (n < 1 || n > text.length) return '#-1';
  let word = 1;
  let inDelimiter = false;
  for (let i = 0; i < n; i += 1) {
    if (text[i] === d) inDelimiter = true;
    else if (inDelimiter) {
      word += 1;
      inDelimiter = false;
    }
  }
  return String(word);
}
