// Logging in must not reveal which names exist: "no such name" and "wrong password" give the
// client the same words and cost the server the same work (one argon2 verify each; for a missing
// name, against a decoy hash). The work is checked by counting verifications, never by timing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Accounts } from '../../../core/auth/accounts.js';
import { LoginThrottle } from '../../../core/auth/login-throttle.js';
import { type PasswordHasher, argon2idHasher } from '../../../core/auth/password.js';
import { EventBus } from '../../../core/events/event-bus.js';
import { EventStore } from '../../../core/events/event-store.js';
import { HearthError, errorCode } from '../../../core/errors.js';
import { type HearthCore, startCore } from '../../../core/hearth-core.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { World } from '../../../core/world/world.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { openMemorySession, TEST_SESSIONS } from '../../support/memory-sessions.js';

/** argon2id, counting what it is asked to do. */
class CountingHasher implements PasswordHasher {
  hashes = 0;
  verifications: string[] = [];

  async hash(password: string): Promise<string> {
    this.hashes += 1;
    return argon2idHasher.hash(password);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    this.verifications.push(passwordHash);
    return argon2idHasher.verify(passwordHash, password);
  }
}

async function failure(attempt: Promise<unknown>): Promise<HearthError> {
  const error = await attempt.then(
    () => assert.fail('the login should have failed'),
    (reason: unknown) => reason,
  );
  assert.ok(error instanceof HearthError);
  return error;
}

for (const driver of availableDrivers()) {
  describe(`login without account enumeration on ${driver}`, () => {
    let database: TestDatabase;
    let hasher: CountingHasher;
    let accounts: Accounts;

    before(async () => {
      database = await openTestDatabase(driver);
      const world = await World.load(database.handle.db, new EventStore(database.handle.db, new EventBus()));
      hasher = new CountingHasher();
      accounts = new Accounts(database.handle.db, world, new LoginThrottle({ maxFailures: 100, windowMs: 60_000 }), { maxFailedLogins: 100, maxFailedLoginsEverywhere: 100, lockMs: 60_000 }, hasher);
      await accounts.create('Existing', 'the-right-one');
    });
    after(() => database.dispose());

    it('verifies a password exactly once whether or not the name exists, and fails both alike', async () => {
      hasher.verifications = [];
      const missing = await failure(accounts.authenticate('NoSuchName', 'a-guess', '10.1.0.1'));
      assert.equal(hasher.verifications.length, 1, 'a missing name still costs one verify');
      const decoy = hasher.verifications[0];

      hasher.verifications = [];
      const wrong = await failure(accounts.authenticate('Existing', 'a-guess', '10.1.0.1'));
      assert.equal(hasher.verifications.length, 1, 'a wrong password costs one verify');
      assert.notEqual(hasher.verifications[0], decoy, 'the real account was checked against its own hash');

      assert.deepEqual([errorCode(missing), missing.message], [errorCode(wrong), wrong.message]);
      assert.equal(errorCode(missing), 'E_LOGIN_FAILED');
    });

    it('makes the decoy hash once, and verifies against it for every missing name', async () => {
      const hashesBefore = hasher.hashes;
      hasher.verifications = [];
      for (const name of ['Ghost1', 'Ghost2', 'x'.repeat(500)]) await failure(accounts.authenticate(name, 'a-guess', '10.1.0.2'));
      assert.equal(hasher.hashes, hashesBefore);
      assert.equal(new Set(hasher.verifications).size, 1);
      assert.equal(hasher.verifications.length, 3);
    });
  });

  describe(`login answers on ${driver}`, () => {
    let database: TestDatabase;
    let core: HearthCore;

    before(async () => {
      database = await openTestDatabase(driver);
      core = await startCore(database.handle, silentLogger(), {
        sessions: TEST_SESSIONS,
      });
      await openMemorySession(core).login('create Existing the-right-one');
    });
    after(async () => {
      await core.shutdown('bye');
      await database.dispose();
    });

    it('shows a client exactly the same text for a missing name and for a wrong password', async () => {
      const transcripts: string[] = [];
      for (const line of ['connect NoSuchName a-guess', 'connect Existing a-guess', 'connect nosuchname', 'connect existing']) {
        const client = openMemorySession(core, { address: '10.1.1.1' });
        client.session.receive(line);
        if (!line.includes('a-guess')) client.session.receive('a-guess');
        await client.transport.output.waitFor('different password.');
        transcripts.push(client.transport.output.all);
      }
      assert.equal(transcripts[0], transcripts[1]);
      assert.equal(transcripts[2], transcripts[3], 'the same when the password is asked for');
    });
  });
}
