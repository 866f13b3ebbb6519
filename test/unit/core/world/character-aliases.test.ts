import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ObjectAttribute } from '../../../../core/world/builder/object-attribute.js';
import { aliasesIn, characterByAlias } from '../../../../core/world/character-aliases.js';
import type { ObjectKind, WorldObject } from '../../../../core/world/world-object.js';

function object(id: number, kind: ObjectKind, name: string): WorldObject {
  return { id, kind, name, aliases: [], description: '', ownerId: null, locationId: 1, destinationId: null, attributes: {}, flags: [], parentId: null, locks: {} };
}

function world(objects: WorldObject[], aliases: Record<number, string>) {
  return {
    allObjects: () => objects,
    attributeOf: (id: number, name: string): ObjectAttribute | undefined =>
      name === 'ALIAS' && aliases[id] !== undefined ? { name: 'ALIAS', value: aliases[id]!, ownerId: id, flags: [] } : undefined,
  };
}

describe('player aliases', () => {
  it('splits an ALIAS value at ";", dropping blanks', () => {
    assert.deepEqual(aliasesIn(' Ali ;; Al;'), ['Ali', 'Al']);
    assert.deepEqual(aliasesIn(''), []);
  });

  it('finds the one character with an alias, in any case, and no thing that has one', () => {
    const alice = object(2, 'character', 'Alice');
    const lamp = object(3, 'thing', 'Lamp');
    const lookup = world([alice, lamp], { 2: 'Ali;Al', 3: 'Lampy' });
    assert.equal(characterByAlias(lookup, 'ali')?.id, 2);
    assert.equal(characterByAlias(lookup, ' AL ')?.id, 2);
    assert.equal(characterByAlias(lookup, 'Lampy'), undefined);
    assert.equal(characterByAlias(lookup, ''), undefined);
    assert.equal(characterByAlias(lookup, 'Ali;Al'), undefined);
  });

  it('answers nobody for an alias two characters share', () => {
    const lookup = world([object(2, 'character', 'Alice'), object(4, 'character', 'Alan')], { 2: 'Al', 4: 'al' });
    assert.equal(characterByAlias(lookup, 'Al'), undefined);
  });
});
