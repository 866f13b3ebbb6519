// Command patterns from manifests, such as `page [<target>=]<message>` or `@dig <room>[=<exits>]`:
// the first word is the command itself; `<name>` captures text; `[...]` is optional; other
// characters are literal, and spaces around `=` or `,` are optional for the player.
//
// Players type lines of up to several kilobytes, and matching runs on the server's one thread, so
// the regular expression built here must never try a quadratic number of ways to split a line.
// Captures are therefore taken whole where their end is marked (atomic groups), a capture may not
// touch another, and no two whitespace matchers sit side by side.
import { PatternSyntaxError } from '../errors.js';

export { PatternSyntaxError };

export interface CompiledPattern {
  /** The pattern as written, shown as usage when input does not fit. */
  usage: string;
  /** Names of the captures, in order. */
  names: string[];
  /** The captured arguments, or null when the text does not fit the pattern. */
  match(rest: string): Record<string, string> | null;
}

const PLACEHOLDER = /^<([a-z][a-z0-9_]{0,31})>/i;

export function compilePattern(pattern: string): CompiledPattern {
  const trimmed = pattern.trim();
  // The command word goes: a whole word (`say`, `@dig`, `+bbread`), or just the prefix character
  // (`+` of `+<channel> <message>`, `"`).
  const body = isPrefixPattern(trimmed) ? trimmed.slice(1).trimStart() : trimmed.replace(/^\S+\s*/, '');
  const names: string[] = [];
  const lastName = [...body.matchAll(/<([a-z][a-z0-9_]{0,31})>/gi)].at(-1)?.[1];
  const regex = compileRegex(compileSequence(body, { after: '', previous: 'start' }, { names, lastName, helpers: 0 }));
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

/** Whether the pattern starts with a one-character prefix (`+<channel>`) rather than a word (`+bbread`). */
function isPrefixPattern(pattern: string): boolean {
  return /^[^\sA-Za-z0-9@]/.test(pattern) && !/^\+[A-Za-z][A-Za-z0-9_-]*(\s|$)/.test(pattern);
}

interface CompileState {
  names: string[];
  lastName: string | undefined;
  /** Helper groups made so far, for unique names. */
  helpers: number;
}

/** What a piece of pattern text was compiled to, as far as its neighbours care. */
type Element = 'start' | 'capture' | 'space' | 'other';

interface Surroundings {
  /** The pattern text that follows this sequence (past the `]` of its optional part). */
  after: string;
  /** What comes just before this sequence. */
  previous: Element;
}

function compileSequence(text: string, surroundings: Surroundings, state: CompileState): string {
  let source = '';
  let previous = surroundings.previous;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const placeholder = PLACEHOLDER.exec(text.slice(i));
    if (placeholder) {
      const name = placeholder[1]!;
      if (state.names.includes(name)) throw new PatternSyntaxError(`"<${name}>" appears twice`);
      state.names.push(name);
      i += placeholder[0].length;
      source += capture(name, text.slice(i) + surroundings.after, name === state.lastName);
      previous = 'capture';
    } else if (char === '[') {
      const end = findClosingBracket(text, i);
      const inner = compileSequence(text.slice(i + 1, end), { after: text.slice(end + 1) + surroundings.after, previous }, state);
      source += `(?:${inner})?`;
      i = end + 1;
      previous = 'other';
    } else if (char === ']' || char === '<' || char === '>') {
      throw new PatternSyntaxError(`unexpected "${char}" at position ${i + 1}`);
    } else if (/\s/.test(char)) {
      while (i < text.length && /\s/.test(text[i]!)) i += 1;
      source += '\\s+';
      previous = 'space';
    } else if (isSeparator(char)) {
      i += 1;
      source += separator(char, previous, text.slice(i), state);
      previous = 'other';
    } else {
      // Only syntax characters are escaped: in Unicode mode `\-` and other needless escapes are errors.
      source += char.replace(/[.*+?^${}()|\\/]/g, '\\$&');
      i += 1;
      previous = 'other';
    }
  }
  return source;
}

