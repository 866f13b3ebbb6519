// Hostile and malformed softcode never makes the evaluator throw, hang or answer more than its
// budget allows: unbalanced and deeply nested brackets, a megabyte of input, control characters,
// lone surrogates, and a seeded fuzz of random and mutated expressions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SOFTCODE_LIMITS, evaluateSoftcode, standardFunctions } from '../../../../core/softcode/index.js';
import { run, standardWorld } from './softcode-world-fixture.js';

const limits = DEFAULT_SOFTCODE_LIMITS;

function assertContained(text: string): void {
  const result = run(text);
  assert.equal(typeof result.output, 'string');
  assert.notEqual(result.limitReached, 'internal', `internal error on ${JSON.stringify(text.slice(0, 80))}`);
  assert.ok(result.output.length <= limits.maxOutputLength, `output ${result.output.length}`);
  assert.ok(result.steps <= limits.maxSteps + 10_000, `steps ${result.steps}`);
}

describe('softcode hostile input', () => {
  const cases: Record<string, string> = {
    'unclosed brackets': '['.repeat(5000),
    'unclosed braces': '{'.repeat(5000),
    'unclosed parentheses': 'add('.repeat(3000),
    'closers only': ']})'.repeat(3000),
    'interleaved openers': '([{'.repeat(3000),
    'balanced deep brackets': `${'['.repeat(4000)}x${']'.repeat(4000)}`,
    'deep braces': `${'{'.repeat(4000)}x${'}'.repeat(4000)}`,
    'deep function nesting': `${'add(1,'.repeat(4000)}1${')'.repeat(4000)}`,
    'a megabyte of text': 'x'.repeat(1 << 20),
    'a megabyte of brackets': '[x]'.repeat(350_000),
    'control characters': Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '[add(1,2)]\u007f\u009b',
    'lone surrogates': '\ud800[strlen(\udfff)]\ud83d%q<\ud800>',
    'percent at the end': 'abc%',
    'register name never closed': '%q<abc',
    'backslash at the end': 'abc\\',
    'commas everywhere': ',,,,[,,,],,(,,,),,{,,}',
    'empty': '',
    'substitution soup': '%0%1%2%3%4%5%6%7%8%9%q0%qa%#%!%@%+%r%t%b%%%s%o%p%a%l%i0%$0%c%?%x%v',
    'many arguments': `cat(${','.repeat(5000)})`,
    'huge numbers': 'add(1e308,1e308)[mul(99999999999999999999,99999999999999999999)][power(10,400)][lnum(1e20)]',
    'huge counts': 'space(1000000000)[ljust(x,1000000000)][rjust(x,1000000000,ab)][center(x,1000000000)]',
    'edit blowup': '[setq(0,repeat(x,4000))][edit(%q0,,%q0)]',
    'wildcards': `strmatch(${'a'.repeat(3000)},${'*a'.repeat(1500)}b)`,
    'recursive lambda': 'u(#lambda/u(#lambda/u(#lambda/\\%0)))',
    'register flood': `${Array.from({ length: 100 }, (_, i) => `[setq(r${i},x)]`).join('')}`,
    'sort of a long list': 'sort(lnum(5000))[setunion(lnum(2000),lnum(2000))]',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name} is contained`, () => assertContained(text));
  }

  it('a megabyte of input is cut to the output limit before it is read', () => {
    const result = run('x'.repeat(1 << 20));
    assert.equal(result.output.length, limits.maxOutputLength);
  });

  it('the fifty-first named register is refused', () => {
    const text = Array.from({ length: 51 }, (_, i) => `[setq(reg${i},x)]`).join('');
    assert.equal(run(text).output, '#-1 TOO MANY REGISTERS');
  });

  it('non-string input is read as text', () => {
    const world = standardWorld();
    const result = evaluateSoftcode(12345 as unknown as string, world, { executor: 7 });
    assert.equal(result.output, '12345');
  });
});

/** xorshift32: small, fast and the same on every machine, so every failure can be replayed. */
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
}

const SEED = 0x50f7c0de;
const PIECES = ['[', ']', '{', '}', '(', ')', ',', '\\', '%', '%q', '%q<', '>', '#', '##', '#@', '#$', ' ', 'x', '1', '-2', '0.5', '*', '?', '|', '\n', '\u0000', '\ud800', 'é', '%0', '%i0', '%$0', '#lambda/', '/'];

function randomExpression(random: Random, depth: number): string {
  if (depth > 4 || random.next() < 0.3) {
    let text = '';
    const length = random.below(6);
    for (let i = 0; i < length; i += 1) text += random.pick(PIECES);
    return text;
  }
  const names = standardFunctions().names();
  const name = random.pick(names).toLowerCase();
  const count = random.below(5);
  const args = Array.from({ length: count }, () => randomExpression(random, depth + 1));
  const call = `${name}(${args.join(',')})`;
  return random.next() < 0.5 ? `[${call}]` : call;
}

function mutate(random: Random, text: string): string {
  const chars = [...text];
  const edits = 1 + random.below(4);
  for (let i = 0; i < edits; i += 1) {
    const at = random.below(chars.length + 1);
    const choice = random.below(3);
    if (choice === 0) chars.splice(at, 1);
    else if (choice === 1) chars.splice(at, 0, random.pick(PIECES));
    else chars.splice(at, 0, ...chars.slice(random.below(chars.length + 1)));
  }
  return chars.join('');
}

describe('softcode fuzz', () => {
  it('random expressions never throw or escape their budget', () => {
    const random = new Random(SEED);
    for (let i = 0; i < 1500; i += 1) {
      const text = randomExpression(random, 0);
      assert.doesNotThrow(() => assertContained(text), `case ${i}: ${JSON.stringify(text)}`);
    }
  });

  it('mutated real expressions never throw or escape their budget', () => {
    const random = new Random(SEED ^ 0xffff);
    const seeds = [
      'iter(a b c,[add(##,#@)])',
      'switch(%0,>3,big,<1,small,[u(test/args,%0)])',
      'setq(0,foo)[letq(0,bar,%q0)]%q0',
      'map(#lambda/[mul(\\%0,2)],lnum(10))',
      'fold(test/add_nums,1 2 3)[sortby(test/alphasort,c b a)]',
      '{a,[b]}\\,%r%q<x>',
    ];
    for (let i = 0; i < 1500; i += 1) {
      const text = mutate(random, random.pick(seeds));
      assert.doesNotThrow(() => assertContained(text), `case ${i}: ${JSON.stringify(text)}`);
    }
  });
});
