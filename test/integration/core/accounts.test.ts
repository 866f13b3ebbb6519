import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Accounts } from '../../../core/auth/accounts.js';
import { LoginThrottle } from '../../../core/auth/login-throttle.js';
import { EventBus } from '../../../core/events/event-bus.js';
import { EventStore } from '../../../core/events/event-store.js';
import { errorCode } from '../../../core/errors.js';
import { World } from '../../../core/world/world.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const code = (expected: string) => (error: unknown) => errorCode(error) === expected;

for (const driver of availableDrivers()) {
  describe(`Accounts on ${driver}`, () => {
    let database: TestDatabase;
    let world: World;
    let accounts: Accounts;

    before(async () => {
      database = await openTestDatabase(driver);
      const store = new EventStore(database.handle.db, new EventBus());
      world = await World.load(database.handle.db, store);
      accounts = new Accounts(database.handle.db, world, new LoginThrottle({ maxFailures: 6, windowMs: 60_000 }), {
        maxFailedLogins: 3,
        maxFailedLoginsEverywhere: 3,
        lockMs: 60_000,
      });
    });
    after(() => database.dispose());

    it('creates an account with a character in the starting room', async () => {
      const account = await accounts.create('Alice', 'wonderland');
      assert.equal(account.role, 'player');
      const character = world.require(account.characterId);
      assert.deepEqual([character.kind, character.name, character.locationId], ['character', 'Alice', world.startingRoomId]);
      assert.equal(accounts.forCharacter(account.characterId)?.name, 'Alice');
    });

    it('keeps names unique regardless of case, even when created at the same moment', async () => {
      await assert.rejects(accounts.create('ALICE', 'whatever1'), code('E_NAME_TAKEN'));
      const results = await Promise.allSettled(Array.from({ length: 5 }, () => accounts.create('Racer', 'password1')));
      assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
      for (const result of results) {
        if (result.status === 'rejected') assert.equal(errorCode(result.reason), 'E_NAME_TAKEN');
      }
      assert.equal(world.counts().character, 2);
    });

    it('logs in by name in any case and records the last login', async () => {
      const account = await accounts.authenticate('alice', 'wonderland', '10.0.0.1');
      assert.equal(account.name, 'Alice');
      const again = await accounts.authenticate('Alice', 'wonderland', '10.0.0.1');
      assert.ok(again.lastLoginAt instanceof Date);
    });

    it('fails unknown names and wrong passwords with the same error', async () => {
      await assert.rejects(accounts.authenticate('Nobody', 'whatever1', '10.0.0.2'), code('E_LOGIN_FAILED'));
      await assert.rejects(accounts.authenticate('Alice', 'wrong-one', '10.0.0.2'), code('E_LOGIN_FAILED'));
    });

    it('locks an account after repeated failures, even for the right password, and says until when', async () => {
      await accounts.create('Target', 'rightpass');
      await assert.rejects(accounts.authenticate('Target', 'guess-1', '10.0.1.1'), code('E_LOGIN_FAILED'));
      await assert.rejects(accounts.authenticate('Target', 'guess-2', '10.0.1.2'), code('E_LOGIN_FAILED'));
      await assert.rejects(accounts.authenticate('Target', 'guess-3', '10.0.1.3'), code('E_ACCOUNT_LOCKED'));
      await assert.rejects(accounts.authenticate('Target', 'rightpass', '10.0.1.4'), (error: unknown) => {
        assert.equal(errorCode(error), 'E_ACCOUNT_LOCKED');
        assert.match((error as Error).message, /locked .* until \d{4}-/);
        return true;
      });
    });

    it('throttles an address guessing across accounts', async () => {
      for (let i = 0; i < 6; i += 1) {
        await assert.rejects(accounts.authenticate(`Ghost${i}`, 'nope-nope', '10.9.9.9'), code('E_LOGIN_FAILED'));
      }
      await assert.rejects(accounts.authenticate('Alice', 'wonderland', '10.9.9.9'), code('E_LOGIN_THROTTLED'));
      await accounts.authenticate('Alice', 'wonderland', '10.9.9.8');
    });

    it('refuses bad names and passwords before touching the database', async () => {
      await assert.rejects(accounts.create('no spaces', 'password1'), code('E_NAME_INVALID'));
      await assert.rejects(accounts.create('Here', 'password1'), code('E_NAME_INVALID'));
      await assert.rejects(accounts.create('Shorty', '123'), code('E_PASSWORD_INVALID'));
      assert.equal(await accounts.findByName('Shorty'), undefined);
    });

    it('changes roles', async () => {
      const builder = await accounts.setRole('alice', 'builder');
      assert.equal(builder?.role, 'builder');
      assert.equal((await accounts.findByName('Alice'))?.role, 'builder');
      assert.equal(await accounts.setRole('Nobody', 'admin'), undefined);
    });

    it('changes a password only given the current one, one change at a time', async () => {
      const pat = await accounts.create('Pat', 'pat-first-1');
      await assert.rejects(accounts.changePassword(pat.id, 'not-it-at-all', 'pat-second-2'), code('E_PASSWORD_WRONG'));
      await assert.rejects(accounts.changePassword(pat.id, 'pat-first-1', 'short'), code('E_PASSWORD_INVALID'));
      await assert.rejects(accounts.changePassword(pat.id, 'pat-first-1', 'tab\there'), code('E_PASSWORD_INVALID'));
      // Two changes sent at once with the same old password: the second checks against the first's result.
      const results = await Promise.allSettled([accounts.changePassword(pat.id, 'pat-first-1', 'pat-race-a'), accounts.changePassword(pat.id, 'pat-first-1', 'pat-race-b')]);
      assert.deepEqual(results.map((result) => result.status), ['fulfilled', 'rejected']);
      await assert.rejects(accounts.authenticate('Pat', 'pat-first-1', '10.0.1.1'), code('E_LOGIN_FAILED'));
      assert.equal((await accounts.authenticate('Pat', 'pat-race-a', '10.0.1.1')).name, 'Pat');
    });

    it("resets a password without the old one, lifting the account's lock", async () => {
      await accounts.create('Quin', 'quin-first-1');
      for (let guess = 0; guess < 3; guess += 1) await accounts.authenticate('Quin', `guess-${guess}`, '10.0.2.1').catch(() => {});
      await assert.rejects(accounts.authenticate('Quin', 'quin-first-1', '10.0.2.1'), code('E_ACCOUNT_LOCKED'));
      await assert.rejects(accounts.resetPassword('Quin', 'tiny'), code('E_PASSWORD_INVALID'));
      assert.equal((await accounts.resetPassword('quin', 'quin-reset-2'))?.name, 'Quin');
      assert.equal((await accounts.authenticate('Quin', 'quin-reset-2', '10.0.2.1')).name, 'Quin');
      assert.equal(await accounts.resetPassword('Nobody', 'whatever-3'), undefined);
      assert.deepEqual((await accounts.list()).map((entry) => [entry.name, entry.role]).filter(([name]) => name === 'Pat' || name === 'Quin'), [['Pat', 'player'], ['Quin', 'player']]);
    });
  });
}
