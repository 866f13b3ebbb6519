import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../../../../core/auth/password.js';

describe('password hashing', () => {
  it('hashes with argon2id and a fresh salt each time', async () => {
    const first = await hashPassword('hunter22');
    const second = await hashPassword('hunter22');
    assert.match(first, /^\$argon2id\$/);
    assert.notEqual(first, second);
    assert.ok(!first.includes('hunter22'));
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('s\u00e9same ouvre-toi');
    assert.equal(await verifyPassword(hash, 's\u00e9same ouvre-toi'), true);
    assert.equal(await verifyPassword(hash, 'sesame ouvre-toi'), false);
  });

  it('treats a corrupted stored hash as a failed login, not an error', async () => {
    assert.equal(await verifyPassword('not-a-hash', 'anything'), false);
    assert.equal(await verifyPassword('$argon2id$v=19$m=1,t=1,p=1$AAAA$BBBB', 'anything'), false);
  });

  it('always fails against the decoy', async () => {
    assert.equal(await verifyAgainstDecoy('decoy password that no account has'), false);
  });
});
