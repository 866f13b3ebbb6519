// One key between the operators: `#12`, `=obj`, `+obj`, `$obj`, `@obj[/type]`, `attr:pattern`,
// `attr/value`, `kind^value`, `me`, `here`, `#true`, `#false` or an object's name. The first
// character decides the prefixed forms; otherwise the first of `:` `/` `^` decides, and a key
// with none of them names an object.
import type { ObjectKind } from '../world-object.js';
import type { BitLockKind, LockKey, LockReference } from './lock-key.js';
import { lockSyntaxError, quoteKeyText } from './lock-key-errors.js';
import { normaliseLockType, type LockType } from './lock-types.js';

/** Where an atom sits in the whole key, so refusals point at the right character. */
export interface AtomPlace {
  readonly key: string;
  /** Index in `key` of the atom's first (non-blank) character. */
  readonly at: number;
}

const ATTRIBUTE_NAME = /^[A-Za-z0-9_.`-]{1,64}$/;
const FLAG_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
const OBJECT_NUMBER = /^#(\d{1,12})$/;
const PREFIXES = { '=': 'is', '+': 'carries', '$': 'owner' } as const;
const OBJECT_TYPES: Readonly<Record<string, ObjectKind>> = { room: 'room', exit: 'exit', thing: 'thing', player: 'character', character: 'character' };
const BIT_KINDS = ['flag', 'power', 'channel', 'name', 'ip', 'hostname'] as const satisfies readonly BitLockKind[];
const SEPARATORS = /[:/^]/;

/** `text` is one trimmed, non-empty atom. */
export function parseLockAtom(text: string, place: AtomPlace): LockKey {
  const lower = text.toLowerCase();
  if (lower === '#true') return { kind: 'true' };
  if (lower === '#false') return { kind: 'false' };
  const first = text[0]!;
  if (first === '=' || first === '+' || first === '$') {
    return { kind: PREFIXES[first], object: reference(afterPrefix(text, place), place, first) };
  }
  if (first === '@') return indirect(afterPrefix(text, place), place);
  const separator = SEPARATORS.exec(text);
  if (separator) return separated(text, separator.index, place);
  return { kind: 'is-or-carries', object: reference({ text, at: place.at }, place) };
}

interface Piece {
  readonly text: string;
  readonly at: number;
}

function afterPrefix(text: string, place: AtomPlace): Piece {
  const rest = text.slice(1);
  const trimmed = rest.trimStart();
  const at = place.at + 1 + (rest.length - trimmed.length);
  if (trimmed === '') throw lockSyntaxError(place.key, at, `"${text[0]}" needs an object after it, such as ${text[0]}me or ${text[0]}#12`);
  return { text: trimmed, at };
}

function reference(piece: Piece, place: AtomPlace, prefix = ''): LockReference {
  const lower = piece.text.toLowerCase();
  if (lower === 'me') return { kind: 'me' };
  if (lower === 'here') return { kind: 'here' };
  if (piece.text.startsWith('#')) {
    const number = OBJECT_NUMBER.exec(piece.text);
    if (!number) {
      const hint = /\s/.test(piece.text) ? '; join two keys with & or |' : '';
      throw lockSyntaxError(place.key, piece.at, `${quoteKeyText(prefix + piece.text)} is not an object number such as #12${hint}`);
    }
    return { kind: 'id', id: Number(number[1]) };
  }
  return { kind: 'name', name: piece.text };
}

function indirect(piece: Piece, place: AtomPlace): LockKey {
  const slash = piece.text.lastIndexOf('/');
  if (slash < 0) return { kind: 'indirect', object: reference(piece, place, '@') };
  const objectText = piece.text.slice(0, slash).trimEnd();
  const typeText = piece.text.slice(slash + 1).trim();
  if (objectText === '') throw lockSyntaxError(place.key, piece.at, '"@" needs an object after it, such as @#12 or @#12/Use');
  if (typeText === '') throw lockSyntaxError(place.key, piece.at + slash + 1, `"/" after ${quoteKeyText(`@${objectText}`)} needs a lock type, such as Use`);
  return { kind: 'indirect', object: reference({ text: objectText, at: piece.at }, place, '@'), lockType: lockTypeIn(typeText, place, piece.at + slash + 1) };
}

