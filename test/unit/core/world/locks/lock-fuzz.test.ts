// Fuzzing the lock language with a seeded generator, so every failure can be replayed: random
// text and mutated real keys never make the parser throw anything but LockKeyError, and what it
// accepts writes back to text that reads as the same tree; random well-formed trees write to
// text that reads back equal and evaluates the same.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LockKeyError } from '../../../../../core/errors.js';
import { evaluateLock } from '../../../../../core/world/locks/evaluate-lock.js';
import type { LockKey, LockNode, LockReference, ResolvedReference } from '../../../../../core/world/locks/lock-key.js';
import type { LockType } from '../../../../../core/world/locks/lock-types.js';
import { parseLockKey } from '../../../../../core/world/locks/parse-lock-key.js';
import { resolveLockKey } from '../../../../../core/world/locks/resolve-lock-key.js';
import { unparseLockKey } from '../../../../../core/world/locks/unparse-lock-key.js';
import { FixtureWorld } from './lock-world-fixture.js';

const SEED = 0x1ea7c0de;

/** xorshift32: small, fast and the same on every machine. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x1_0000_0000;
  }

  below(limit: number): number {
    return Math.floor(this.next() * limit);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

const PIECES = ['#', '1', '2', '12', '=', '+', '$', '@', '!', '&', '|', '(', ')', ' ', '  ', ':', '/', '^', '*', '?', '<', '>', '\\', 'me', 'here', '#true', '#false', 'flag', 'type', 'player', 'name', 'dbreflist', 'objid', 'ip', 'Use', 'user:x', 'Key', 'é', 'e\u0301', '🗝', '\u0000', '\u001b', '\n', '\t', '\ud800', '\u202e', '-'];
const SAMPLES = ['#12&+#5', '!type^player | (type^player & !flag^unregistered)', 'Sex:Male & +Bathroom Key', '@First Puppet/Use', '$My Toy', 'whichday/Thu', '!dbreflist^deny & dbreflist^allow', '=me|here', '(#1|(#2&!#3))'];

function randomText(random: Random): string {
  const length = random.below(random.chance(0.02) ? 3000 : 24);
  let text = '';
  for (let index = 0; index < length; index += 1) text += random.pick(PIECES);
  return text;
}

function mutate(random: Random, text: string): string {
  let result = text;
  for (let edits = 1 + random.below(3); edits > 0; edits -= 1) {
    const at = random.below(result.length + 1);
    const choice = random.below(3);
    if (choice === 0) result = result.slice(0, at) + random.pick(PIECES) + result.slice(at);
    else if (choice === 1) result = result.slice(0, at) + result.slice(at + 1);
    else result = result.slice(0, at) + result.slice(at, at + 1 + random.below(4)).repeat(2) + result.slice(at + 1 + random.below(4));
  }
  return result;
}

/** Parses, or checks the refusal is a LockKeyError pointing inside the key; returns the tree or undefined. */
function parseOrRefuse(text: string, label: string): LockKey | undefined {
  try {
    return parseLockKey(text);
  } catch (error) {
    assert.ok(error instanceof LockKeyError, `${label}: ${JSON.stringify(text.slice(0, 200))} threw ${String(error)}`);
    assert.ok(error.position >= 0 && error.position <= Math.max(text.length, text.normalize('NFC').length), `${label}: position ${error.position}`);
    assert.ok(!/[\u0000-\u001f\u007f]/.test(error.message), `${label}: the message holds a control character`);
    return undefined;
  }
}

const NAME_WORDS = ['Key', 'Bathroom', 'First', 'Puppet', "Bob's", 'Café', 'x1', 'Door', 'Z'];
const PATTERN_PIECES = ['a', 'B', '*', '?', '1', ' ', ':', '/', '^', '.', '-', '<', '>', 'é', '\\*', '=', '!', '#', '$', '@'];
const LOCK_TYPES: LockType[] = ['Basic', 'Use', 'Enter', 'Page', 'MailForward', 'user:wield'];

function word(random: Random, pieces: readonly string[], longest: number): string {
  let text = '';
  for (let length = 1 + random.below(longest); length > 0; length -= 1) text += random.pick(pieces);
  return text;
}

function pattern(random: Random): string {
  return word(random, PATTERN_PIECES, 8).trim() || 'x';
}

function upperWord(random: Random): string {
  return word(random, ['A', 'B', 'Z', '_', '1', '.', '-'], 6);
}

type Reference = LockReference | ResolvedReference;

