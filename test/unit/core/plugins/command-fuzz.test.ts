// Fuzzing how a typed line becomes a command: input cleaning, the registry's match (names,
// aliases, one-character prefixes, `@cmd/sw/sw2` switches), argument parsing, and the manifest
// patterns themselves. Nothing may throw but a HearthError with a code, captures never hold more
// than was typed, and every pattern a manifest can hold either compiles or is refused with a code.
// A failure names its seed; HEARTH_FUZZ_SEED=<seed> replays it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HearthError, errorCode } from '../../../../core/errors.js';
import { compilePattern, type CompiledPattern } from '../../../../core/plugins/command-pattern.js';
import { CommandRegistry, parseArguments } from '../../../../core/plugins/command-registry.js';
import { parseManifest } from '../../../../core/plugins/manifest.js';
import { cleanInputLine } from '../../../../core/sessions/input-text.js';
import { type SeededRandom, fuzz } from '../../../support/seeded-random.js';

const pluginsDir = fileURLToPath(new URL('../../../../plugins', import.meta.url));
const bundled = readdirSync(pluginsDir)
  .map((folder) => join(pluginsDir, folder, 'manifest.yaml'))
  .filter((file) => existsSync(file))
  .map((file) => parseManifest(readFileSync(file, 'utf8'), file));
const registry = new CommandRegistry(bundled);
const commandWords = bundled.flatMap((manifest) => manifest.commands.flatMap((command) => [command.name, ...command.aliases]));

/** Typed text: separators MUSH commands use, Unicode, control characters and regex look-alikes. */
const TYPED = [...'abcxyzABC 019=,;:/@+"\'#&|()[]{}<>.*?^$\\-', '=', ',', ';', '/', '\t', '\u0000', '\u001b', '\u0007', '\u007f', '\u009b', '\u00e9', '\u2713', '\u{1F525}', '\u200b', '\u202e', '\ud800'];
/** Literal characters a pattern may hold (no digits, so digit-only values never collide with them). */
const LITERALS = [...'abcxyz+#&|()!.*?^$\\-_~%\'"{}:/', '\u00e9', '\u2713'];
const ERROR_MESSAGE_LIMIT = 400;

function typedLine(random: SeededRandom): string {
  const word = random.chance(0.8) ? random.pick(commandWords) : random.string(random.int(0, 6), TYPED);
  const switches = random.chance(0.4) ? Array.from({ length: random.int(1, 4) }, () => `/${random.string(random.int(0, 8), TYPED)}`).join('') : '';
  const gap = random.pick(['', ' ', '  ', '\t']);
  const rest = random.chance(0.05) ? random.string(random.int(4000, 9000), TYPED) : random.string(random.int(0, 120), TYPED);
  return `${random.chance(0.1) ? '  ' : ''}${word}${switches}${gap}${rest}`;
}

function assertOnlyCodedErrors(work: () => void): void {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof HearthError, `threw ${String(error)}`);
    assert.ok(error.code.startsWith('E_'));
    assert.ok(error.message.length <= ERROR_MESSAGE_LIMIT, `an error message of ${error.message.length} characters`);
  }
}

function assertCapturesBounded(pattern: CompiledPattern, rest: string, args: Record<string, string> | null): void {
  if (args === null) return;
  for (const [name, value] of Object.entries(args)) {
    assert.ok(pattern.names.includes(name), `capture ${name} is not in the pattern`);
    assert.equal(typeof value, 'string');
  }
  const captured = Object.values(args).reduce((total, value) => total + value.length, 0);
  assert.ok(captured <= rest.length, `captured ${captured} characters from ${rest.length}`);
}

interface GeneratedPattern {
  pattern: string;
  /** True when the generator wrote only valid syntax: it must compile. */
  wellFormed: boolean;
  /** Valid syntax but for two captures that may touch: it must be refused. */
  touching: boolean;
  /** Text that fits the pattern with every optional part present. */
  example: string;
}

