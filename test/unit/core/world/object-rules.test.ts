import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../../core/errors.js';
import { validateObjectFields } from '../../../../core/world/object-rules.js';

function refusal(input: { name: string; aliases?: string[]; description?: string }): string | undefined {
  try {
    validateObjectFields(input);
  } catch (error) {
    return errorCode(error);
  }
  return undefined;
}

describe('validateObjectFields', () => {
  it('trims and normalizes names, and keeps Unicode', () => {
    const fields = validateObjectFields({ name: '  Cafe\u0301 Garden ', aliases: [' cg '], description: 'Line one\r\nLine two' });
    assert.deepEqual(fields, { name: 'Caf\u00e9 Garden', aliases: ['cg'], description: 'Line one\nLine two' });
  });

  it('refuses empty, overlong, control-character and reference-like names with E_WORLD_RULE', () => {
    for (const name of ['', '   ', 'x'.repeat(101), 'evil\x1b[2J', 'a;b', 'a=b', '#12', 'bell\u0007']) {
      assert.equal(refusal({ name }), 'E_WORLD_RULE', JSON.stringify(name));
    }
  });

  it('bounds aliases and descriptions', () => {
    assert.equal(refusal({ name: 'ok', aliases: Array.from({ length: 11 }, (_, i) => `a${i}`) }), 'E_WORLD_RULE');
    assert.equal(refusal({ name: 'ok', aliases: ['x'.repeat(33)] }), 'E_WORLD_RULE');
    assert.equal(refusal({ name: 'ok', description: 'x'.repeat(8001) }), 'E_WORLD_RULE');
    assert.equal(refusal({ name: 'ok', description: 'clear\x1b[2Jscreen' }), 'E_WORLD_RULE');
    assert.equal(refusal({ name: 'ok', description: 'x'.repeat(8000) }), undefined);
  });
});
