// Resume tokens through the real login path: random, single-use (each use hands out a fresh one),
// kept across a dropped connection, and gone after QUIT, an idle-out, a boot, their lifetime and
// a restart of the server.
import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { type HearthCore, startCore } from '../../../core/hearth-core.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { LOGIN_ANSWERS, type MemorySession, openMemorySession, TEST_SESSIONS } from '../../support/memory-sessions.js';

const HOUR = 3600_000;

for (const driver of availableDrivers()) {
  describe(`resume tokens on ${driver}`, () => {
    let database: TestDatabase;
    let core: HearthCore;

    /** A browser-like connection (it keeps resume tokens) that logged in with `line`. */
    async function browser(line: string): Promise<MemorySession & { token: string }> {
      const client = openMemorySession(core, { keepsResumeToken: true });
      assert.match(await client.login(line), /Welcome, \w+\./);
      const token = client.resumeToken();
      assert.ok(token, 'a token was handed out');
      return Object.assign(client, { token });
    }

    /** The connection is lost without QUIT, as when a laptop sleeps. */
    function drop(client: MemorySession): void {
      client.transport.close();
      core.sessions.connectionClosed(client.session);
    }

    async function resume(token: string): Promise<string> {
      return openMemorySession(core, { keepsResumeToken: true }).login(`resume ${token}`);
    }

    before(async () => {
      database = await openTestDatabase(driver);
      core = await startCore(database.handle, silentLogger(), { sessions: TEST_SESSIONS });
      const first = await browser('create Wanderer wanderer-pass');
      drop(first);
    });
    after(async () => {
      await core.shutdown('bye');
      await database.dispose();
    });

    it('hands out random 256-bit tokens that expire in hours', async () => {
      const issued = await Promise.all(Array.from({ length: 8 }, () => browser('connect Wanderer wanderer-pass')));
      const tokens = issued.map((client) => client.token);
      for (const token of tokens) assert.match(token, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(new Set(tokens).size, tokens.length);
      // No two tokens share a long run of characters, as counters or timestamps would.
      const prefixes = new Set(tokens.map((token) => token.slice(0, 8)));
      assert.equal(prefixes.size, tokens.length);
      const expiresAt = Date.parse(issued[0]!.transport.dataFor<{ expiresAt: string }>('resume')[0]!.expiresAt);
      assert.ok(expiresAt > Date.now() + HOUR && expiresAt < Date.now() + 24 * HOUR);
      for (const client of issued) drop(client);
    });

    it('logs in once per token after a dropped connection, handing out a fresh one each time', async () => {
      const client = await browser('connect Wanderer wanderer-pass');
      drop(client);
      const again = openMemorySession(core, { keepsResumeToken: true });
      assert.match(await again.login(`resume ${client.token}`), /Welcome, Wanderer\./);
      const renewed = again.resumeToken();
      assert.ok(renewed && renewed !== client.token);
      assert.equal(await resume(client.token), LOGIN_ANSWERS.resumeRefused, 'a token works once');
      drop(again);
      assert.match(await resume(renewed), /Welcome, Wanderer\./);
    });

    it('forgets the tokens of a session that quits', async () => {
      const client = await browser('connect Wanderer wanderer-pass');
      client.session.receive('QUIT');
      await client.transport.output.waitFor('Goodbye.');
      assert.equal(await resume(client.token), LOGIN_ANSWERS.resumeRefused);
    });

    it('forgets the tokens of a session that idles out, and of a booted player', async () => {
      const idler = await browser('connect Wanderer wanderer-pass');
      core.sessions.closeIdleSessions(idler.session.lastInputAt + TEST_SESSIONS.idleTimeoutMs + 1);
      assert.match(idler.transport.output.all, /idle too long/);
      assert.equal(await resume(idler.token), LOGIN_ANSWERS.resumeRefused);

      const booted = await browser('connect Wanderer wanderer-pass');
      core.admin.boot(booted.session.characterId!, 'Booted for the test.');
      assert.equal(await resume(booted.token), LOGIN_ANSWERS.resumeRefused);
    });

    it('refuses a token past its lifetime', async () => {
      const client = await browser('connect Wanderer wanderer-pass');
      drop(client);
      mock.timers.enable({ apis: ['Date'], now: Date.now() + 13 * HOUR });
      try {
        assert.equal(await resume(client.token), LOGIN_ANSWERS.resumeRefused);
      } finally {
        mock.timers.reset();
      }
    });

    it('refuses every token after a restart, since tokens live only in the server\'s memory', async () => {
      const client = await browser('connect Wanderer wanderer-pass');
      drop(client);
      await core.shutdown('restarting');
      core = await startCore(database.handle, silentLogger(), { sessions: TEST_SESSIONS });
      assert.equal(await resume(client.token), LOGIN_ANSWERS.resumeRefused);
      assert.match(await openMemorySession(core).login('connect Wanderer wanderer-pass'), /Welcome, Wanderer\./);
    });
  });
}
