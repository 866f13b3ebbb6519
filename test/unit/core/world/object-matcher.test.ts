import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AMBIGUOUS_MATCH_MESSAGE, matchObject, startsAWord, type ObjectLookup } from '../../../../core/world/object-matcher.js';
import type { ObjectKind, WorldObject } from '../../../../core/world/world-object.js';

function object(id: number, kind: ObjectKind, name: string, locationId: number | null, aliases: string[] = []): WorldObject {
  return { id, kind, name, aliases, description: '', ownerId: null, locationId, destinationId: null, attributes: {}, flags: [], parentId: null, locks: {} };
}

function lookup(objects: WorldObject[]): ObjectLookup {
  return {
    get: (id) => objects.find((candidate) => candidate.id === id),
    contents: (locationId) => objects.filter((candidate) => candidate.locationId === locationId),
  };
}

const room = object(1, 'room', 'Bakery', null);
const alice = object(2, 'character', 'Alice', 1);
const loaf = object(3, 'thing', 'Loaf of Bread', 1);
const bread = object(4, 'thing', 'Bread knife', 2, ['knife']);
const north = object(5, 'exit', 'North', 1, ['n']);
const world = lookup([room, alice, loaf, bread, north]);

describe('matching what a player names', () => {
  it('finds a thing by the start of any word of its name, in the room or carried', () => {
    assert.equal(matchObject(world, 2, 'loaf').id, 3);
    assert.equal(matchObject(world, 2, 'of bre').id, 3);
    assert.equal(matchObject(world, 2, 'KNI').id, 4);
  });

  it('prefers an exact name, then an alias, over a word prefix', () => {
    const pair = lookup([room, alice, object(6, 'thing', 'Lamp', 1), object(7, 'thing', 'Lamp post', 1), object(8, 'thing', 'Oil', 1, ['lamp oil'])]);
    assert.equal(matchObject(pair, 2, 'lamp').id, 6);
    assert.equal(matchObject(pair, 2, 'lamp oil').id, 8);
  });

  it('answers PennMUSH\'s "which one" when two things share the best match', () => {
    assert.throws(() => matchObject(world, 2, 'bread'), { code: 'E_OBJECT_AMBIGUOUS', message: AMBIGUOUS_MATCH_MESSAGE });
  });

  it('never matches an exit by part of its name, nor text from inside a word', () => {
    assert.throws(() => matchObject(world, 2, 'nor'), { code: 'E_OBJECT_NOT_FOUND' });
    assert.equal(matchObject(world, 2, 'n').id, 5);
    assert.throws(() => matchObject(world, 2, 'oaf'), { code: 'E_OBJECT_NOT_FOUND' });
    assert.equal(startsAWord('Loaf of Bread', 'f of'), false);
  });

  it('treats wildcard and regular-expression characters as plain text', () => {
    for (const text of ['*', '.*', 'l?af', '(', ' ', '\u0000']) assert.throws(() => matchObject(world, 2, text), { code: 'E_OBJECT_NOT_FOUND' }, JSON.stringify(text));
  });
});
