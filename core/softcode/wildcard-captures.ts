// Wildcard matching that also says what each `*` and `?` matched, for switch()'s $0-$9 and
// strmatch()'s registers. It backtracks (each `*` tries the shortest match first, as PennMUSH's
// does), so every attempt is charged through `spend`: a pathological pattern runs out of budget
// instead of time.
import { matchesWildcard } from './wildcard.js';

/** The captures (one per `*` or `?`, in order), or undefined when the text does not match. */
export function wildcardCaptures(text: string, pattern: string, spend: () => void): string[] | undefined {
  // The linear matcher answers "no" cheaply; only a text that matches is walked for captures.
  if (!matchesWildcard(text, pattern)) return undefined;
  const t = [...text];
  const p = [...pattern];
  const captures: string[] = [];
  // Recursion happens only at a `*`; literals and `?` advance in the loop.
  const walk = (start: number, patternStart: number): boolean => {
    const mark = captures.length;
    let ti = start;
    let pi = patternStart;
    const fail = (): boolean => {
      captures.length = mark;
      return false;
    };
    while (pi < p.length) {
      spend();
      const c = p[pi]!;
      if (c === '*') {
        for (let end = ti; end <= t.length; end += 1) {
          captures.push(t.slice(ti, end).join(''));
          if (walk(end, pi + 1)) return true;
          captures.pop();
        }
        return fail();
      }
      if (ti === t.length) return fail();
      if (c === '?') {
        captures.push(t[ti]!);
        ti += 1;
        pi += 1;
        continue;
      }
      const escaped = c === '\\' && pi + 1 < p.length;
      const literal = escaped ? p[pi + 1]! : c;
      if (literal.toLowerCase() !== t[ti]!.toLowerCase()) return fail();
      ti += 1;
      pi += escaped ? 2 : 1;
    }
    return ti === t.length ? true : fail();
  };
  return walk(0, 0) ? captures : undefined;
}
