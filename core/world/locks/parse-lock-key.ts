// Reads a lock key as a builder types it (`#12 & +Bathroom Key | !flag^wizard`) into a tree.
// Precedence is PennMUSH's: `!` binds tightest, then `&`, then `|`; parentheses group; blanks
// around keys and operators are ignored. Names stay as typed: resolve-lock-key.ts finds them.
// Every refusal is a LockKeyError saying where the key broke; the limits in lock-limits.ts are
// checked as it reads, so no key can exhaust the stack.
import type { LockKey } from './lock-key.js';
import { lockSyntaxError, lockTooComplexError, quoteKeyText } from './lock-key-errors.js';
import { MAX_LOCK_KEY_LENGTH, MAX_LOCK_NESTING, MAX_LOCK_NODES } from './lock-limits.js';
import { parseLockAtom } from './parse-lock-atom.js';

// Control characters could rewrite a screen when the key is shown; lone surrogates are not text.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/u;
const OPERATORS = '&|()';
const BLANK = /\s/;

/** Parses `text` (a whole key); throws LockKeyError (E_LOCK_SYNTAX or E_LOCK_TOO_COMPLEX). */
export function parseLockKey(text: string): LockKey {
  // Measured before normalising (so a huge key costs nothing) and after (NFC may lengthen it).
  const key = tooLong(text) ? text : text.normalize('NFC');
  if (tooLong(key)) {
    throw lockTooComplexError(MAX_LOCK_KEY_LENGTH, `it is ${key.length} characters long, and a key may be at most ${MAX_LOCK_KEY_LENGTH}`);
  }
  const forbidden = FORBIDDEN.exec(key);
  if (forbidden) throw lockSyntaxError(key, forbidden.index, 'a key may not hold control characters (tab, newline, escape)');
  return new KeyReader(key).readWhole();
}

function tooLong(text: string): boolean {
  return text.length > MAX_LOCK_KEY_LENGTH;
}

/** What came just before the key being read, for saying what is missing. */
type Before = '&' | '|' | '!' | '(' | undefined;

class KeyReader {
  private position = 0;
  private nesting = 0;
  private nodes = 0;

  constructor(private readonly key: string) {}

  readWhole(): LockKey {
    this.skipBlanks();
    if (this.position === this.key.length) throw lockSyntaxError(this.key, 0, 'the key is empty (@unlock removes a lock)');
    const tree = this.readOr(undefined);
    this.skipBlanks();
    if (this.position < this.key.length) {
      const character = this.key[this.position]!;
      throw lockSyntaxError(
        this.key,
        this.position,
        character === ')' ? '")" closes no "("' : `${quoteKeyText(character)} cannot follow a key here; join keys with & or |`,
      );
    }
    return tree;
  }

  private readOr(before: Before): LockKey {
    const operands = [this.readAnd(before)];
    while (this.takeOperator('|')) operands.push(this.readAnd('|'));
    return operands.length === 1 ? operands[0]! : this.count({ kind: 'or', operands });
  }

  private readAnd(before: Before): LockKey {
    const operands = [this.readUnary(before)];
    while (this.takeOperator('&')) operands.push(this.readUnary('&'));
    return operands.length === 1 ? operands[0]! : this.count({ kind: 'and', operands });
  }

  private readUnary(before: Before): LockKey {
    this.skipBlanks();
    const start = this.position;
    const character = this.key[start];
    if (character === '!') {
      this.position += 1;
      this.enter(start);
      const operand = this.readUnary('!');
      this.nesting -= 1;
      return this.count({ kind: 'not', operand });
    }
    if (character === '(') {
      this.position += 1;
      this.enter(start);
      const inner = this.readOr('(');
      this.skipBlanks();
      if (this.key[this.position] !== ')') {
        throw lockSyntaxError(this.key, this.position, `the "(" at character ${start + 1} is never closed with ")"`);
      }
      this.position += 1;
      this.nesting -= 1;
      return inner;
    }
    if (character === undefined || character === '&' || character === '|' || character === ')') {
      throw lockSyntaxError(this.key, start, missingKey(before, character));
    }
    return this.count(this.readAtom());
  }

  private readAtom(): LockKey {
    const start = this.position;
    while (this.position < this.key.length && !OPERATORS.includes(this.key[this.position]!)) this.position += 1;
    const raw = this.key.slice(start, this.position);
    const text = raw.trim();
    return parseLockAtom(text, { key: this.key, at: start + (raw.length - raw.trimStart().length) });
  }

  private takeOperator(operator: '&' | '|'): boolean {
    this.skipBlanks();
    if (this.key[this.position] !== operator) return false;
    this.position += 1;
    return true;
  }

  private skipBlanks(): void {
    while (this.position < this.key.length && BLANK.test(this.key[this.position]!)) this.position += 1;
  }

  private enter(at: number): void {
    this.nesting += 1;
    if (this.nesting > MAX_LOCK_NESTING) {
      throw lockTooComplexError(at, `it nests parentheses and "!" more than ${MAX_LOCK_NESTING} deep`);
    }
  }

  private count(node: LockKey): LockKey {
    this.nodes += 1;
    if (this.nodes > MAX_LOCK_NODES) {
      throw lockTooComplexError(this.position, `it holds more than ${MAX_LOCK_NODES} keys and operators`);
    }
    return node;
  }
}

function missingKey(before: Before, found: string | undefined): string {
  if (before === '(' && found === ')') return 'the parentheses hold no key';
  if (before !== undefined) return `"${before}" has no key after it`;
  if (found === ')') return '")" closes no "("';
  return `"${found}" has no key before it`;
}
