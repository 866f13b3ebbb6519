// Finding the structure of an expression before it is evaluated: where a bracket, brace or
// parenthesis closes, and where a function's arguments split. Backslash and % escape the next
// character; a closer that does not match the innermost opener is plain text, as in PennMUSH,
// so `(a]b)` is one group. Every character read is charged to the budget.
import type { EvaluationBudget } from './evaluation-budget.js';

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const SCAN_CHARACTERS_PER_STEP = 16;

/** The index of the character closing the opener at `openIndex`, or -1 when it never closes. */
export function findClosing(text: string, openIndex: number, budget: EvaluationBudget): number {
  const opener = text[openIndex];
  if (opener === undefined || CLOSER[opener] === undefined) return -1;
  const stack: string[] = [CLOSER[opener]];
  let braces = opener === '{' ? 1 : 0;
  let i = openIndex + 1;
  for (; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\\' || c === '%') {
      i += 1;
      continue;
    }
    if (c === stack[stack.length - 1]) {
      stack.pop();
      if (c === '}') braces -= 1;
      if (stack.length === 0) break;
      continue;
    }
    // Inside braces only braces nest: `{a(b}` is a brace group holding `a(b`.
    if (c === '{') {
      stack.push('}');
      braces += 1;
    } else if (braces === 0 && (c === '(' || c === '[')) stack.push(CLOSER[c]!);
  }
  // Scanning is work too: a text of many unclosed openers is read once per opener.
  budget.spend(Math.ceil((i - openIndex) / SCAN_CHARACTERS_PER_STEP));
  return stack.length === 0 ? i : -1;
}

/** The arguments of a call whose text between the parentheses is `inner`, split at top-level commas. */
export function splitArguments(inner: string, budget: EvaluationBudget): string[] {
  const args: string[] = [];
  let start = 0;
  let i = 0;
  while (i < inner.length) {
    const c = inner[i]!;
    if (c === '\\' || c === '%') {
      i += 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      const close = findClosing(inner, i, budget);
      i = close === -1 ? i + 1 : close + 1;
      continue;
    }
    if (c === ',') {
      args.push(inner.slice(start, i));
      start = i + 1;
    }
    i += 1;
  }
  args.push(inner.slice(start));
  return args;
}

/** Strips one level of braces around a whole argument (`{a,b}` → `a,b`), as PennMUSH does for lazy arguments it hands over raw. */
export function stripOuterBraces(text: string, budget: EvaluationBudget): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && findClosing(trimmed, 0, budget) === trimmed.length - 1) return trimmed.slice(1, -1);
  return text;
}
