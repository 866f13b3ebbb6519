// The cluster over real sockets: one nats-server, one `hearth core` (on PostgreSQL when the tests
// have one, else PGlite in memory), two `hearth gateway` processes, NATS requiring a password (given
// in HEARTH_NATS_URL, as an operator would). Players on different gateways log in by telnet and
// websocket and hear each other's say, page and channel talk; WHO and QUIT work as on the single
// process.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { skipWithoutNats } from '../support/nats-server.js';
import { type TestCluster, startTestCluster } from '../support/test-cluster.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

describe('two gateways and a core over NATS', { skip: skipWithoutNats() }, () => {
  let cluster: TestCluster;

  before(async () => {
    cluster = await startTestCluster(['east', 'west'], { natsAuth: { user: 'hearth', pass: 'p@ss:word/1' } });
  });
  after(() => cluster?.dispose());

  it('lets players on different gateways see each other say, page, talk on a channel and QUIT', async () => {
    const east = cluster.gateways['east']!;
    const west = cluster.gateways['west']!;
    const alice = await TelnetTestClient.connect(east.telnetPort);
    await alice.waitFor('connect <name> <password>');
    await alice.login('create', 'Alice', 'alicepass');
    await alice.waitFor('The Hearth(#1');

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

    // Channel talk, made by an admin on one gateway and heard across both.
    const wizard = await TelnetTestClient.connect(east.telnetPort);
    await wizard.login('connect', 'Wizard', 'staffpass');
    wizard.send('@channel/create tavern=Drinks and gossip');
    await wizard.waitFor('Channel tavern created. You have joined it.');
    alice.send('@channel/join tavern');
    await wizard.waitFor('[tavern] Alice has joined this channel.');
    bob.send('addcom pub=tavern');
    await alice.waitFor('[tavern] Bob has joined this channel.');
    bob.send('pub a round for everyone, caf\u00e9 \u2713');
    await alice.waitFor('[tavern] Bob says, "a round for everyone, caf\u00e9 \u2713"');
    await wizard.waitFor('[tavern] Bob says, "a round for everyone, caf\u00e9 \u2713"');
    await wizard.close();

    bob.send('QUIT');
    await bob.waitFor('Goodbye. Come back soon.');
    await bob.waitForClose();
    await alice.waitFor('Bob has disconnected.');
    await Promise.all([alice.close(), carol.close()]);
  });
});
