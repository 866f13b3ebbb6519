// Reading action lists and command lines as PennMUSH does: `a;b;{c;d}` splits at top-level
// semicolons (braces, brackets and parentheses keep theirs, `\` and `%` escape), a command in
// braces loses them, and `@cmd/switch left=right` splits at the first top-level `=`.
import { EvaluationBudget, LimitReached } from '../evaluation-budget.js';
import { findClosing } from '../expression-scanner.js';
import { resolveSoftcodeLimits } from '../softcode-limits.js';

/** Scanning work one split may do: hostile nesting (ten thousand unclosed braces) costs milliseconds, then reads as text. */
const SPLIT_LIMITS = resolveSoftcodeLimits({ maxSteps: 50_000 });

/** The commands of an action list, trimmed, empty ones dropped. */
export function splitActionList(text: string): string[] {
  // `{a;b}` handed over whole (by @switch, @wait, @dolist) is the list `a;b`.
  const whole = stripBraces(text.trim());
  if (whole !== text.trim()) return splitActionList(whole);
  return splitTopLevel(text, ';')
    .map((command) => stripBraces(command.trim()))
    .filter((command) => command !== '');
}

/** Splits at every top-level `separator` (or only the first, with `once`). */
export function splitTopLevel(text: string, separator: string, once = false): string[] {
  try {
    return splitWithin(text, separator, once, new EvaluationBudget(SPLIT_LIMITS));
  } catch (error) {
    if (error instanceof LimitReached) return [text];
    throw error;
  }
}

function splitWithin(text: string, separator: string, once: boolean, budget: EvaluationBudget): string[] {
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' || c === '%') {
      i += 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      const close = findClosing(text, i, budget);
      i = close === -1 ? i + 1 : close + 1;
      continue;
    }
    if (c === separator && !(once && parts.length === 1)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    i += 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/** `{say hi}` → `say hi`; anything not wholly in one pair of braces is unchanged. */
export function stripBraces(text: string): string {
  if (!text.startsWith('{')) return text;
  try {
    const close = findClosing(text, 0, new EvaluationBudget(SPLIT_LIMITS));
    return close === text.length - 1 ? text.slice(1, -1).trim() : text;
  } catch (error) {
    if (error instanceof LimitReached) return text;
    throw error;
  }
}

export interface CommandLine {
  /** The command word, lower case, without switches (`@dolist`). */
  readonly name: string;
  /** Switches, lower case (`delimit`). */
  readonly switches: readonly string[];
  /** Everything after the command word, untouched. */
  readonly rest: string;
  /** `rest` split at the first top-level `=`: the left side, and the right one when there is an `=`. */
  readonly left: string;
  readonly right: string | undefined;
}

export function parseCommandLine(line: string): CommandLine {
  const trimmed = line.trim();
  const space = trimmed.search(/\s/);
  const word = space === -1 ? trimmed : trimmed.slice(0, space);
  const rest = space === -1 ? '' : trimmed.slice(space + 1).trim();
  const [name = '', ...switches] = word.toLowerCase().split('/');
  const [left = '', right] = splitTopLevel(rest, '=', true);
  return { name, switches, rest, left: left.trim(), right: right?.trim() };
}
