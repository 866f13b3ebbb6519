// PennMUSH's wildcard patterns (core/softcode/wildcard.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesWildcard } from '../../../../core/softcode/wildcard.js';

describe('softcode wildcards', () => {
  it('matches * and ? in any case', () => {
    assert.equal(matchesWildcard('Foo bar baz', '*Baz'), true);
    assert.equal(matchesWildcard('Foo bar baz', '*Foo'), false);
    assert.equal(matchesWildcard('Foo bar baz', '*o*a*'), true);
    assert.equal(matchesWildcard('abc', 'a?c'), true);
    assert.equal(matchesWildcard('ac', 'a?c'), false);
    assert.equal(matchesWildcard('', '*'), true);
    assert.equal(matchesWildcard('', ''), true);
    assert.equal(matchesWildcard('a', ''), false);
  });

  it('takes a backslash to mean the next character literally', () => {
    assert.equal(matchesWildcard('a*c', 'a\\*c'), true);
    assert.equal(matchesWildcard('abc', 'a\\*c'), false);
    assert.equal(matchesWildcard('what?', 'what\\?'), true);
  });

  it('counts characters, not UTF-16 units', () => {
    assert.equal(matchesWildcard('😀', '?'), true);
    assert.equal(matchesWildcard('é', 'É'), true);
  });

  it('stays linear on patterns that would make a backtracking matcher explode', () => {
    const text = 'a'.repeat(5000);
    assert.equal(matchesWildcard(text, `${'*a'.repeat(2000)}b`), false);
  });
});
