// How attribute, evaluation, name and host keys compare a value with the builder's pattern:
// `*` matches any run of characters, `?` any one, `\` makes the next character literal, and case
// is ignored. An attribute or evaluation pattern that starts with `<` or `>` compares instead
// (`icname:<g`): as numbers when both sides are numbers, otherwise as text ignoring case.
// Matching is iterative with one backtrack point: at worst pattern length × value length steps,
// never exponential.

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/;

/** `pattern` against `value` with `*`, `?` and `\`, ignoring case. */
export function matchesWildcard(pattern: string, value: string): boolean {
  const wanted = Array.from(pattern.toLowerCase());
  const text = Array.from(value.toLowerCase());
  let p = 0;
  let t = 0;
  let starAt = -1;
  let textAtStar = 0;
  while (t < text.length) {
    const token = wanted[p];
    if (token === '*') {
      starAt = p;
      textAtStar = t;
      p += 1;
      continue;
    }
    const escaped = token === '\\' && p + 1 < wanted.length;
    const literal = escaped ? wanted[p + 1] : token;
    if (literal !== undefined && (literal === text[t] || (!escaped && literal === '?'))) {
      p += escaped ? 2 : 1;
      t += 1;
      continue;
    }
    if (starAt < 0) return false;
    // Let the last star swallow one more character and try again from just after it.
    p = starAt + 1;
    textAtStar += 1;
    t = textAtStar;
  }
  while (wanted[p] === '*') p += 1;
  return p === wanted.length;
}

/** An attribute or evaluation key's test: `<x` and `>x` compare, anything else is a wildcard. */
export function matchesLockValue(pattern: string, value: string): boolean {
  const first = pattern[0];
  if (first !== '<' && first !== '>') return matchesWildcard(pattern, value);
  const bound = pattern.slice(1);
  const order = NUMBER.test(bound) && NUMBER.test(value) ? Math.sign(Number(value) - Number(bound)) : compareText(value, bound);
  return first === '<' ? order < 0 : order > 0;
}

function compareText(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}