function lockTypeIn(text: string, place: AtomPlace, at: number): LockType {
  try {
    return normaliseLockType(text);
  } catch {
    throw lockSyntaxError(place.key, at, `${quoteKeyText(text)} is not a lock type such as Use or Enter`);
  }
}

function separated(text: string, index: number, place: AtomPlace): LockKey {
  const separator = text[index]!;
  const left = text.slice(0, index).trimEnd();
  const rightRaw = text.slice(index + 1);
  const right = rightRaw.trim();
  const rightAt = place.at + index + 1 + (rightRaw.length - rightRaw.trimStart().length);
  if (separator === '^') return bit(left, right, place, rightAt);
  const what = separator === ':' ? 'attribute' : 'evaluation';
  const attribute = attributeName(left, place, `an ${what} lock`);
  if (right === '') {
    throw lockSyntaxError(place.key, rightAt, `${quoteKeyText(left + separator)} needs a ${separator === ':' ? 'pattern' : 'value'} after it, such as ${left}${separator}yes`);
  }
  return { kind: separator === ':' ? 'attribute' : 'evaluation', attribute, pattern: right };
}

function attributeName(text: string, place: AtomPlace, usedIn: string): string {
  if (text === '') throw lockSyntaxError(place.key, place.at, `${usedIn} needs an attribute name, such as SEX:m*`);
  if (!ATTRIBUTE_NAME.test(text)) {
    throw lockSyntaxError(place.key, place.at, `${quoteKeyText(text)} is not an attribute name (letters, digits and _ . - \` only, at most 64)`);
  }
  return text.toUpperCase();
}

function bit(left: string, right: string, place: AtomPlace, rightAt: number): LockKey {
  const kind = left.toLowerCase();
  if (kind === '') throw lockSyntaxError(place.key, place.at, '"^" needs a kind before it, such as flag^ or type^');
  if (right === '') throw lockSyntaxError(place.key, rightAt, `${quoteKeyText(`${left}^`)} needs something after it, such as ${left}^${exampleFor(kind)}`);
  if (kind === 'type') {
    const typeName = right.toLowerCase();
    if (!Object.hasOwn(OBJECT_TYPES, typeName)) {
      throw lockSyntaxError(place.key, rightAt, `${quoteKeyText(right)} is not a type; use room, exit, thing or player`);
    }
    return { kind: 'type', objectType: OBJECT_TYPES[typeName]! };
  }
  if (kind === 'objid') return { kind: 'is', object: reference({ text: right, at: rightAt }, place) };
  if (kind === 'dbreflist') return { kind: 'dbreflist', attribute: attributeName(right, { key: place.key, at: rightAt }, 'a dbreflist lock') };
  const bitKind = BIT_KINDS.find((candidate) => candidate === kind);
  if (!bitKind) {
    throw lockSyntaxError(place.key, place.at, `${quoteKeyText(`${left}^`)} is not a kind of key; use flag^, type^, power^, channel^, name^, dbreflist^, objid^, ip^ or hostname^`);
  }
  if ((bitKind === 'flag' || bitKind === 'power') && !FLAG_NAME.test(right)) {
    throw lockSyntaxError(place.key, rightAt, `${quoteKeyText(right)} is not a ${bitKind} name (letters, digits and _ . - only)`);
  }
  return { kind: 'bit', bit: bitKind, value: bitKind === 'flag' || bitKind === 'power' ? right.toUpperCase() : right };
}

function exampleFor(kind: string): string {
  if (kind === 'type') return 'player';
  if (kind === 'flag') return 'wizard';
  if (kind === 'name') return 'bob*';
  return 'something';
}
