// A character that comes back sees what happened in its room and to it while it was away,
// marked as missed, including across a server restart.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { characterStream } from '../../core/events/event.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

describe('missed events on reconnect', () => {
  const servers: TestServer[] = [];
  after(async () => {
    for (const server of servers) await server.stop();
    await servers[0]?.database.drop();
  });

  it('replays room and personal events from while the character was away, once', async () => {
    const server = await startTestServer({}, { persistent: true });
    servers.push(server);
    const alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    const aliceId = (await server.core.accounts.findByName('Alice'))!.characterId;
    alice.send('QUIT');
    await alice.waitForClose();

    const bob = await WebsocketTestClient.connect(server.httpPort);
    await bob.login('create', 'Bob', 'bobpass1');
    // The room is shown after Bob's arrival is announced, so the letter below comes after it.
    await bob.waitFor('The Hearth(#1');
    await server.core.store.append({
      stream: characterStream(aliceId),
      type: 'note',
      actor: { kind: 'system', id: 'test' },
      payload: { text: 'A letter for Alice \u2709' },
    });
    bob.send('QUIT');
    await bob.waitFor('Goodbye');

    const back = await TelnetTestClient.connect(server.telnetPort);
    await back.login('connect', 'Alice', 'alicepass');
    const replay = await back.waitFor('--- End of missed events ---');
    assert.match(replay, /--- While you were away: ---/);
    assert.match(replay, /\[\d\d:\d\d\] Bob has connected\./);
    assert.match(replay, /\[\d\d:\d\d\] A letter for Alice \u2709/);
    assert.match(replay, /\[\d\d:\d\d\] Bob has disconnected\./);
    assert.ok(replay.indexOf('Bob has connected') < replay.indexOf('A letter') && replay.indexOf('A letter') < replay.indexOf('Bob has disconnected'));
    await back.waitFor('The Hearth(#1');
    back.send('QUIT');
    await back.waitForClose();

    const again = await TelnetTestClient.connect(server.telnetPort);
    await again.login('connect', 'Alice', 'alicepass');
    await again.waitFor('The Hearth(#1');
    assert.ok(!again.output.all.includes('While you were away'), 'nothing new happened, so nothing is replayed');
    await again.close();
  });

  it('bounds the replay and keeps it across a restart', async () => {
    const first = servers[0]!;
    const aliceId = (await first.core.accounts.findByName('Alice'))!.characterId;
    for (let n = 1; n <= 60; n += 1) {
      await first.core.store.append({
        stream: characterStream(aliceId),
        type: 'note',
        actor: { kind: 'system', id: 'test' },
        payload: { text: `Note number ${n}.` },
      });
    }
    await first.stop();
    const second = await startTestServer({ HEARTH_REPLAY_LIMIT: '50' }, { database: first.database });
    servers.push(second);
    const alice = await TelnetTestClient.connect(second.telnetPort);
    await alice.login('connect', 'Alice', 'alicepass');
    const replay = await alice.waitFor('--- End of missed events ---');
    assert.match(replay, /--- While you were away \(the last 50\): ---/);
    assert.ok(!replay.includes('Note number 10.'));
    assert.match(replay, /Note number 11\.[\s\S]*Note number 60\./);
    await alice.close();
  });
});
