// Command patterns from manifests, such as `page [<target>=]<message>` or `@dig <room>[=<exits>]`:
// the first word is the command itself; `<name>` captures text; `[...]` is optional; other
// characters are literal, and spaces around `=` or `,` are optional for the player.

export interface CompiledPattern {
  /** The pattern as written, shown as usage when input does not fit. */
  usage: string;
  /** Names of the captures, in order. */
  names: string[];
  /** The captured arguments, or null when the text does not fit the pattern. */
  match(rest: string): Record<string, string> | null;
}

export class PatternSyntaxError extends Error {}

const PLACEHOLDER = /^<([a-z][a-z0-9_]{0,31})>/i;

export function compilePattern(pattern: string): CompiledPattern {
  const trimmed = pattern.trim();
  // The command word goes: a whole word (`say`, `@dig`), or just the prefix character (`+`, `"`).
  const body = /^[^\sA-Za-z0-9@]/.test(trimmed) ? trimmed.slice(1).trimStart() : trimmed.replace(/^\S+\s*/, '');
  const names: string[] = [];
  const lastName = [...body.matchAll(/<([a-z][a-z0-9_]{0,31})>/gi)].at(-1)?.[1];
  const regexSource = compileSequence(body, names, lastName);
  const regex = new RegExp(`^${regexSource}$`, 'su');
  return {
    usage: pattern.trim(),
    names,
    match(rest) {
      const found = regex.exec(rest.trim());
      if (!found) return null;
      const args: Record<string, string> = {};
      for (const name of names) {
        const value = found.groups?.[name];
        if (value !== undefined) args[name] = value.trim();
      }
      return args;
    },
  };
}

function compileSequence(text: string, names: string[], lastName: string | undefined): string {
  let source = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const placeholder = PLACEHOLDER.exec(text.slice(i));
    if (placeholder) {
      const name = placeholder[1]!;
      if (names.includes(name)) throw new PatternSyntaxError(`"<${name}>" appears twice`);
      names.push(name);
      source += `(?<${name}>${name === lastName ? '.+' : captureUpTo(text[i + placeholder[0].length])})`;
      i += placeholder[0].length;
    } else if (char === '[') {
      const end = findClosingBracket(text, i);
      source += `(?:${compileSequence(text.slice(i + 1, end), names, lastName)})?`;
      i = end + 1;
    } else if (char === ']' || char === '<' || char === '>') {
      throw new PatternSyntaxError(`unexpected "${char}" at position ${i + 1}`);
    } else if (/\s/.test(char)) {
      source += '\\s+';
      while (i < text.length && /\s/.test(text[i]!)) i += 1;
    } else if (char === '=' || char === ',') {
      source += `\\s*${char}\\s*`;
      i += 1;
    } else {
      source += char.replace(/[.*+?^${}()|\\/-]/g, '\\$&');
      i += 1;
    }
  }
  return source;
}

/**
 * The last capture takes everything left. An earlier one stops at the character that follows it,
 * which keeps matching linear: lazy `.+?` captures in a row backtrack polynomially on hostile input.
 */
function captureUpTo(next: string | undefined): string {
  const separator = next === '[' ? undefined : next;
  if (separator === undefined) return '.+?';
  if (/\s/.test(separator)) return '\\S+';
  return `[^${separator.replace(/[\]\\^-]/g, '\\$&')}]+`;
}

function findClosingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '[') depth += 1;
    else if (text[i] === ']') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  throw new PatternSyntaxError(`"[" at position ${open + 1} is never closed`);
}
