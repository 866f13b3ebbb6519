import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeTime } from 'ulid';
import { newEventId } from '../../../../core/events/event-id.js';

describe('newEventId', () => {
  it('makes strictly increasing ULIDs, even within one millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => newEventId(1_700_000_000_000));
    for (let i = 1; i < ids.length; i += 1) assert.ok(ids[i - 1]! < ids[i]!, `${ids[i - 1]} < ${ids[i]}`);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('keeps increasing when the clock steps backwards', () => {
    const later = newEventId(1_800_000_000_000);
    const earlier = newEventId(1_700_000_000_000);
    assert.ok(earlier > later);
  });

  it('encodes the time it was made', () => {
    // Later than every id made above, so the monotonic factory has no earlier id to stay ahead of.
    const now = 1_900_000_000_000;
    assert.equal(decodeTime(newEventId(now)), now);
  });

  it('draws the random part afresh for each new millisecond, over the whole alphabet', () => {
    // Ids of 5,000 later milliseconds (past every id above); the last 16 characters are random.
    const randomParts = Array.from({ length: 5_000 }, (_, index) => newEventId(2_000_000_000_000 + index).slice(10));
    assert.equal(new Set(randomParts).size, randomParts.length);
    const seen = new Set(randomParts.join(''));
    assert.equal(seen.size, 32, 'every Crockford base32 character turns up');
  });
});
