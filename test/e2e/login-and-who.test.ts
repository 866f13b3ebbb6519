// Two telnet players and one websocket player against the real server over real sockets.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

describe('login screen, WHO and QUIT over telnet and websocket', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ HEARTH_BOOTSTRAP_ADMIN: 'Wizard:staffpass' });
  });
  after(() => server.dispose());

  it('shows the welcome screen and answers WHO before login', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.waitFor('connect <name> <password>');
    client.send('WHO');
    await client.waitFor('0 players are connected.');
    client.send('look');
    await client.waitFor('Use: connect <name> <password>, create <name> <password>, WHO or QUIT.');
    await client.close();
  });

  it('creates characters on telnet and websocket, and each sees the others in WHO', async () => {
    const alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    await alice.waitFor('The Hearth(#1');

    const bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    await alice.waitFor('Bob has connected.');

    const carol = await WebsocketTestClient.connect(server.httpPort);
    await carol.login('create', 'Carol', 'carolpass');
    await carol.waitFor(/Contents:\nAlice\nBob/);

    for (const client of [alice, bob, carol]) {
      client.send('WHO');
      const who = await client.waitFor('3 players are connected.');
      for (const name of ['Alice', 'Bob', 'Carol']) assert.match(who, new RegExp(`^${name} `, 'm'));
    }

    bob.send('QUIT');
    await bob.waitFor('Goodbye. Come back soon.');
    await bob.waitForClose();
    await alice.waitFor('Bob has disconnected.');
    await carol.waitFor('Bob has disconnected.');
    alice.send('WHO');
    await alice.waitFor('2 players are connected.');
    await Promise.all([alice.close(), carol.close()]);
  });

  it('refuses a wrong password and a taken name with clear messages, and never echoes the password', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    client.send('connect Alice not-her-password');
    await client.waitFor('Either that player does not exist, or has a different password.');
    client.send('connect Nobody at-all-here');
    await client.waitFor('Either that player does not exist, or has a different password.');
    client.send('create alice another-pass');
    await client.waitFor('The name "alice" is already taken; choose another.');
    client.send('create 9x whatever');
    await client.waitFor('A name must start with a letter');
    client.send('create Dave 123');
    await client.waitFor('A password must be at least 6 characters long.');
    assert.ok(!client.output.all.includes('not-her-password'));
    assert.ok(!client.output.all.includes('another-pass'));
    await client.close();
  });

  it('answers unknown commands after login with Huh?, and WHO and QUIT work there too', async () => {
    const client = await WebsocketTestClient.connect(server.httpPort, { json: true });
    await client.login('connect', 'Wizard', 'staffpass');
    client.sendCommand('dance wildly');
    await client.waitFor('Huh?  (Type "help" for help.)');
    client.sendCommand('look');
    await client.waitFor('A warm common room.');
    client.sendCommand('WHO');
    await client.waitFor('1 player is connected.');
    client.sendCommand('QUIT');
    await client.waitFor('Goodbye. Come back soon.');
  });

  it('lets one character play from two connections at once', async () => {
    const first = await TelnetTestClient.connect(server.telnetPort);
    await first.login('connect', 'Alice', 'alicepass');
    const second = await WebsocketTestClient.connect(server.httpPort);
    await second.login('connect', 'Alice', 'alicepass');
    second.send('WHO');
    await second.waitFor('1 player is connected.');
    await second.close();
    first.send('WHO');
    await first.waitFor('1 player is connected.');
    await first.close();
  });

  it('serves /health with the driver, player count and memory', async () => {
    const response = await fetch(`http://127.0.0.1:${server.httpPort}/health`);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(response.status, 200);
    assert.equal(body['status'], 'ok');
    assert.equal(typeof body['players'], 'number');
    assert.match(String(body['database']), /^(pglite|postgres)$/);
    const memory = body['memory'] as Record<string, unknown>;
    assert.ok(typeof memory['rssMb'] === 'number' && typeof memory['heapUsedMb'] === 'number' && typeof memory['fullGcs'] === 'number');
  });
});
