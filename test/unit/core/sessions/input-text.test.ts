import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanInputLine } from '../../../../core/sessions/input-text.js';

describe('cleanInputLine', () => {
  it('removes escape sequences, bells and C1 controls, keeping the visible text', () => {
    assert.equal(cleanInputLine('say \u001b[31mred\u001b[0m\u0007'), 'say [31mred[0m');
    assert.equal(cleanInputLine('say \u009b2Jgone\u007f'), 'say 2Jgone');
    assert.equal(cleanInputLine('a\u0000b\u000bc\u000dd'), 'abcd');
  });

  it('turns tabs into spaces and leaves every other character alone', () => {
    assert.equal(cleanInputLine('say\thi'), 'say hi');
    const unicode = 'café ✓ 🔥 \u05e9\u05dc\u05d5\u05dd e\u0301 \u200b';
    assert.equal(cleanInputLine(unicode), unicode);
  });
});
