// Password guessing through the real login path (session, login screen, accounts, database):
// an account locks for the address that keeps failing, and everywhere but the addresses it used
// before after more failures from anywhere; an address is throttled after repeated failures
// across accounts; no limit can be outrun by sending many guesses at once, and an admin can lift
// every lock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_LOGIN_LIMITS } from '../../../core/auth/login-limits.js';
import { type HearthCore, startCore } from '../../../core/hearth-core.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { LOGIN_ANSWERS, openMemorySession, TEST_SESSIONS } from '../../support/memory-sessions.js';

const MAX_FAILED_LOGINS = 3;
const MAX_FAILED_LOGINS_EVERYWHERE = 6;
const MAX_FAILURES_PER_ADDRESS = 5;

for (const driver of availableDrivers()) {
  describe(`login limits on ${driver}`, () => {
    let database: TestDatabase;
    let core: HearthCore;
    let nextAddress = 1;
    const freshAddress = (): string => `10.20.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250}`;

    before(async () => {
      database = await openTestDatabase(driver);
      core = await startCore(database.handle, silentLogger(), {
        sessions: TEST_SESSIONS,
        login: { ...DEFAULT_LOGIN_LIMITS, maxFailedLogins: MAX_FAILED_LOGINS, maxFailedLoginsEverywhere: MAX_FAILED_LOGINS_EVERYWHERE, lockMs: 60_000, maxFailuresPerAddress: MAX_FAILURES_PER_ADDRESS, addressWindowMs: 60_000 },
      });
      for (const name of ['Target', 'Bystander', 'Racer', 'Victim', 'Traveller', 'Warden']) {
        assert.match(await openMemorySession(core, { address: freshAddress() }).login(`create ${name} right-password`), new RegExp(`Welcome, ${name}\\.`));
      }
    });
    after(async () => {
      await core.shutdown('bye');
      await database.dispose();
    });

    it('locks an account after repeated wrong passwords from many addresses, refusing even the right one from a new address', async () => {
      for (let guess = 1; guess < MAX_FAILED_LOGINS_EVERYWHERE; guess += 1) {
        assert.equal(await openMemorySession(core, { address: freshAddress() }).login(`connect Target guess-${guess}`), LOGIN_ANSWERS.failed);
      }
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect Target guess-last'), LOGIN_ANSWERS.locked);
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect target right-password'), LOGIN_ANSWERS.locked);
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect Bystander right-password'), /Welcome, Bystander\./, 'other accounts are untouched');
    });

    it('locks after the limit even when many guesses arrive at once on many connections', async () => {
      const guesses = await Promise.all(
        Array.from({ length: 12 }, (_, index) => openMemorySession(core, { address: freshAddress() }).login(`connect Racer parallel-${index}`)),
      );
      // Each attempt is counted before its password is checked: only the first ones are verified.
      assert.equal(guesses.filter((answer) => answer === LOGIN_ANSWERS.failed).length, MAX_FAILED_LOGINS_EVERYWHERE - 1);
      assert.equal(guesses.filter((answer) => LOGIN_ANSWERS.locked.test(answer)).length, 12 - (MAX_FAILED_LOGINS_EVERYWHERE - 1));
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect Racer right-password'), LOGIN_ANSWERS.locked);
    });

    it('locks the account only for an address that keeps failing: its owner still logs in from elsewhere', async () => {
      const guesser = freshAddress();
      for (let guess = 1; guess < MAX_FAILED_LOGINS; guess += 1) {
        assert.equal(await openMemorySession(core, { address: guesser }).login(`connect Victim guess-${guess}`), LOGIN_ANSWERS.failed);
      }
      assert.match(await openMemorySession(core, { address: guesser }).login('connect Victim guess-last'), LOGIN_ANSWERS.lockedHere);
      assert.match(await openMemorySession(core, { address: guesser }).login('connect Victim right-password'), LOGIN_ANSWERS.lockedHere, 'not even the right password from there');
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect Victim right-password'), /Welcome, Victim\./);
    });

    it('does not hold a lock from everywhere against an address the account used before; a login there lifts it', async () => {
      const home = freshAddress();
      assert.match(await openMemorySession(core, { address: home }).login('connect Traveller right-password'), /Welcome, Traveller\./);
      for (let guess = 0; guess < MAX_FAILED_LOGINS_EVERYWHERE; guess += 1) {
        await openMemorySession(core, { address: freshAddress() }).login(`connect Traveller guess-${guess}`);
      }
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect Traveller right-password'), LOGIN_ANSWERS.locked);
      assert.match(await openMemorySession(core, { address: home }).login('connect Traveller right-password'), /Welcome, Traveller\./);
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect Traveller right-password'), /Welcome, Traveller\./, 'the lock is lifted');
    });

    it('lifts every lock, from everywhere and per address, when an admin unlocks the account', async () => {
      const guesser = freshAddress();
      for (let guess = 0; guess < MAX_FAILED_LOGINS; guess += 1) await openMemorySession(core, { address: guesser }).login(`connect Warden here-${guess}`);
      for (let guess = MAX_FAILED_LOGINS; guess < MAX_FAILED_LOGINS_EVERYWHERE; guess += 1) {
        await openMemorySession(core, { address: freshAddress() }).login(`connect Warden there-${guess}`);
      }
      assert.match(await openMemorySession(core, { address: guesser }).login('connect Warden right-password'), LOGIN_ANSWERS.lockedHere);
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect Warden right-password'), LOGIN_ANSWERS.locked);
      assert.equal((await core.accounts.unlock('warden'))?.name, 'Warden');
      assert.match(await openMemorySession(core, { address: guesser }).login('connect Warden right-password'), /Welcome, Warden\./);
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect Warden right-password'), /Welcome, Warden\./);
      assert.equal(await core.accounts.unlock('Nobody'), undefined);
    });

    it('lets many logins with the right password at once all in, locking nothing', async () => {
      const logins = await Promise.all(
        Array.from({ length: MAX_FAILED_LOGINS * 3 }, () => openMemorySession(core, { address: freshAddress() }).login('connect Bystander right-password')),
      );
      for (const answer of logins) assert.match(answer, /Welcome, Bystander\./);
    });

    it('throttles one address guessing across accounts, before any account locks, and only that address', async () => {
      const guesser = freshAddress();
      for (let guess = 0; guess < MAX_FAILURES_PER_ADDRESS; guess += 1) {
        assert.equal(await openMemorySession(core, { address: guesser }).login(`connect Nobody${guess} some-password`), LOGIN_ANSWERS.failed);
      }
      assert.match(await openMemorySession(core, { address: guesser }).login('connect Bystander right-password'), LOGIN_ANSWERS.throttled);
      assert.match(await openMemorySession(core, { address: freshAddress() }).login('connect Bystander right-password'), /Welcome, Bystander\./);
    });

    it('throttles an address that sends many guesses at once on many connections', async () => {
      const guesser = freshAddress();
      const guesses = await Promise.all(
        Array.from({ length: 15 }, (_, index) => openMemorySession(core, { address: guesser }).login(`connect Ghost${index} some-password`)),
      );
      assert.equal(guesses.filter((answer) => answer === LOGIN_ANSWERS.failed).length, MAX_FAILURES_PER_ADDRESS);
      assert.equal(guesses.filter((answer) => LOGIN_ANSWERS.throttled.test(answer)).length, 15 - MAX_FAILURES_PER_ADDRESS);
    });

    it('does not let a good login wipe an address\'s failures at other accounts', async () => {
      const guesser = freshAddress();
      for (let round = 0; round < MAX_FAILURES_PER_ADDRESS - 1; round += 1) {
        assert.equal(await openMemorySession(core, { address: guesser }).login(`connect Phantom${round} some-password`), LOGIN_ANSWERS.failed);
        assert.match(await openMemorySession(core, { address: guesser }).login('connect Bystander right-password'), /Welcome, Bystander\./);
      }
      assert.equal(await openMemorySession(core, { address: guesser }).login('connect PhantomLast some-password'), LOGIN_ANSWERS.failed);
      assert.match(await openMemorySession(core, { address: guesser }).login('connect Bystander right-password'), LOGIN_ANSWERS.throttled);
    });
  });
}
