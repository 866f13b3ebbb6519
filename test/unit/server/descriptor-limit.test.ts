// The start-up warning when the connection caps need more file descriptors than the process has.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { descriptorWarning, openFileLimit } from '../../../server/descriptor-limit.js';

describe('descriptorWarning', () => {
  it('says nothing when the caps fit, or when the limit is unknown', () => {
    assert.equal(descriptorWarning(20_000, 5000), null);
    assert.equal(descriptorWarning(Number.POSITIVE_INFINITY, 5000), null);
    assert.equal(descriptorWarning(null, 5000), null);
  });

  it('names the limit, what the caps need, and a cap that would fit', () => {
    assert.equal(
      descriptorWarning(1024, 5000),
      'The process may open 1024 files, but HEARTH_MAX_CONNECTIONS=5000 on two listeners needs about 10200: raise the limit (ulimit -n, LimitNOFILE) or set HEARTH_MAX_CONNECTIONS to 412 or less.',
    );
  });

  it('reads this process\'s limit on Linux', async () => {
    const limit = await openFileLimit();
    if (process.platform === 'linux') assert.ok(limit !== null && limit > 0);
  });
});
