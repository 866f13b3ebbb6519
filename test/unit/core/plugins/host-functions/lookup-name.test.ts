import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { NameTooLongError } from '../../../../../core/errors.js';
import { lookupName, nameTooLongIn } from '../../../../../core/plugins/host-functions/lookup-name.js';

const input = z.object({ id: z.number().optional(), name: lookupName('object', 100).optional() });

/** What the first problem with `value` stands for: too long, another problem, or none. */
function verdict(value: unknown): NameTooLongError | 'other' | 'ok' {
  const parsed = input.safeParse(value);
  if (parsed.success) return 'ok';
  return nameTooLongIn(parsed.error.issues[0]!) ?? 'other';
}

describe('lookupName', () => {
  it('takes names up to the longest of their kind, measured as the look-up compares them (trimmed)', () => {
    assert.equal(verdict({ name: 'x'.repeat(100) }), 'ok');
    assert.equal(verdict({ name: `  ${'x'.repeat(100)}  ` }), 'ok');
    assert.equal(verdict({ name: 'me' }), 'ok');
    assert.equal(verdict({}), 'ok');
  });

  it('refuses a longer name as too long to match, with its own code and a sentence naming the limit', () => {
    for (const name of ['x'.repeat(101), '\u{1F525}'.repeat(51), 'y'.repeat(1_000_000)]) {
      const refused = verdict({ name });
      assert.ok(refused instanceof NameTooLongError);
      assert.equal(refused.code, 'E_NAME_TOO_LONG');
      assert.equal(refused.message, 'No object has a name that long: object names are at most 100 characters.');
    }
  });

  it('leaves every other problem to be an invalid call', () => {
    for (const value of [{ name: '' }, { name: 12 }, { name: null }, { name: ['x'.repeat(500)] }, { id: 'x'.repeat(500) }]) {
      assert.equal(verdict(value), 'other', JSON.stringify(value).slice(0, 40));
    }
  });
});
