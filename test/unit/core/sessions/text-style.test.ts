import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepOnlyColour, stripAnsi, styled } from '../../../../core/sessions/text-style.js';

describe('text style', () => {
  it('wraps text in an SGR colour and a reset', () => {
    assert.equal(styled('exit', 'North'), '\u001b[32mNorth\u001b[0m');
  });

  it('strips every escape sequence', () => {
    assert.equal(stripAnsi(`${styled('roomName', 'Hall')}\u001b[2J\u001b]0;title\u0007\u001bc!`), 'Hall!');
  });

  it('keeps colour but removes cursor movement, window titles and lone escapes', () => {
    const colour = styled('character', 'Ann');
    assert.equal(keepOnlyColour(`${colour}\u001b[10;10H\u001b]2;x\u001b\\\u001b`), colour);
  });
});
