import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { visibleLength, wrapLine, wrapText } from '../../../../server/telnet/word-wrap.js';

describe('wrapText', () => {
  it('wraps between words at the width', () => {
    assert.deepEqual(wrapLine('the quick brown fox jumps over the lazy dog', 15), ['the quick brown', 'fox jumps over', 'the lazy dog']);
  });

  it('does not count colour codes', () => {
    const red = '\u001b[31mred\u001b[0m';
    const lines = wrapLine(`${red} ${red} ${red} ${red}`, 8);
    assert.deepEqual(lines, [`${red} ${red}`, `${red} ${red}`]);
    assert.ok(lines.every((line) => visibleLength(line) <= 8));
  });

  it('cuts words longer than the width, and keeps existing line breaks', () => {
    assert.deepEqual(wrapLine('abcdefghij xy', 4), ['abcd', 'efgh', 'ij', 'xy']);
    assert.equal(wrapText('short\nalso short', 20), 'short\nalso short');
  });

  it('counts characters, not UTF-16 units', () => {
    assert.equal(visibleLength('\u{1F525}\u{1F525}'), 2);
    assert.deepEqual(wrapLine('\u{1F525}\u{1F525}\u{1F525}', 2), ['\u{1F525}\u{1F525}', '\u{1F525}']);
  });

  it('leaves text alone without a width', () => {
    assert.equal(wrapText('a'.repeat(1000), 0), 'a'.repeat(1000));
  });
});
