// PennMUSH's %-substitutions: given the text at a `%`, what it stands for and how many characters
// it used. Unknown letters stand for themselves (`%z` is `z`), as PennMUSH prints them.
import { colourEscape } from './colour-codes.js';
import type { SoftcodePronouns } from './softcode-context.js';
import type { SoftcodeEngine } from './softcode-engine.js';

export interface Substitution {
  readonly text: string;
  /** Characters consumed, the `%` included. */
  readonly length: number;
}

const NEUTER: SoftcodePronouns = { subjective: 'it', objective: 'it', possessive: 'its', absolute: 'its' };

/** The substitution starting at text[at] (a `%`). */
export function substitute(engine: SoftcodeEngine, text: string, at: number, command: string): Substitution {
  const code = text[at + 1];
  if (code === undefined) return { text: '', length: 1 };
  const { frame } = engine;
  const done = (value: string, length = 2): Substitution => ({ text: value, length });
  if (code >= '0' && code <= '9') return done(frame.args[Number(code)] ?? '');
  switch (code) {
    case 'q':
    case 'Q':
      return registerSubstitution(engine, text, at);
    case '#':
      return done(dbref(frame.enactor));
    case '!':
      return done(dbref(frame.executor));
    case '@':
      return done(dbref(frame.caller));
    case '+':
      return done(String(frame.args.length));
    case 'n':
    case 'k':
      return done(engine.context.object(frame.enactor)?.name ?? '');
    case 'N':
    case 'K':
      return done(capitalise(engine.context.object(frame.enactor)?.name ?? ''));
    case 'r':
    case 'R':
      return done('\n');
    case 't':
    case 'T':
      return done('\t');
    case 'b':
    case 'B':
      return done(' ');
    case '%':
      return done('%');
    case 'l':
    case 'L': {
      const location = engine.context.object(frame.enactor)?.location;
      return done(location === undefined ? '#-1' : dbref(location));
    }
    case 'c':
    case 'C':
    case 'u':
    case 'U':
      return done(command);
    case '?':
      return done(`${engine.budget.invocations} ${engine.budget.functionDepth}`);
    case 'i':
    case 'I':
      return loopSubstitution(text, at, engine.iterations.map((turn) => turn.item));
    case '$':
      return loopSubstitution(text, at, engine.switches);
    case 'x':
    case 'X':
      return colourSubstitution(text, at);
    case 'v':
    case 'V':
    case 'w':
    case 'W': {
      // %va-%vz and %wa-%wz read the executor's VA-VZ / WA-WZ attributes, unevaluated.
      const letter = text[at + 2];
      if (letter === undefined || !/[A-Za-z]/.test(letter)) return done(code);
      const read = engine.readAttribute(`${code}${letter}`);
      return done('text' in read ? read.text : '', 3);
    }
  }
  const pronoun = pronounSubstitution(engine, code);
  if (pronoun !== undefined) return done(pronoun);
  return done(code);
}

export function dbref(id: number): string {
  return `#${id}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pronounSubstitution(engine: SoftcodeEngine, code: string): string | undefined {
  const lower = code.toLowerCase();
  const field = ({ s: 'subjective', o: 'objective', p: 'possessive', a: 'absolute' } as const)[lower as 's' | 'o' | 'p' | 'a'];
  if (field === undefined) return undefined;
  const pronouns = engine.context.object(engine.frame.enactor)?.pronouns ?? NEUTER;
  const word = pronouns[field];
  return code === lower ? word : capitalise(word);
}

function registerSubstitution(engine: SoftcodeEngine, text: string, at: number): Substitution {
  const next = text[at + 2];
  if (next === undefined) return { text: '', length: 2 };
  if (next === '<') {
    const close = text.indexOf('>', at + 3);
    if (close === -1) return { text: '', length: 3 };
    return { text: engine.registers.get(text.slice(at + 3, close)), length: close - at + 1 };
  }
  return { text: engine.registers.get(next), length: 3 };
}

/** %i0-%i9 (iter words, innermost = 0) and %$0-%$9 (switch strings); %iL is the outermost. */
function loopSubstitution(text: string, at: number, stack: readonly string[]): Substitution {
  const which = text[at + 2];
  if (which === undefined) return { text: '', length: 2 };
  if (which === 'L' || which === 'l') return { text: stack[0] ?? '', length: 3 };
  if (which < '0' || which > '9') return { text: '', length: 3 };
  return { text: stack[stack.length - 1 - Number(which)] ?? '', length: 3 };
}

/** %xr: a colour letter (colour-codes.ts); %x<red> names and hex colours produce nothing yet. */
function colourSubstitution(text: string, at: number): Substitution {
  const next = text[at + 2];
  if (next === undefined) return { text: '', length: 2 };
  if (next === '<') {
    const close = text.indexOf('>', at + 3);
    return { text: '', length: close === -1 ? 3 : close - at + 1 };
  }
  return { text: colourEscape(next), length: 3 };
}
