// The cluster over real sockets: one nats-server, one `hearth core` (on PostgreSQL when the tests
// have one, else PGlite in memory), two `hearth gateway` processes. Players on different gateways
// log in by telnet and websocket and hear each other's say, page and channel talk; QUIT and WHO
// work as on the single process.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RoleProcess, startRole } from '../support/cluster-processes.js';
import { createEmptyDatabase, serverDriver } from '../support/databases.js';
import { type TestNatsServer, skipWithoutNats, startTestNats } from '../support/nats-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

describe('two gateways and a core over NATS', { skip: skipWithoutNats() }, () => {
  let nats: TestNatsServer | undefined;
  let database: { url?: string; dataDir: string; drop(): Promise<void> } | undefined;
  let core: RoleProcess;
  let east: RoleProcess;
  let west: RoleProcess;
  const processes: RoleProcess[] = [];

  before(async () => {
    nats = await startTestNats();
    database = await createEmptyDatabase(serverDriver());
    core = await startRole('core', {
      HEARTH_NATS_URL: nats.url,
      HEARTH_DATA_DIR: database.dataDir,
      ...(database.url ? { HEARTH_DATABASE_URL: database.url } : {}),
      HEARTH_BOOTSTRAP_ADMIN: 'Wizard:staffpass',
    });
    processes.push(core);
    [east, west] = await Promise.all([
      startRole('gateway', { HEARTH_NATS_URL: nats.url, HEARTH_GATEWAY_ID: 'east' }),
      startRole('gateway', { HEARTH_NATS_URL: nats.url, HEARTH_GATEWAY_ID: 'west' }),
    ]);
    processes.push(east, west);
  });

  after(async () => {
    await Promise.all(processes.map((role) => role.stop()));
    await database?.drop();
    await nats?.dispose();
  });

  it('lets players on different gateways see each other say, page and QUIT', async () => {
    const alice = await TelnetTestClient.connect(east.telnetPort);
    await alice.waitFor('connect <name> <password>');
    await alice.login('create', 'Alice', 'alicepass');
    await alice.waitFor('The Hearth(#1)');

    const bob = await TelnetTestClient.connect(west.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    await alice.waitFor('Bob has connected.');

    bob.send('say hello from the west');
    await alice.waitFor('Bob says, "hello from the west"');
    await bob.waitFor('You say, "hello from the west"');

    alice.send('page Bob=psst, from the east');
    await bob.waitFor('psst, from the east');

    const carol = await WebsocketTestClient.connect(west.httpPort);
    await carol.login('create', 'Carol', 'carolpass');
    await alice.waitFor('Carol has connected.');
    alice.send('WHO');
    const who = await alice.waitFor('3 players are connected.');
    for (const name of ['Alice', 'Bob', 'Carol']) assert.match(who, new RegExp(`^${name} `, 'm'));

    carol.send('say hi both');
    await alice.waitFor('Carol says, "hi both"');
    await bob.waitFor('Carol says, "hi both"');

    bob.send('QUIT');
    await bob.waitFor('Goodbye. Come back soon.');
    await bob.waitForClose();
    await alice.waitFor('Bob has disconnected.');
    await Promise.all([alice.close(), carol.close()]);
  });
});
