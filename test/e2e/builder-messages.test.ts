// The builder toolkit's messages and rendering (issue 16) in the real server over telnet: partial
// names, descriptions with %r, %t and colour, @desc me for players, exit DROP/ODROP and MOVE/OMOVE,
// the speech and page locks, enter and leave, flag letters for owners, and the warning for an exit
// name that a command shadows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

describe('builder messages and rendering, played over telnet', () => {
  let server: TestServer;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;
  let bakery: string;
  let inward: string;

  before(async () => {
    server = await startTestServer();
    alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    await server.core.accounts.setRole('Alice', 'builder');
    alice.send('@dig Bakery=Bakery;bk,Out;o');
    const dug = await alice.waitFor(/Linked exit #\d+ to The Hearth/);
    bakery = /Bakery created with room number (#\d+)\./.exec(dug)![1]!;
    inward = /Opened exit (#\d+) \(Bakery\) from here\./.exec(dug)![1]!;
    alice.send('bk');
    await alice.waitFor(/Bakery\(#\d+R\)/);
    bob.send('bk');
    await bob.waitFor(/Bakery\(#\d+\)/);
  });
  after(async () => {
    await Promise.all([alice.close(), bob.close()]);
    await server.dispose();
  });

  it('finds things by the start of a word, and says which-one when two match', async () => {
    alice.send('@create Loaf of Bread');
    await alice.waitFor(/Created: Loaf of Bread\(#\d+\)/);
    alice.send('drop loaf');
    await alice.waitFor('You drop Loaf of Bread.');
    alice.send('@create Bread knife');
    await alice.waitFor(/Created: Bread knife/);
    alice.send('drop knife');
    await alice.waitFor('You drop Bread knife.');
    bob.send('get bread');
    await bob.waitFor("I don't know which one you mean!");
    bob.send('get loaf');
    await bob.waitFor('You pick up Loaf of Bread.');
  });

  it('renders %r, %t and colour in descriptions, and lets a player describe themself', async () => {
    alice.send('@desc here=Warm and floury.%rOvens%tglow %xrred%xn for %n.');
    await alice.waitFor(`Description set for Bakery(${bakery}).`);
    bob.send('look');
    const seen = await bob.waitFor(/Ovens\tglow .*red.* for Bob\./);
    assert.ok(seen.includes('Warm and floury.\r\nOvens'), JSON.stringify(seen));
    bob.send('@desc me=A baker in a dusty apron.');
    await bob.waitFor(/Description set for Bob\(#\d+\)\./);
    alice.send('look Bob');
    await alice.waitFor('A baker in a dusty apron.');
  });

  it('shows an exit\'s DROP on arrival and its ODROP, and the mover\'s OMOVE, to the room arrived in', async () => {
    alice.send(`@drop ${inward}=The smell of bread wraps around you.`);
    await alice.waitFor('Bakery/DROP - Set.');
    alice.send(`@odrop ${inward}=comes in from the cold.`);
    await alice.waitFor('Bakery/ODROP - Set.');
    bob.send('@omove me=strides in, whistling.');
    await bob.waitFor(/OMOVE - Set\./);
    bob.send('o');
    await alice.waitFor('Bob has left.');
    bob.send('bk');
    const arrived = await bob.waitFor('The smell of bread wraps around you.');
    assert.ok(arrived.indexOf('Bakery(') < arrived.indexOf('The smell of bread'), 'the room is shown before the DROP message');
    await alice.waitFor('Bob comes in from the cold.');
    await alice.waitFor('Bob strides in, whistling.');
  });

  it('keeps quiet those who fail a room\'s speech lock, and refuses pages a page lock forbids', async () => {
    alice.send('@lock/speech here=me');
    await alice.waitFor('Speech locked.');
    bob.send('say Fresh rolls?');
    await bob.waitFor('You may not speak here!');
    alice.send('say Shh.');
    await alice.waitFor('You say, "Shh."');
    alice.send('@unlock/speech here');
    await alice.waitFor('Speech unlocked.');
    alice.send('@lock/page me=!Bob');
    await alice.waitFor('Page locked.');
    bob.send('page Alice=hello?');
    await bob.waitFor('Alice is not accepting pages.');
    alice.send('@unlock/page me');
    await alice.waitFor('Page unlocked.');
    alice.send('@alias me=Ali');
    await alice.waitFor('Alice/ALIAS - Set.');
    bob.send('page ali=found you');
    await alice.waitFor('Bob pages: found you');
  });

  it('lets players enter an ENTER_OK thing and leave it, with its messages and inside description', async () => {
    alice.send('@create Wagon');
    await alice.waitFor(/Created: Wagon\(#\d+\)/);
    alice.send('drop wagon');
    await alice.waitFor('You drop Wagon.');
    bob.send('enter wagon');
    await bob.waitFor('Permission denied.');
    alice.send('@set wagon=enter_ok');
    await alice.waitFor('Wagon - ENTER_OK set.');
    alice.send('@idesc wagon=Sacks of flour are piled to the canvas roof.');
    await alice.waitFor('Wagon/IDESC - Set.');
    alice.send('@oxenter wagon=climbs up into the wagon.');
    await alice.waitFor('Wagon/OXENTER - Set.');
    bob.send('enter wagon');
    await bob.waitFor('Sacks of flour are piled to the canvas roof.');
    await alice.waitFor('Bob climbs up into the wagon.');
    bob.send('say Cosy in here.');
    await bob.waitFor('You say, "Cosy in here."');
    bob.send('leave');
    await bob.waitFor(/Bakery\(#\d+\)/);
    await alice.waitFor('Bob has arrived.');
  });

  it('warns when a new exit name is also a command word', async () => {
    alice.send('@open Larder;l');
    await alice.waitFor('Warning: "l" is also the command look; typing it runs look, not this exit. Use go l, or choose another name.');
  });
});