function generatePattern(random: SeededRandom): GeneratedPattern {
  const names: string[] = [];
  let broken = false;
  let touching = false;
  // `open`: a capture may still be running here (nothing required has followed it yet). A capture
  // starting while one is open touches it, and the compiler must refuse the pattern.
  const sequence = (depth: number, openBefore: boolean): { source: string; example: string; open: boolean } => {
    let source = '';
    let example = '';
    let open = openBefore;
    for (let parts = random.int(0, 5); parts > 0; parts -= 1) {
      const roll = random.next();
      if (roll < 0.3) {
        const reuse = names.length > 0 && random.chance(0.03);
        const name = reuse ? random.pick(names) : `${random.pick(['a', 'target', 'x_1', 'Msg'])}${names.length}`;
        broken ||= reuse;
        touching ||= open;
        names.push(name);
        source += `<${name}>`;
        example += String(random.int(1, 99_999));
        open = true;
      } else if (roll < 0.55) {
        const literal = random.pick(LITERALS);
        source += literal;
        example += literal;
        open = false;
      } else if (roll < 0.7 && !source.endsWith(' ') && source.length > 0) {
        source += ' ';
        example += ' ';
        open = false;
      } else if (roll < 0.8) {
        const separator = random.pick(['=', ',', ';']);
        source += separator;
        example += separator;
        open = false;
      } else if (roll < 0.95 && depth < 3) {
        const inner = sequence(depth + 1, open);
        source += `[${inner.source}]`;
        example += inner.example;
        // The part may be left out, so a capture open before it is still open after it.
        open ||= inner.open;
      } else {
        source += random.pick(['[', ']', '<', '>', '<1bad>', '<>']);
        broken = true;
      }
    }
    return { source, example, open };
  };
  const { source, example } = sequence(0, false);
  return { pattern: `${random.pick(['cmd', '@dig', '+', '"', '@x-y'])} ${source}`, wellFormed: !broken && !touching, touching: touching && !broken, example };
}

