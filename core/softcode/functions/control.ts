// Control functions, all lazy so the branch not taken is never evaluated: if ifelse switch
// switchall case caseall, with stext slev and #$ / %$0 for the switched string; null and @@.
import { defineFunction, type FunctionCall, type SoftcodeFunction } from '../function-registry.js';
import { isTrue, parseInteger, parseNumber } from '../numbers.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { matchesWildcard } from '../wildcard.js';
import { wildcardCaptures } from '../wildcard-captures.js';

export const controlFunctions: SoftcodeFunction[] = [
  defineFunction('if', 2, 3, (call) => choose(call), { lazy: true }),
  defineFunction('ifelse', 3, 3, (call) => choose(call), { lazy: true }),
  defineFunction('switch', 2, Infinity, (call) => select(call, { all: false, wildcard: true }), { lazy: true }),
  defineFunction('switchall', 2, Infinity, (call) => select(call, { all: true, wildcard: true }), { lazy: true }),
  defineFunction('case', 2, Infinity, (call) => select(call, { all: false, wildcard: false }), { lazy: true }),
  defineFunction('caseall', 2, Infinity, (call) => select(call, { all: true, wildcard: false }), { lazy: true }),
  defineFunction('stext', 0, 1, ({ args, engine }) => {
    const level = parseInteger(args[0] ?? '0');
    if (level === undefined) return SOFTCODE_ERRORS.integer;
    const text = engine.switches[engine.switches.length - 1 - level];
    return level < 0 || text === undefined ? SOFTCODE_ERRORS.argumentOutOfRange : text;
  }),
  defineFunction('slev', 0, 0, ({ engine }) => String(engine.switches.length - 1)),
  defineFunction('null', 0, Infinity, () => ''),
  defineFunction('@@', 0, Infinity, () => '', { lazy: true }),
];

function choose({ args, engine }: FunctionCall): string {
  if (isTrue(engine.evaluate(args[0]!))) return engine.evaluate(args[1]!);
  return args[2] === undefined ? '' : engine.evaluate(args[2]);
}

function select({ args, engine }: FunctionCall, how: { all: boolean; wildcard: boolean }): string {
  const subject = engine.evaluate(args[0]!);
  engine.switches.push(subject);
  try {
    let out = '';
    let matched = false;
    let i = 1;
    for (; i + 1 < args.length; i += 2) {
      engine.budget.spend();
      const pattern = engine.evaluate(args[i]!);
      if (!(how.wildcard ? switchMatches(subject, pattern) : subject === pattern)) continue;
      matched = true;
      // switch() puts the subject in place of #$, and what each wildcard matched in place of
      // $0-$9, before evaluating; case() does neither.
      const branch = how.wildcard ? withCaptures(args[i + 1]!.split('#$').join(subject), subject, pattern, () => engine.budget.spend()) : args[i + 1]!;
      out += engine.evaluate(branch);
      if (!how.all) return out;
      out = engine.capOutput(out);
    }
    if (!matched && i < args.length) {
      const fallback = how.wildcard ? args[i]!.split('#$').join(subject) : args[i]!;
      return engine.evaluate(fallback);
    }
    return out;
  } finally {
    engine.switches.pop();
  }
}

/** `$0`-`$9` in a switch branch become what the wildcards of its pattern matched. */
function withCaptures(branch: string, subject: string, pattern: string, spend: () => void): string {
  // `%$0` is stext() and `\$0` a literal, so only a bare `$0` is a capture.
  const capture = /(?<![%\\])\$(\d)/g;
  if (!capture.test(branch) || /^[<>]/.test(pattern)) return branch;
  const captures = wildcardCaptures(subject, pattern, spend) ?? [];
  return branch.replace(capture, (_token, digit: string) => captures[Number(digit)] ?? '');
}

/** switch()'s patterns: `>n` and `<n` compare (as numbers when both are), anything else is a wildcard. */
export function switchMatches(subject: string, pattern: string): boolean {
  const first = pattern.charAt(0);
  if (first === '>' || first === '<') {
    const bound = pattern.slice(1);
    const a = parseNumber(subject);
    const b = parseNumber(bound);
    const difference = a !== undefined && b !== undefined && subject.trim() !== '' && bound.trim() !== '' ? a - b : subject < bound ? -1 : subject > bound ? 1 : 0;
    return first === '>' ? difference > 0 : difference < 0;
  }
  return matchesWildcard(subject, pattern);
}
