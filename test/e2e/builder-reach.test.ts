// Issue 16's reach beyond one room, in the real server over telnet: an admin's @tel Bob=#room,
// @link me=<room> for a home, give between players, @destroy's question and the notices to
// everyone it touches, and @find, @search, @entrances, @sweep and @whereis, as PennMUSH players
// and builders type them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

describe('builders reaching beyond their room, over telnet', () => {
  let server: TestServer;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;
  let carol: TelnetTestClient;
  let kitchen: string;
  let vault: string;

  before(async () => {
    server = await startTestServer();
    alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    carol = await TelnetTestClient.connect(server.telnetPort);
    await carol.login('create', 'Carol', 'carolpass');
    await server.core.accounts.setRole('Alice', 'admin');
    await server.core.accounts.setRole('Carol', 'builder');
    alice.send('@dig Kitchen');
    kitchen = /room number (#\d+)\./.exec(await alice.waitFor(/Kitchen created with room number #\d+\./))![1]!;
    alice.send('@dig Vault');
    vault = /room number (#\d+)\./.exec(await alice.waitFor(/Vault created with room number #\d+\./))![1]!;
    alice.send(`@describe ${kitchen}=Copper pans hang over the stove.`);
    await alice.waitFor('Description set');
  });
  after(async () => {
    await Promise.all([alice.close(), bob.close(), carol.close()]);
    await server.dispose();
  });

  it('lets an admin @tel Bob=#room: Bob sees the new room, both rooms see him go and come', async () => {
    alice.send(`@tel Bob=${kitchen}`);
    await alice.waitFor(`Teleported Bob(`);
    await bob.waitFor('Alice has teleported you to Kitchen.');
    await bob.waitFor('Copper pans hang over the stove.');
    // The admin who did it is told so; the others in the room Bob left see him go.
    await carol.waitFor('Bob has left.');
    alice.send(`@tel Carol=${kitchen}`);
    await alice.waitFor(`Teleported Carol(`);
    await carol.waitFor('Alice has teleported you to Kitchen.');
    await bob.waitFor('Carol has arrived.');
    // A builder may not teleport what is not theirs, nor into a room that is not JUMP_OK.
    carol.send('@tel Bob=#1');
    await carol.waitFor(/Permission denied: you don't own Bob\(#\d+\)\./);
    carol.send(`@tel ${vault}`);
    await carol.waitFor(`Permission denied: Vault(${vault}) is not JUMP_OK and you do not control it.`);
  });

  it('sets a home with @link me=<room> only where the room allows it', async () => {
    bob.send('@link me=here');
    await bob.waitFor(`Permission denied: Kitchen(${kitchen}) is not ABODE or LINK_OK, and you do not control it.`);
    alice.send(`@set ${kitchen}=ABODE`);
    await alice.waitFor('ABODE set.');
    bob.send('@link me=here');
    await bob.waitFor(`Home set to Kitchen(${kitchen}).`);
  });

  it('gives a thing from one player to another, telling both, and honours the receive lock', async () => {
    alice.send(`@tel ${kitchen}`);
    await alice.waitFor(`You teleport to Kitchen(${kitchen}).`);
    alice.send('@create Lamp');
    const lamp = /Lamp\((#\d+)\)/.exec(await alice.waitFor(/Created: Lamp\(#\d+\)/))![1]!;
    alice.send('@lock/receive Bob=!' + lamp);
    await alice.waitFor('Receive locked.');
    alice.send('give Bob=Lamp');
    await alice.waitFor('Bob does not want Lamp.');
    alice.send('@unlock/receive Bob');
    await alice.waitFor('Receive unlocked.');
    alice.send('give Bob=Lamp');
    await alice.waitFor('You gave Lamp to Bob.');
    await bob.waitFor('Alice gave you Lamp.');
    bob.send('give Alice=Lamp');
    bob.send('give Alice=Nothing');
    await bob.waitFor('You gave Lamp to Alice.');
    await bob.waitFor('I don\'t see "Nothing" here.');
    alice.send('give Bob=Lamp');
    await alice.waitFor('You gave Lamp to Bob.');
  });

  it('finds, searches, lists entrances, sweeps and locates, within what each may see', async () => {
    carol.send('@dig Attic');
    const attic = /Attic created with room number (#\d+)\./.exec(await carol.waitFor(/Attic created with room number #\d+\./))![1]!;
    carol.send('@find attic');
    await carol.waitFor(`Attic(${attic}R)\r\n***End of List***`);
    bob.send('@find attic');
    await bob.waitFor('Nothing found.');
    carol.send('@search type=room');
    await carol.waitFor('Totals: Rooms...1  Exits...0  Things...0  Players...0');
    bob.send('@search Carol');
    await bob.waitFor('You need a search warrant to do that!');
    alice.send(`@open Up;u=${attic}`);
    await alice.waitFor('Opened exit');
    carol.send(`@entrances ${attic}`);
    await carol.waitFor(/Up\(#\d+E\) \[from: Kitchen\(#\d+\)\]\r\nTotal: 1 exit\./);
    alice.send('@sweep here');
    await alice.waitFor('Bob [player connected]');
    alice.send('@set me=UNFINDABLE');
    await alice.waitFor('UNFINDABLE set.');
    bob.send('@whereis Alice');
    await bob.waitFor('That player wishes to have some privacy.');
    await alice.waitFor('Bob tried to locate you and failed.');
    bob.send('@whereis Carol');
    await bob.waitFor('Carol is at: Kitchen.');
    await carol.waitFor('Bob has just located your position.');
  });

  it('@destroy asks first, then sends the people inside home with a reason and tells exit owners', async () => {
    bob.send('u');
    await bob.waitFor('Attic');
    carol.send('@find Attic');
    const attic = /Attic\((#\d+)R\)/.exec(await carol.waitFor(/Attic\(#\d+R\)/))![1]!;
    carol.send(`@destroy ${attic}`);
    await carol.waitFor(`Are you sure you want to destroy Attic(${attic})? It holds 1 player (Bob). 1 exit leads into it.`);
    await carol.waitFor(`Type @destroy ${attic} again within a minute to destroy it.`);
    carol.send(`@destroy ${attic}`);
    await carol.waitFor(`Destroyed Attic(${attic}).`);
    await carol.waitFor('Bob went to home, to Kitchen.');
    await carol.waitFor(/Unlinked, as they led into it \(their owners were told\): Up\(#\d+\)\./);
    await bob.waitFor('Attic has been destroyed by Carol; you have been sent to home, to Kitchen, with everything you carry.');
    await alice.waitFor(/Your exit Up\(#\d+\) led to Attic\(#\d+\), which Carol destroyed; it now leads nowhere \(@link it again\)\./);
    bob.send('inventory');
    await bob.waitFor('Lamp');
    bob.send('look');
    await bob.waitFor('Copper pans hang over the stove.');
  });

  it('lists the new commands in help', async () => {
    const expected: Array<[string, RegExp]> = [
      ['@whereis', /Usage: @whereis <player>/],
      ['@entrances', /Lists the exits that lead to a room you control\./],
      ['give', /Usage: give <player>=<thing>/],
    ];
    for (const [command, text] of expected) {
      bob.send(`help ${command}`);
      assert.match(await bob.waitFor(text), text);
    }
  });
});
