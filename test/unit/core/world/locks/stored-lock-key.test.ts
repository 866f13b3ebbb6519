// Reading a stored lock: the text written when it was set loads as the same tree, objects
// destroyed since do not stop it loading, and text naming objects by name is refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode, LockKeyError } from '../../../../../core/errors.js';
import { evaluateLock } from '../../../../../core/world/locks/evaluate-lock.js';
import { parseStoredLockKey } from '../../../../../core/world/locks/stored-lock-key.js';
import { unparseLockKey } from '../../../../../core/world/locks/unparse-lock-key.js';
import { FixtureWorld } from './lock-world-fixture.js';

const world = new FixtureWorld([
  { id: 1, name: 'Hall', type: 'room' },
  { id: 2, name: 'Ann', type: 'character', contents: [3] },
  { id: 3, name: 'Key', type: 'thing' },
]);

describe('parseStoredLockKey', () => {
  it('loads what resolution wrote, as the same tree', () => {
    const set = world.resolve('+Key & !=#1 | @Hall/Use', 1);
    const stored = unparseLockKey(set);
    assert.equal(stored, '+#3&!=#1|@#1/Use');
    assert.deepEqual(parseStoredLockKey(stored), set);
  });

  it('loads a lock naming an object destroyed since, whose key then fails', () => {
    const lock = parseStoredLockKey('+#3|=#404');
    const context = { world, lockedObject: 1, lockType: 'Basic' as const };
    assert.equal(evaluateLock(lock, 2, context), true);
    assert.equal(evaluateLock(parseStoredLockKey('=#404|$#404|@#404'), 2, context), false);
  });

  it('refuses stored text that names objects other than by number', () => {
    for (const text of ['=me', 'here', '+Key', '#1&@First Puppet']) {
      assert.throws(() => parseStoredLockKey(text), (error: unknown) => error instanceof LockKeyError && errorCode(error) === 'E_LOCK_SYNTAX' && /set the lock again/.test(error.message), text);
    }
    assert.throws(() => parseStoredLockKey('#1&'), LockKeyError);
  });
});
