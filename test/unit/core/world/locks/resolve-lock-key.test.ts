// Resolving a key's names at @lock time: me, here, numbers checked to exist, names matched
// among what the setter can see, and PennMUSH's refusals for nothing and for several.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode, LockReferenceError } from '../../../../../core/errors.js';
import { parseLockKey } from '../../../../../core/world/locks/parse-lock-key.js';
import { resolveLockKey, type LockReferenceResolver } from '../../../../../core/world/locks/resolve-lock-key.js';
import { unparseLockKey } from '../../../../../core/world/locks/unparse-lock-key.js';
import { answersTo, type WorldObject } from '../../../../../core/world/world-object.js';

function object(id: number, kind: WorldObject['kind'], name: string, locationId: number | null, aliases: string[] = []): WorldObject {
  return { id, kind, name, aliases, description: '', ownerId: null, locationId, destinationId: null, attributes: {}, flags: [], parentId: null, locks: {} };
}

// Ann (#3) stands in the Hall (#1) holding a Bathroom Key (#5); two Coins lie about.
const OBJECTS = [
  object(1, 'room', 'Hall', null),
  object(2, 'room', 'Yard', null),
  object(3, 'character', 'Ann', 1),
  object(4, 'exit', 'North', 1, ['n']),
  object(5, 'thing', 'Bathroom Key', 3, ['key']),
  object(6, 'thing', 'Coin', 1),
  object(7, 'thing', 'Coin', 1),
  object(8, 'thing', 'Far Thing', 2),
];

/** What the object model will pass: names matched among the setter's room and inventory, exact names before aliases. */
function resolverFor(setter: number): LockReferenceResolver {
  const byId = new Map(OBJECTS.map((entry) => [entry.id, entry]));
  const location = byId.get(setter)?.locationId ?? null;
  return {
    setter,
    location,
    exists: (id) => byId.has(id),
    matchName(name) {
      const nearby = OBJECTS.filter((entry) => entry.locationId === location || entry.locationId === setter);
      const exact = nearby.filter((entry) => entry.name.toLowerCase() === name.toLowerCase());
      return (exact.length > 0 ? exact : nearby.filter((entry) => answersTo(entry, name))).map((entry) => entry.id);
    },
  };
}

function resolved(text: string, setter = 3): string {
  return unparseLockKey(resolveLockKey(parseLockKey(text), resolverFor(setter)));
}

function refusal(text: string, setter = 3): LockReferenceError {
  try {
    resolveLockKey(parseLockKey(text), resolverFor(setter));
  } catch (error) {
    assert.ok(error instanceof LockReferenceError, String(error));
    return error;
  }
  assert.fail(`${text} resolved`);
}

describe('resolveLockKey', () => {
  it('turns me, here, names and aliases into object numbers wherever a key names an object', () => {
    const cases: [string, string][] = [
      ['me', '#3'],
      ['=me', '=#3'],
      ['here', '#1'],
      ['+Bathroom Key', '+#5'],
      ['bathroom key', '#5'],
      ['+key', '+#5'],
      ['=North', '=#4'],
      ['$n', '$#4'],
      ['@North/Use', '@#4/Use'],
      ['@here', '@#1'],
      ['objid^me', '=#3'],
      ['#8', '#8'],
      ['!(Bathroom Key | =me) & sex:m* & flag^wizard', '!(#5|=#3)&SEX:m*&FLAG^WIZARD'],
      ['#true', '#TRUE'],
    ];
    for (const [text, canonical] of cases) assert.equal(resolved(text), canonical, text);
  });

  it('refuses a name that matches nothing the setter can see, in PennMUSH words', () => {
    const missing = refusal('+Golden Key');
    assert.equal(errorCode(missing), 'E_OBJECT_NOT_FOUND');
    assert.equal(missing.message, 'I don\'t see "Golden Key" here.');
    assert.equal(missing.reference, 'Golden Key');
    // Far Thing is in another room: a name is matched nearby, a number anywhere.
    assert.equal(errorCode(refusal('Far Thing')), 'E_OBJECT_NOT_FOUND');
    assert.equal(resolved('=#8'), '=#8');
  });

  it('refuses a name that matches several things equally well', () => {
    const ambiguous = refusal('#1 & +Coin');
    assert.equal(errorCode(ambiguous), 'E_OBJECT_AMBIGUOUS');
    assert.equal(ambiguous.message, 'I don\'t know which "Coin" you mean.');
  });

  it('refuses numbers no object has, and here when the setter is nowhere', () => {
    const missing = refusal('=#99');
    assert.equal(errorCode(missing), 'E_OBJECT_NOT_FOUND');
    assert.equal(missing.message, 'No object #99 exists.');
    const nowhere = refusal('here', 1);
    assert.equal(errorCode(nowhere), 'E_OBJECT_NOT_FOUND');
    assert.match(nowhere.message, /nowhere/);
  });

  it('quotes a long name shortened, so a refusal stays readable', () => {
    const message = refusal(`=${'Z'.repeat(500)}`).message;
    assert.ok(message.length < 140, message);
  });
});
