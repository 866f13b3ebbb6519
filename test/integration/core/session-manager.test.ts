import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type HearthCore, startCore } from '../../../core/hearth-core.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { MemoryTransport } from '../../support/memory-transport.js';

for (const driver of availableDrivers()) {
  describe(`SessionManager on ${driver}`, () => {
    let database: TestDatabase;
    let core: HearthCore;

    before(async () => {
      database = await openTestDatabase(driver);
      core = await startCore(database.handle, silentLogger(), {
        sessions: { rate: { perSecond: 50, burst: 50 }, maxQueuedLines: 5, loginTimeoutMs: 60_000, idleTimeoutMs: 600_000, replayLimit: 50 },
      });
    });
    after(async () => {
      await core.shutdown('bye');
      await database.dispose();
    });

    async function loggedIn(name: string): Promise<MemoryTransport> {
      const transport = new MemoryTransport();
      const session = core.sessions.openSession(transport);
      session.receive(`create ${name} password1`);
      await transport.output.waitFor(`Welcome, ${name}.`);
      await transport.output.waitFor('The Hearth(#1)');
      return transport;
    }

    it('closes connections that never log in, and idle players, each with a reason', async () => {
      const lurker = new MemoryTransport();
      core.sessions.openSession(lurker);
      const idler = await loggedIn('Idler');
      const active = await loggedIn('Active');
      const now = Date.now();
      core.sessions.closeIdleSessions(now + 60_001);
      assert.equal(lurker.closed, true);
      assert.match(lurker.output.all, /no login arrived in time/);
      assert.equal(idler.closed, false);
      core.sessions.closeIdleSessions(now + 600_001);
      assert.equal(idler.closed, true);
      assert.match(idler.output.all, /idle too long/);
      assert.equal(active.closed, true);
      assert.equal(core.sessions.isConnected((await core.accounts.findByName('Idler'))!.characterId), false);
    });

    it('follows a character to its new room: old room events stop, new room events arrive', async () => {
      const mover = await loggedIn('Mover');
      const moverId = (await core.accounts.findByName('Mover'))!.characterId;
      const garden = await core.world.createObject({ kind: 'room', name: 'Garden' });
      await core.world.moveObject(moverId, garden.id);
      const system = { kind: 'system', id: 'test' } as const;
      await core.store.append({ stream: `location:${core.world.startingRoomId}`, type: 'note', actor: system, payload: { text: 'old room talk' } });
      await core.store.append({ stream: `location:${garden.id}`, type: 'note', actor: system, payload: { text: 'garden talk' } });
      await mover.output.waitFor('garden talk');
      assert.ok(!mover.output.all.includes('old room talk'));
      assert.ok(!mover.output.all.includes('Mover has arrived.'), 'a mover is not told of its own arrival');
    });

    it('refuses lines beyond the queue bound instead of buffering them', async () => {
      const transport = new MemoryTransport();
      const session = core.sessions.openSession(transport);
      for (let i = 0; i < 20; i += 1) session.receive('connect Nobody wrongpass');
      await transport.output.waitFor('Too many commands are waiting; that line was dropped.');
    });

    it('tells every session on shutdown and closes them all', async () => {
      const one = await loggedIn('Stayer');
      const two = new MemoryTransport();
      core.sessions.openSession(two);
      await core.sessions.shutdown('Shutting down for the test.');
      for (const transport of [one, two]) {
        assert.equal(transport.closed, true);
        assert.match(transport.output.all, /Shutting down for the test\./);
      }
      assert.equal(core.sessions.sessions().length, 0);
    });
  });
}
