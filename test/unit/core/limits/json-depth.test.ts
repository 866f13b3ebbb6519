// The depth bound on JSON values: measured without recursion, so no value is too deep to measure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../../../core/limits/json-depth.js';

function nested(depth: number): unknown {
  let value: unknown = 'core';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { inner: value };
  return value;
}

describe('nestsDeeperThan', () => {
  it('counts the value itself as level 1 and scalars as no level', () => {
    assert.equal(nestsDeeperThan('text', 0), false);
    assert.equal(nestsDeeperThan({}, 1), false);
    assert.equal(nestsDeeperThan({}, 0), true);
    assert.equal(nestsDeeperThan({ a: { b: [1, 2] } }, 3), false);
    assert.equal(nestsDeeperThan({ a: { b: [1, [2]] } }, 3), true);
  });

  it('allows the bound exactly and refuses one level more, wherever the deep branch is', () => {
    assert.equal(nestsDeeperThan(nested(MAX_JSON_DEPTH)), false);
    assert.equal(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1)), true);
    assert.equal(nestsDeeperThan({ flat: 1, list: [1, 2, 3], deep: nested(MAX_JSON_DEPTH) }), true);
  });

  it('measures values far too deep for recursion, and cycles, without overflowing', () => {
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)) as unknown;
    assert.equal(nestsDeeperThan(deep), true);
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    assert.equal(nestsDeeperThan(cycle), true);
  });
});
