// The pure parts of builder data: attribute names, flag names and letters, and the world as the
// lock evaluator sees it (hidden attributes left out, inherited ones in, each object read once).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalAttributeName, checkAttributeValue } from '../../../../../core/world/builder/attribute-names.js';
import { attributeFlagLetters, normaliseAttributeFlag, normaliseObjectFlag, objectFlagLetters } from '../../../../../core/world/builder/object-flags.js';
import { lockWorldOf } from '../../../../../core/world/builder/world-locks.js';
import { evaluateLock, parseStoredLockKey } from '../../../../../core/world/locks/index.js';
import { MemoryWorld } from '../../../../harness/memory-world.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('attribute names and values', () => {
  it('makes names upper case and keeps tree levels', () => {
    assert.equal(canonicalAttributeName('  describe_me '), 'DESCRIBE_ME');
    assert.equal(canonicalAttributeName('char`stats`str'), 'CHAR`STATS`STR');
    assert.equal(canonicalAttributeName("a.b-c#d$e&f*g+h!i?j~k|l'm<n>o^p@q"), "A.B-C#D$E&F*G+H!I?J~K|L'M<N>O^P@Q");
  });

  it('refuses empty, long, spaced, command-splitting, control and empty-level names', () => {
    for (const name of ['', '   ', 'A'.repeat(65), 'TWO WORDS', 'A=B', 'A:B', 'A/B', 'A,B', 'A;B', 'A[B]', 'A(B)', 'A%B', 'A\\B', '"A"', 'A\u0000', 'A\u001b[2J', 'ÉCOLE', '`A', 'A`', 'A``B']) {
      assert.equal(codeOf(() => canonicalAttributeName(name)), 'E_ATTRIBUTE_NAME', JSON.stringify(name));
    }
    assert.equal(canonicalAttributeName('A'.repeat(64)).length, 64);
  });

  it('counts values in UTF-8 bytes', () => {
    assert.equal(codeOf(() => checkAttributeValue('x'.repeat(8192))), undefined);
    assert.equal(codeOf(() => checkAttributeValue('é'.repeat(4097))), 'E_ATTRIBUTE_TOO_LONG');
  });
});

describe('flags', () => {
  it('reads flags in any case with their aliases, and refuses unknown ones', () => {
    assert.equal(normaliseObjectFlag('dark'), 'DARK');
    assert.equal(normaliseObjectFlag('Tel_OK'), 'JUMP_OK');
    assert.equal(normaliseAttributeFlag('hidden'), 'MORTAL_DARK');
    for (const flag of ['WIZARD', 'sparkly', '', 'dark\u0000']) assert.equal(codeOf(() => normaliseObjectFlag(flag)), 'E_FLAG_UNKNOWN', flag);
    assert.equal(codeOf(() => normaliseAttributeFlag('dark')), 'E_FLAG_UNKNOWN');
  });

  it("writes PennMUSH's letters in a stable order", () => {
    assert.equal(objectFlagLetters(['VISUAL', 'DARK', 'JUMP_OK', 'OPEN_OK']), 'DJV');
    assert.equal(attributeFlagLetters(['VISUAL', 'NO_COMMAND', 'LOCKED']), '$v+');
  });
});

describe('the world as locks see it', () => {
  it('gives locks inherited attributes but never MORTAL_DARK ones, and stored keys', async () => {
    const world = new MemoryWorld();
    const clan = world.addThing('Clan', world.startingRoomId);
    const alice = world.addCharacter('Alice');
    await world.setBuilderFields(alice.id, { parentId: clan.id, flags: ['DARK'] });
    await world.writeObjectAttribute(clan.id, 'CLAN', { name: 'CLAN', value: 'Otter', ownerId: null, flags: [] });
    await world.writeObjectAttribute(alice.id, 'SECRET', { name: 'SECRET', value: 'yes', ownerId: null, flags: ['MORTAL_DARK'] });
    const box = world.addThing('Box', world.startingRoomId);
    await world.setBuilderFields(box.id, { locks: { Basic: 'CLAN:ott*&FLAG^dark', Use: 'SECRET:yes' } });
    const locks = lockWorldOf(world);
    const subject = locks.object(alice.id)!;
    assert.deepEqual(subject.attributes, { CLAN: 'Otter' });
    assert.equal(subject.owner, alice.id, 'a character with no owner owns itself');
    assert.equal(locks.object(alice.id), subject, 'read once per check');
    const check = (type: 'Basic' | 'Use') => evaluateLock(parseStoredLockKey(world.get(box.id)!.locks[type]!), alice.id, { world: lockWorldOf(world), lockedObject: box.id, lockType: type });
    assert.equal(check('Basic'), true);
    assert.equal(check('Use'), false);
    assert.equal(locks.object(999), undefined);
  });
});
