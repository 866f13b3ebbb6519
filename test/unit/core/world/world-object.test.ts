import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answersTo, formatReference, parseNameWithAliases, parseReference, type WorldObject } from '../../../../core/world/world-object.js';

describe('object references and names', () => {
  it('formats and parses #N references', () => {
    assert.equal(formatReference(12), '#12');
    assert.equal(parseReference(' #12 '), 12);
    for (const text of ['12', '#', '#-1', '#1a', `#${'9'.repeat(13)}`, 'here']) assert.equal(parseReference(text), undefined, text);
  });

  it('splits exit names from their aliases, dropping blanks and repeats', () => {
    assert.deepEqual(parseNameWithAliases('North;n;N; ;nor;north'), { name: 'North', aliases: ['n', 'nor'] });
    assert.deepEqual(parseNameWithAliases('Out'), { name: 'Out', aliases: [] });
    assert.deepEqual(parseNameWithAliases(';;'), { name: '', aliases: [] });
  });

  it('matches names and aliases without regard to case', () => {
    const exit: WorldObject = {
      id: 3, kind: 'exit', name: 'North', aliases: ['n'], description: '', ownerId: null, locationId: 1, destinationId: 2, attributes: {}, flags: [], parentId: null, locks: {},
    };
    assert.ok(answersTo(exit, 'NORTH'));
    assert.ok(answersTo(exit, ' n '));
    assert.equal(answersTo(exit, 'no'), false);
    assert.equal(answersTo(exit, ''), false);
  });
});
