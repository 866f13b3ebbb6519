// The lock types PennMUSH lists, and the @lock/<switch> words that choose them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode, LockTypeUnknownError } from '../../../../../core/errors.js';
import { DEFAULT_LOCK_TYPE, isLockType, normaliseLockType, STANDARD_LOCK_TYPES } from '../../../../../core/world/locks/lock-types.js';

describe('lock types', () => {
  it('include the types PennMUSH lists, each with what it guards', () => {
    for (const type of ['Basic', 'Enter', 'Use', 'Page', 'Teleport', 'Speech', 'Link', 'Drop', 'Give', 'Leave', 'Zone', 'Control', 'Parent', 'Open', 'Mail', 'Listen', 'Command', 'From', 'Pay', 'Receive', 'Follow', 'Examine', 'Chzone', 'Forward', 'Filter', 'Infilter', 'Dropto', 'Destroy', 'Interact', 'Take', 'MailForward']) {
      assert.ok(Object.hasOwn(STANDARD_LOCK_TYPES, type), type);
    }
    for (const description of Object.values(STANDARD_LOCK_TYPES)) assert.match(description, /^[A-Z].{10,}\.$/);
  });

  it('normalise a switch in any case, with or without its slash, and a bare @lock to Basic', () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'Basic'],
      ['', 'Basic'],
      ['  ', 'Basic'],
      ['basic', 'Basic'],
      ['ENTER', 'Enter'],
      ['/use', 'Use'],
      [' Page ', 'Page'],
      ['teleport', 'Teleport'],
      ['speech', 'Speech'],
      ['link', 'Link'],
      ['drop', 'Drop'],
      ['give', 'Give'],
      ['leave', 'Leave'],
      ['mailforward', 'MailForward'],
      ['user:Wield', 'user:wield'],
      ['USER:combat.rank', 'user:combat.rank'],
    ];
    for (const [text, type] of cases) assert.equal(normaliseLockType(text), type, String(text));
    assert.equal(DEFAULT_LOCK_TYPE, 'Basic');
  });

  it('refuse unknown and malformed types with E_LOCK_TYPE_UNKNOWN and a message naming the word', () => {
    for (const text of ['bogus', 'bas', 'user:', 'user:9lives', 'user:has space', `user:${'x'.repeat(33)}`, 'constructor', '__proto__', 'toString', 'basic/use', 'us\u0000e']) {
      assert.throws(() => normaliseLockType(text), (error: unknown) => error instanceof LockTypeUnknownError && errorCode(error) === 'E_LOCK_TYPE_UNKNOWN', text);
    }
    assert.throws(() => normaliseLockType('flying'), { message: /^"flying" is not a lock type; use one of Basic, Enter, Teleport, Use, .*, MailForward, or user:<name> for a lock of your own\.$/ });
    // Control characters never reach the message raw.
    assert.throws(() => normaliseLockType('x\u001b[2J'), (error: Error) => !error.message.includes('\u001b'));
  });

  it('recognise exactly the spellings normaliseLockType produces', () => {
    for (const type of ['Basic', 'MailForward', 'user:wield']) assert.equal(isLockType(type), true, type);
    for (const value of ['basic', 'user:Wield', 'user:', 'constructor', '', 12, null, undefined]) assert.equal(isLockType(value), false, String(value));
  });
});
