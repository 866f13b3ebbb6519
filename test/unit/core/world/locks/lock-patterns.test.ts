// The patterns attribute, evaluation, name and host keys compare with: wildcards, escapes,
// case, Unicode, < and > comparisons, and patterns built to make a backtracking matcher crawl.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesLockValue, matchesWildcard } from '../../../../../core/world/locks/lock-patterns.js';

describe('matchesWildcard', () => {
  it('matches * as any run, ? as one character, \\ as a literal, ignoring case', () => {
    const cases: [string, string, boolean][] = [
      ['m*', 'Male', true],
      ['m*', 'female', false],
      ['*male', 'Female', true],
      ['*', '', true],
      ['', '', true],
      ['', 'x', false],
      ['?', '', false],
      ['?', 'x', true],
      ['?ale', 'Male', true],
      ['?ale', 'ale', false],
      ['a*b*c', 'aXXbYYc', true],
      ['a*b*c', 'aXXbYY', false],
      ['**a**', 'banana', true],
      ['*ana', 'banana', true],
      ['b*n*n*', 'banana', true],
      ['\\*', '*', true],
      ['\\*', 'x', false],
      ['\\?', '?', true],
      ['\\?', 'x', false],
      ['a\\\\b', 'a\\b', true],
      ['trailing\\', 'trailing\\', true],
      ['CAFÉ', 'café', true],
      ['caf?', 'café', true],
      ['??', '🗝', false],
      ['?', '🗝', true],
      ['🗝*', '🗝 key', true],
      ['127.0.0.*', '127.0.0.1', true],
      ['127.0.0.*', '127.0.1.1', false],
    ];
    for (const [pattern, value, expected] of cases) assert.equal(matchesWildcard(pattern, value), expected, `${pattern} ~ ${value}`);
  });

  it('takes linear-ish time on patterns that make backtracking matchers explode', () => {
    const started = performance.now();
    assert.equal(matchesWildcard(`${'*a'.repeat(2000)}*b`, 'a'.repeat(8000)), false);
    assert.equal(matchesWildcard(`*${'a'.repeat(4000)}b`, 'a'.repeat(8000)), false);
    assert.ok(performance.now() - started < 3000, 'well under three seconds');
  });
});

describe('matchesLockValue', () => {
  it('compares with < and >, as numbers when both sides are numbers', () => {
    const cases: [string, string, boolean][] = [
      ['<g', 'Alpha', true],
      ['<g', 'zed', false],
      ['<g', 'G', false],
      ['>g', 'h', true],
      ['>20', '25', true],
      ['>20', '9', false],
      ['<10', '9', true],
      ['<10', '10', false],
      ['>-1', '0', true],
      ['<1.5', '1.25', true],
      ['>20', 'abc', true],
      ['<', 'x', false],
      ['>', 'x', true],
      ['\\<g', '<g', true],
      ['m*', 'Male', true],
    ];
    for (const [pattern, value, expected] of cases) assert.equal(matchesLockValue(pattern, value), expected, `${pattern} ~ ${value}`);
  });
});
