// What each wildcard matched (core/softcode/wildcard-captures.ts), for switch()'s $0-$9 and
// strmatch()'s registers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wildcardCaptures } from '../../../../core/softcode/wildcard-captures.js';

const free = (): void => {};

describe('softcode wildcard captures', () => {
  it('captures each * and ? in order, * as short as it can be', () => {
    assert.deepEqual(wildcardCaptures('foo bazaar', 'f?o b*r', free), ['o', 'azaa']);
    assert.deepEqual(wildcardCaptures('a-b-c', '*-*', free), ['a', 'b-c']);
    assert.deepEqual(wildcardCaptures('ABC', 'a*', free), ['BC']);
    assert.deepEqual(wildcardCaptures('x', '**', free), ['', 'x']);
    assert.deepEqual(wildcardCaptures('a*b', 'a\\*?', free), ['b']);
  });

  it('answers undefined when the text does not match', () => {
    assert.equal(wildcardCaptures('abc', 'a?', free), undefined);
    assert.equal(wildcardCaptures('', '?', free), undefined);
  });

  it('charges every attempt, so a budget can stop it', () => {
    let spent = 0;
    wildcardCaptures('a'.repeat(200), `${'*a'.repeat(20)}*`, () => {
      spent += 1;
    });
    assert.ok(spent >= 40, `spent ${spent}`);
    assert.throws(
      () =>
        wildcardCaptures('a'.repeat(200), `${'*a'.repeat(20)}*`, () => {
          throw new Error('budget');
        }),
      /budget/,
    );
  });
});
