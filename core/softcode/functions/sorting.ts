// Sorting and sets as PennMUSH does them: sort() guesses the sort type (numbers, dbrefs, else
// words) unless told (a: case-sensitive words, i: any case, d: dbrefs, n: integers, f: numbers);
// setunion setinter setdiff return sorted lists without duplicates.
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { isNumber, parseNumber } from '../numbers.js';
import { readDelimiter, readOutputSeparator, splitList } from '../word-lists.js';

export type SortType = 'a' | 'i' | 'd' | 'n' | 'f';

export const sortingFunctions: SoftcodeFunction[] = [
  defineFunction('sort', 1, 4, ({ args, engine }) => {
    const read = readDelimiter(args[2]);
    if ('error' in read) return read.error;
    const words = splitList(args[0]!, read.delimiter);
    engine.budget.spend(sortCost(words.length));
    return sortWords(words, sortType(args[1], words)).join(readOutputSeparator(args[3], read.delimiter));
  }),
  setFunction('setunion', (a, b) => [...a, ...b]),
  setFunction('setinter', (a, b) => {
    const other = new Set(b);
    return a.filter((w) => other.has(w));
  }),
  setFunction('setdiff', (a, b) => {
    const other = new Set(b);
    return a.filter((w) => !other.has(w));
  }),
];

function setFunction(name: string, combine: (a: string[], b: string[]) => string[]): SoftcodeFunction {
  return defineFunction(name, 2, 5, ({ args, engine }) => {
    const read = readDelimiter(args[2]);
    if ('error' in read) return read.error;
    const a = splitList(args[0]!, read.delimiter);
    const b = splitList(args[1]!, read.delimiter);
    engine.budget.spend(sortCost(a.length + b.length));
    const combined = combine(a, b);
    const type = args[3] === undefined || args[3] === '' ? 'a' : sortType(args[3], combined);
    const sorted = sortWords(combined, type);
    const unique = sorted.filter((w, i) => i === 0 || compareWords(sorted[i - 1]!, w, type) !== 0);
    return unique.join(readOutputSeparator(args[4], read.delimiter));
  });
}

/** Steps a sort of n words is charged: about one per four comparisons. */
export function sortCost(n: number): number {
  return n < 2 ? 0 : Math.ceil((n * Math.log2(n)) / 4);
}

/** The sort type asked for, or the one the words suggest. */
export function sortType(asked: string | undefined, words: readonly string[]): SortType {
  const letter = (asked ?? '').trim().toLowerCase().charAt(0);
  if (letter === 'a' || letter === 'i' || letter === 'd' || letter === 'n' || letter === 'f') return letter;
  if (words.length > 0 && words.every(isNumber)) return 'f';
  if (words.length > 0 && words.every((w) => /^#-?\d+$/.test(w))) return 'd';
  return 'a';
}

export function sortWords(words: readonly string[], type: SortType): string[] {
  return [...words].sort((a, b) => compareWords(a, b, type));
}

export function compareWords(a: string, b: string, type: SortType): number {
  switch (type) {
    case 'n':
    case 'f':
      return (parseNumber(a) ?? 0) - (parseNumber(b) ?? 0);
    case 'd':
      return Number(a.replace('#', '')) - Number(b.replace('#', ''));
    case 'i': {
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'a':
      return a < b ? -1 : a > b ? 1 : 0;
  }
}
