import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type HearthCore, startCore } from '../../../core/hearth-core.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { TEST_LOGIN_LIMITS, TEST_SESSIONS } from '../../support/memory-sessions.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import type { CharacterInfo, ChannelMessage, RoomInfo, RoomPlayers } from '../../../core/sessions/session-data.js';
import { MemoryTransport } from '../../support/memory-transport.js';

for (const driver of availableDrivers()) {
  describe(`SessionManager on ${driver}`, () => {
    let database: TestDatabase;
    let core: HearthCore;

    before(async () => {
      database = await openTestDatabase(driver);
      core = await startCore(database.handle, silentLogger(), {
        sessions: TEST_SESSIONS,
        login: TEST_LOGIN_LIMITS,
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

    it('sends character and room data at login, room data after every move, and who is here to others', async () => {
      const watcher = await loggedIn('Watcher');
      const walker = await loggedIn('Walker');
      const walkerId = (await core.accounts.findByName('Walker'))!.characterId;
      assert.deepEqual(walker.dataFor<CharacterInfo>('char'), [{ id: walkerId, name: 'Walker' }]);
      const [atStart] = walker.dataFor<RoomInfo>('room');
      assert.equal(atStart?.id, core.world.startingRoomId);
      assert.ok(atStart?.players.some((player) => player.name === 'Watcher'));
      const joined = watcher.dataFor<RoomPlayers>('room.players').at(-1);
      assert.ok(joined?.players.some((player) => player.name === 'Walker'), 'the watcher learns of the arrival');

      const porch = await core.world.createObject({ kind: 'room', name: 'Porch' });
      await core.world.createObject({ kind: 'exit', name: 'Back', locationId: porch.id, destinationId: core.world.startingRoomId });
      await core.world.moveObject(walkerId, porch.id);
      const [, onPorch] = walker.dataFor<RoomInfo>('room');
      assert.deepEqual(
        { id: onPorch?.id, name: onPorch?.name, exits: onPorch?.exits.map((exit) => [exit.name, exit.to, exit.toName]) },
        { id: porch.id, name: 'Porch', exits: [['Back', core.world.startingRoomId, 'The Hearth']] },
      );
      const left = watcher.dataFor<RoomPlayers>('room.players').at(-1);
      assert.ok(!left?.players.some((player) => player.name === 'Walker'), 'the watcher sees the walker go');
    });

    it('reports channel events as channel data, with the tag coloured', async () => {
      const listener = await loggedIn('Listener');
      const listenerId = (await core.accounts.findByName('Listener'))!.characterId;
      for (const session of core.sessions.sessionsOf(listenerId)) session.listen(core.bus, 'channel:public');
      await core.store.append({
        stream: 'channel:public',
        type: 'channel.message',
        actor: { kind: 'character', id: String(listenerId) },
        payload: { talker: 'Listener', text: '[public] Listener: hi' },
      });
      await listener.output.waitFor('[public] Listener: hi');
      const [message] = listener.dataFor<ChannelMessage>('channel');
      assert.deepEqual(message, { channel: 'public', talker: 'Listener', text: '\u001b[35m[public]\u001b[0m Listener: hi' });
    });

    it('asks for the password with password mode on; WHO still works at the prompt', async () => {
      await core.accounts.create('Prompted', 'promptedpass');
      const transport = new MemoryTransport();
      const session = core.sessions.openSession(transport);
      session.receive('connect Prompted');
      await transport.output.waitFor('Password:');
      assert.deepEqual(transport.prompts, ['Password:']);
      assert.deepEqual(transport.passwordModes, [true]);
      session.receive('WHO');
      await transport.output.waitFor('connected.');
      session.receive('promptedpass');
      await transport.output.waitFor('Welcome, Prompted.');
      assert.deepEqual(transport.passwordModes, [true, false]);
      assert.ok(!transport.output.all.includes('promptedpass'));
    });

    it('hands resume tokens to transports that keep them, good for one login, revoked by QUIT', async () => {
      const browser = new MemoryTransport('127.0.0.1', true);
      const first = core.sessions.openSession(browser);
      first.receive('create Tabby tabbypass');
      await browser.output.waitFor('Welcome, Tabby.');
      const [grant] = browser.dataFor<{ token: string }>('resume');
      assert.ok(grant);
      browser.close();
      core.sessions.connectionClosed(first);

      const again = new MemoryTransport('127.0.0.1', true);
      const second = core.sessions.openSession(again);
      second.receive(`resume ${grant.token}`);
      await again.output.waitFor('Welcome, Tabby.');
      const [renewed] = again.dataFor<{ token: string }>('resume');
      second.receive('QUIT');
      await again.output.waitFor('Goodbye');
      assert.equal(core.resumeTokens.redeem(renewed!.token), undefined, 'QUIT revoked it');
      assert.deepEqual(again.dataFor('resume.revoked'), [{ reason: 'Goodbye. Come back soon.' }], 'and said so to the client');

      const late = new MemoryTransport('127.0.0.1', true);
      core.sessions.openSession(late).receive(`resume ${renewed!.token}`);
      await late.output.waitFor('That resume token is unknown, used or expired; log in with your password.');
      assert.deepEqual(late.dataFor('resume.revoked'), [{ reason: 'That resume token is unknown, used or expired; log in with your password.' }]);

      const telnet = await loggedIn('Telnetta');
      assert.deepEqual(telnet.dataFor('resume'), [], 'a transport that keeps no token gets none');
    });

    it('drops lines beyond the backlog bound, saying how many', async () => {
      const transport = new MemoryTransport();
      const session = core.sessions.openSession(transport);
      // One runs while five wait (the test bound); the other fourteen are dropped.
      for (let i = 0; i < 20; i += 1) session.receive('connect Nobody wrongpass');
      await transport.output.waitFor('Input backlog full: 14 lines were dropped.');
    });

    it('delivers the streams a character listens to: at login, and as soon as it starts or stops', async () => {
      const listener = await loggedIn('Lounger');
      const listenerId = (await core.accounts.findByName('Lounger'))!.characterId;
      const system = { kind: 'system', id: 'test' } as const;
      await core.listeners.listen(listenerId, 'channel:lounge');
      await core.store.append({ stream: 'channel:lounge', type: 'note', actor: system, payload: { text: '[lounge] live talk' } });
      await listener.output.waitFor('[lounge] live talk');
      const second = new MemoryTransport();
      core.sessions.openSession(second).receive('connect Lounger password1');
      await second.output.waitFor('Welcome, Lounger.');
      await core.store.append({ stream: 'channel:lounge', type: 'note', actor: system, payload: { text: '[lounge] both sessions' } });
      await second.output.waitFor('[lounge] both sessions');
      await listener.output.waitFor('[lounge] both sessions');
      await core.listeners.unlisten(listenerId, 'channel:lounge');
      await core.store.append({ stream: 'channel:lounge', type: 'note', actor: system, payload: { text: '[lounge] after leaving' } });
      await core.store.append({ stream: 'system', type: 'wall', actor: system, payload: { text: 'Announcement: everyone hears this' } });
      await second.output.waitFor('Announcement: everyone hears this');
      assert.ok(!second.output.all.includes('after leaving'));
      assert.ok(!listener.output.all.includes('after leaving'));
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
