// Picking from and reshaping lists: grab graball index items unique splice itemize setsymdiff.
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { matchesWildcard } from '../wildcard.js';
import { readDelimiter, readOutputSeparator, splitList } from '../word-lists.js';
import { readIntegers } from './argument-readers.js';
import { compareWords, sortType } from './sorting.js';

export const listSelectionFunctions: SoftcodeFunction[] = [
  defineFunction('grab', 2, 3, ({ args }) => {
    const read = readDelimiter(args[2]);
    if ('error' in read) return read.error;
    return splitList(args[0]!, read.delimiter).find((word) => matchesWildcard(word, args[1]!)) ?? '';
  }),
  defineFunction('graball', 2, 4, ({ args }) => {
    const read = readDelimiter(args[2]);
    if ('error' in read) return read.error;
    const found = splitList(args[0]!, read.delimiter).filter((word) => matchesWildcard(word, args[1]!));
    return found.join(readOutputSeparator(args[3], read.delimiter));
  }),
  defineFunction('index', 4, 4, ({ args }) => {
    const numbers = readIntegers([args[2]!, args[3]!]);
    if (typeof numbers === 'string') return numbers;
    const [first, length] = numbers as [number, number];
    const delimiter = args[1] === '' ? ' ' : [...args[1]!][0]!;
    if (first < 1 || length < 1) return '';
    return args[0]!.split(delimiter).slice(first - 1, first - 1 + length).join(delimiter).trim();
  }),
  defineFunction('items', 1, 2, ({ args }) => {
    const delimiter = args[1] === undefined || args[1] === '' ? ' ' : args[1];
    return String(args[0]!.split(delimiter).length);
  }),
  defineFunction('unique', 1, 4, ({ args }) => {
    const read = readDelimiter(args[2]);
    if ('error' in read) return read.error;
    const words = splitList(args[0]!, read.delimiter);
    const type = sortType(args[1], words);
    const kept = words.filter((word, i) => i === 0 || compareWords(words[i - 1]!, word, type) !== 0);
    return kept.join(readOutputSeparator(args[3], read.delimiter));
  }),
  defineFunction('splice', 3, 4, ({ args }) => {
    const read = readDelimiter(args[3]);
    if ('error' in read) return read.error;
    const first = splitList(args[0]!, read.delimiter);
    const second = splitList(args[1]!, read.delimiter);
    if (first.length !== second.length) return '#-1 NUMBER OF WORDS MUST BE EQUAL';
    return first.map((word, i) => (word === args[2] ? second[i]! : word)).join(read.delimiter);
  }),
  defineFunction('itemize', 1, 4, ({ args }) => {
    const read = readDelimiter(args[1]);
    if ('error' in read) return read.error;
    const words = splitList(args[0]!, read.delimiter);
    const conjunction = args[2] === undefined || args[2] === '' ? 'and' : args[2];
    const punctuation = args[3] === undefined || args[3] === '' ? ',' : args[3];
    if (words.length <= 1) return words.join('');
    if (words.length === 2) return `${words[0]} ${conjunction} ${words[1]}`;
    return `${words.slice(0, -1).join(`${punctuation} `)}${punctuation} ${conjunction} ${words[words.length - 1]}`;
  }),
  defineFunction('setsymdiff', 2, 5, ({ args, engine }) => {
    const read = readDelimiter(args[2]);
    if ('error' in read) return read.error;
    const a = splitList(args[0]!, read.delimiter);
    const b = splitList(args[1]!, read.delimiter);
    const inA = new Set(a);
    const inB = new Set(b);
    const combined = [...a.filter((w) => !inB.has(w)), ...b.filter((w) => !inA.has(w))];
    const type = args[3] === undefined || args[3] === '' ? 'a' : sortType(args[3], combined);
    engine.budget.spend(combined.length);
    const sorted = [...combined].sort((x, y) => compareWords(x, y, type));
    const unique = sorted.filter((w, i) => i === 0 || compareWords(sorted[i - 1]!, w, type) !== 0);
    return unique.join(readOutputSeparator(args[4], read.delimiter));
  }),
];
