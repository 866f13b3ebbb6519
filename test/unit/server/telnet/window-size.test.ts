import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWindowSize } from '../../../../server/telnet/window-size.js';

describe('parseWindowSize (NAWS)', () => {
  it('reads two 16-bit big-endian numbers', () => {
    assert.deepEqual(parseWindowSize(Buffer.from([0, 80, 0, 24])), { width: 80, height: 24 });
    assert.deepEqual(parseWindowSize(Buffer.from([1, 0, 0, 255])), { width: 256, height: 255 });
  });

  it('refuses anything but exactly four bytes', () => {
    for (const length of [0, 1, 3, 5, 1000]) assert.equal(parseWindowSize(Buffer.alloc(length, 7)), null);
  });
});
