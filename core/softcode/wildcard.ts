// PennMUSH's wildcard patterns for switch(), match() and strmatch(): `*` any run, `?` one
// character, `\` makes the next character literal; matching ignores case. Backtracking is bounded
// by walking the text once per `*` at most (the classic two-pointer match), so no pattern can
// make it exponential.

export function matchesWildcard(text: string, pattern: string): boolean {
  const t = [...text.toLowerCase()];
  const p = tokenize(pattern.toLowerCase());
  let ti = 0;
  let pi = 0;
  let starPi = -1;
  let starTi = 0;
  while (ti < t.length) {
    const token = p[pi];
    if (token !== undefined && token.kind === 'star') {
      starPi = pi;
      starTi = ti;
      pi += 1;
    } else if (token !== undefined && (token.kind === 'any' || token.char === t[ti])) {
      pi += 1;
      ti += 1;
    } else if (starPi !== -1) {
      pi = starPi + 1;
      starTi += 1;
      ti = starTi;
    } else {
      return false;
    }
  }
  while (p[pi]?.kind === 'star') pi += 1;
  return pi === p.length;
}

type PatternToken = { kind: 'star' } | { kind: 'any' } | { kind: 'char'; char: string };

function tokenize(pattern: string): (PatternToken & { char?: string })[] {
  const chars = [...pattern];
  const tokens: (PatternToken & { char?: string })[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '\\' && i + 1 < chars.length) {
      i += 1;
      tokens.push({ kind: 'char', char: chars[i]! });
    } else tokens.push({ kind: 'char', char: c });
  }
  return tokens;
}