describe('command fuzzing', () => {
  it('cleans any input to text without control characters, never longer, and stable when cleaned again', async () => {
    await fuzz('cleanInputLine', 1000, (random) => {
      const text = random.chance(0.5) ? random.codeUnits(random.int(0, 300)) : random.string(random.int(0, 300), TYPED);
      const cleaned = cleanInputLine(text);
      assert.doesNotMatch(cleaned, /[\u0000-\u001f\u007f-\u009f]/);
      assert.ok(cleaned.length <= text.length);
      assert.equal(cleanInputLine(cleaned), cleaned);
    });
  });

  it('matches typed lines against the bundled commands without throwing anything but usage errors', async () => {
    await fuzz('command registry', 2000, (random) => {
      const line = typedLine(random);
      const match = registry.match(line);
      if (match === null) return;
      assert.ok(commandWords.includes(match.command.name));
      assert.ok(line.trim().endsWith(match.rest), 'rest is what followed the command word');
      for (const entry of match.switches) assert.ok(entry.length > 0 && entry === entry.toLowerCase() && !entry.includes('/'));
      assertOnlyCodedErrors(() => {
        const args = parseArguments(match);
        if (match.command.compiled) assertCapturesBounded(match.command.compiled, match.rest, args);
      });
    });
  });

  it('runs the switch syntax @cmd/sw/sw2 with hostile switches to a coded refusal', () => {
    for (const line of ['@channel/', '@channel//', `@channel/${'x'.repeat(10_000)}`, '@channel/join/JOIN/leave public', '@channel/\u0000/\u202e x', `@dig/${'/'.repeat(5000)}`]) {
      const match = registry.match(line);
      assert.ok(match, line.slice(0, 40));
      assert.ok(match.switches.every((entry) => entry.length > 0));
      assertOnlyCodedErrors(() => parseArguments(match));
    }
  });

  it('compiles every well-formed pattern, refuses the rest with E_PATTERN_INVALID, and matches hostile text safely', async () => {
    await fuzz('command patterns', 1500, (random) => {
      const generated = generatePattern(random);
      let pattern: CompiledPattern;
      try {
        pattern = compilePattern(generated.pattern);
      } catch (error) {
        assert.equal(generated.wellFormed, false, `a well-formed pattern was refused: ${generated.pattern}: ${String(error)}`);
        assert.equal(errorCode(error), 'E_PATTERN_INVALID');
        return;
      }
      assert.equal(generated.touching, false, `touching captures were accepted: ${generated.pattern}`);
      // Typed lines are trimmed, so a pattern that asks for spaces at an end never fits; skip those.
      const example = generated.example;
      if (generated.wellFormed && example.length > 0 && example === example.trim()) {
        assert.notEqual(pattern.match(generated.example), null, `${generated.pattern} does not match ${generated.example}`);
      }
      for (const rest of [generated.example, random.string(random.int(0, 200), TYPED), random.codeUnits(random.int(0, 100)), random.string(random.int(2000, 4000), ['1', ' ', '=', ',', 'a'])]) {
        assertCapturesBounded(pattern, rest, pattern.match(rest));
      }
    });
  });

  // Found by this fuzzing: a literal "-" was escaped as "\-", which Unicode-mode regular
  // expressions refuse, so compilePattern threw a bare SyntaxError and the plugin set failed to load.
  it('compiles patterns holding a literal "-", and refuses broken ones with a coded error', () => {
    assert.deepEqual(compilePattern('@x-ray <a>-<b>').match('left - right'), { a: 'left', b: 'right' });
    assert.deepEqual(compilePattern('roll <n>d<sides>[+<bonus>]').match('2d6+1'), { n: '2', sides: '6', bonus: '1' });
    assert.equal(errorCode(captureError(() => compilePattern('say <a> <a>'))), 'E_PATTERN_INVALID');
  });

  // Found by this fuzzing: captures that touch (`<a><b>`, or `<a>[x]<b>` without the x) were tried
  // at every split, cubic in the line's length: one 4 KB line held the server for half a minute.
  it('refuses captures that may touch, since nothing could tell where one ends', () => {
    for (const pattern of ['+ <x_10><a1><target2>*', 'cmd <a>[x]<b>', 'cmd <a>[<b>]', 'cmd [<a>]<b>=<c>']) {
      assert.equal(errorCode(captureError(() => compilePattern(pattern))), 'E_PATTERN_INVALID', pattern);
    }
    assert.deepEqual(compilePattern('cmd <a>[x] <b>').match('1x 2'), { a: '1', b: '2' });
  });

  // Found by this fuzzing: "@role <name>=<role>", "whisper", "page", "@dig" and most bundled
  // patterns tried every split of a run of spaces, quadratic in its length (about 0.1 s for one
  // 8 KB line, twenty lines a second per player). A regression makes this test run for minutes.
  it('matches long hostile lines against every bundled pattern, with the same results as short ones', () => {
    const patterns = bundled.flatMap((manifest) => manifest.commands.flatMap((command) => (command.pattern ? [compilePattern(command.pattern)] : [])));
    const size = 64 * 1024;
    const hostile = [`x${' '.repeat(size)}y`, `x${' ='.repeat(size / 2)}`, `a${' '.repeat(size)}=${' '.repeat(size)}`, `x${'\t'.repeat(size)}=`, `=${' '.repeat(size)}x`, 'a,'.repeat(size / 2)];
    for (const pattern of patterns) {
      for (const rest of hostile) assertCapturesBounded(pattern, rest, pattern.match(rest));
    }
    const role = compilePattern('@role <name>=<role>');
    assert.equal(role.match(`Bob${' '.repeat(size)}builder`), null);
    assert.deepEqual(role.match(`Bob${' '.repeat(size)}=${' '.repeat(size)}builder`), { name: 'Bob', role: 'builder' });
    const dig = compilePattern('@dig <room>[=<exits>]');
    assert.deepEqual(dig.match(`Cellar${' '.repeat(size)}`), { room: 'Cellar' });
    assert.deepEqual(dig.match('=North'), { room: '=North' }, 'a room name may still hold "=" when no exits follow');
  });
});

function captureError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}