/** A well-formed tree: what the parser could produce, with references made by `reference`. */
function randomTree<Ref extends Reference>(random: Random, depth: number, reference: () => Ref): LockNode<Ref> {
  if (depth > 0 && random.chance(0.45)) {
    const choice = random.below(3);
    if (choice === 0) return { kind: 'not', operand: randomTree(random, depth - 1, reference) };
    const operands = Array.from({ length: 2 + random.below(3) }, () => randomTree(random, depth - 1, reference));
    return { kind: choice === 1 ? 'and' : 'or', operands };
  }
  switch (random.below(12)) {
    case 0:
      return { kind: random.chance(0.5) ? 'true' : 'false' };
    case 1:
      return { kind: 'is', object: reference() };
    case 2:
      return { kind: 'carries', object: reference() };
    case 3:
      return { kind: 'is-or-carries', object: reference() };
    case 4:
      return { kind: 'owner', object: reference() };
    case 5:
      return random.chance(0.5) ? { kind: 'indirect', object: reference() } : { kind: 'indirect', object: reference(), lockType: random.pick(LOCK_TYPES) };
    case 6:
      return { kind: 'attribute', attribute: upperWord(random), pattern: pattern(random) };
    case 7:
      return { kind: 'evaluation', attribute: upperWord(random), pattern: pattern(random) };
    case 8:
      return { kind: 'type', objectType: random.pick(['room', 'exit', 'thing', 'character'] as const) };
    case 9:
      return { kind: 'dbreflist', attribute: upperWord(random) };
    case 10:
      return { kind: 'bit', bit: random.pick(['flag', 'power'] as const), value: upperWord(random) };
    default:
      return { kind: 'bit', bit: random.pick(['channel', 'name', 'ip', 'hostname'] as const), value: pattern(random) };
  }
}

function randomName(random: Random): LockReference {
  const choice = random.below(8);
  if (choice === 0) return { kind: 'me' };
  if (choice === 1) return { kind: 'here' };
  if (choice === 2) return { kind: 'id', id: random.below(100) };
  const words = Array.from({ length: 1 + random.below(3) }, () => random.pick(NAME_WORDS));
  return { kind: 'name', name: words.join(' ') };
}

const world = new FixtureWorld([
  { id: 1, name: 'Hall', type: 'room', owner: 2 },
  { id: 2, name: 'Wiz', type: 'character', flags: ['A', 'Z_1'], powers: ['B'], attributes: { A: 'aB1', B: '#2 #3', LASTIP: 'a.1' }, contents: [4] },
  { id: 3, name: 'Ann', type: 'character', aliases: ['a'], attributes: { Z: '>1', A: 'é' }, contents: [5] },
  { id: 4, name: 'Bot', type: 'thing', owner: 2, attributes: { A: 'a' }, locks: { Basic: '@#5', Use: 'A:a*' } },
  { id: 5, name: 'Key', type: 'thing', owner: 3, locks: { Basic: '@#4|!@#4', Enter: '=#3' } },
  { id: 6, name: 'Door', type: 'exit', owner: 2, attributes: { A: 'B', Z: '#3 #6' } },
]);

describe('lock fuzzing (seed 0x1ea7c0de)', () => {
  it('random text: only LockKeyError, and accepted keys write back to the same tree', () => {
    const random = new Random(SEED);
    let accepted = 0;
    for (let round = 0; round < 4000; round += 1) {
      const text = randomText(random);
      const tree = parseOrRefuse(text, `text ${round}`);
      if (!tree) continue;
      accepted += 1;
      assert.deepEqual(parseLockKey(unparseLockKey(tree)), tree, `text ${round}: ${JSON.stringify(text)}`);
    }
    assert.ok(accepted > 100, `${accepted} random keys were well formed`);
  });

  it('mutated real keys: only LockKeyError, and accepted keys write back to the same tree', () => {
    const random = new Random(SEED ^ 0x5a5a5a5a);
    let accepted = 0;
    for (let round = 0; round < 4000; round += 1) {
      const text = mutate(random, random.pick(SAMPLES));
      const tree = parseOrRefuse(text, `mutation ${round}`);
      if (!tree) continue;
      accepted += 1;
      assert.deepEqual(parseLockKey(unparseLockKey(tree)), tree, `mutation ${round}: ${JSON.stringify(text)}`);
    }
    assert.ok(accepted > 500, `${accepted} mutated keys were well formed`);
  });

  it('random trees with names: text reads back as the same tree', () => {
    const random = new Random(SEED + 1);
    for (let round = 0; round < 1500; round += 1) {
      const tree: LockKey = randomTree(random, 5, () => randomName(random));
      const text = unparseLockKey(tree);
      assert.deepEqual(parseLockKey(text), tree, `tree ${round}: ${text}`);
    }
  });

  it('random resolved trees: text reads back equal, resolves to itself and evaluates the same for everyone', () => {
    const random = new Random(SEED + 2);
    const actors = [1, 2, 3, 4, 5, 6, 99];
    for (let round = 0; round < 1500; round += 1) {
      // Numbers 1..6 exist; 7 does not (evaluation must cope; resolution would refuse it).
      const tree = randomTree(random, 5, (): ResolvedReference => ({ kind: 'id', id: 1 + random.below(7) }));
      const text = unparseLockKey(tree);
      const again = parseLockKey(text);
      assert.deepEqual(again, tree, `tree ${round}: ${text}`);
      const lockType = random.pick(LOCK_TYPES);
      for (const actor of actors) {
        const context = { world, lockedObject: 6, lockType };
        const first = evaluateLock(tree, actor, context);
        assert.equal(typeof first, 'boolean');
        if (!text.includes('#7')) {
          const stored = resolveLockKey(again, { setter: 2, location: 1, exists: (id) => world.object(id) !== undefined, matchName: () => [] });
          assert.equal(evaluateLock(stored, actor, context), first, `tree ${round} for #${actor}: ${text}`);
        }
      }
    }
  });
});