/**
 * `=` or `,` with optional spaces around it. Spaces are not matched again where a neighbour
 * already takes them: a capture before it (captures are trimmed), a space in the pattern, or a
 * capture after it, which gets the spaces all at once.
 */
function separator(char: string, previous: Element, following: string, state: CompileState): string {
  const before = previous === 'capture' || previous === 'space' ? '' : '\\s*';
  let after = '\\s*';
  if (/^\s/.test(following)) after = '';
  else if (PLACEHOLDER.test(following)) after = atomic(`_s${state.helpers++}`, '\\s*');
  return `${before}${char}${after}`;
}

/**
 * A capture with something required after it stops where that may start (a character, or a space,
 * counting the starts of optional parts in between), may not hold it, and takes its text at once:
 * no shorter capture could fit either, so the regex is kept from trying each one. A capture
 * followed only by optional parts up to the end takes everything left (the last one) or is lazy
 * (`<room>[=<exits>]`), holding anything when those parts are left out. Trying each length stays
 * linear only while those parts, once started, cannot fail far along, so a lazy capture is allowed
 * only when no capture in them stops at a character.
 */
function capture(name: string, following: string, last: boolean): string {
  const starts = startsOf(following);
  // Nothing could tell where the first of two touching captures ends.
  if (starts.capture) throw new PatternSyntaxError(`"<${name}>" needs a space or a character before the capture that may follow it`);
  if (starts.optionalOnly && !holdsStoppingCapture(following, '')) return last ? `(?<${name}>.+)` : `(?<${name}>.+?)`;
  const excluded = starts.characters.map((character) => character.replace(/[\]\\^-]/g, '\\$&')).join('') + (starts.space ? '\\s' : '');
  return atomic(name, `[^${excluded}]+`);
}

interface Starts {
  /** Characters the text may start with. */
  characters: string[];
  space: boolean;
  capture: boolean;
  /** Nothing but optional parts: the text may match nothing at all. */
  optionalOnly: boolean;
}

/** What pattern text may start with: optional parts may be left out, so each one's start counts. */
function startsOf(text: string): Starts {
  const starts: Starts = { characters: [], space: false, capture: false, optionalOnly: true };
  let rest = text;
  while (rest.startsWith('[')) {
    const end = findClosingBracket(rest, 0);
    const inner = startsOf(rest.slice(1, end));
    starts.characters.push(...inner.characters);
    starts.space ||= inner.space;
    starts.capture ||= inner.capture;
    rest = rest.slice(end + 1);
  }
  if (rest.length === 0) return starts;
  starts.optionalOnly = false;
  if (PLACEHOLDER.test(rest)) starts.capture = true;
  else if (/^\s/.test(rest)) starts.space = true;
  else starts.characters.push(String.fromCodePoint(rest.codePointAt(0)!));
  return starts;
}

/** Whether some capture in the text has something required after it (so it stops at a character). */
function holdsStoppingCapture(text: string, after: string): boolean {
  let i = 0;
  while (i < text.length) {
    const placeholder = PLACEHOLDER.exec(text.slice(i));
    if (placeholder) {
      i += placeholder[0].length;
      if (!startsOf(text.slice(i) + after).optionalOnly) return true;
    } else if (text[i] === '[') {
      const end = findClosingBracket(text, i);
      if (holdsStoppingCapture(text.slice(i + 1, end), text.slice(end + 1) + after)) return true;
      i = end + 1;
    } else {
      i += 1;
    }
  }
  return false;
}

/** `(?=(?<name>body))\k<name>`: matches what `body` matches first, and never gives any of it back. */
function atomic(name: string, body: string): string {
  return `(?=(?<${name}>${body}))\\k<${name}>`;
}

function isSeparator(char: string | undefined): boolean {
  return char === '=' || char === ',';
}

function compileRegex(source: string): RegExp {
  try {
    return new RegExp(`^${source}$`, 'su');
  } catch (error) {
    // A manifest's pattern must never stop a plugin set from loading with a bare SyntaxError.
    throw new PatternSyntaxError(`cannot be matched: ${(error as Error).message}`);
  }
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
