// The builder toolkit (issue 16) in the real server over telnet: attributes with & and @set,
// object and attribute flags, @wipe, locks, parents, @chown and examine, as a builder and as a
// player who does not own what they poke at, with bad input answered in words.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

describe('the builder toolkit, played over telnet', () => {
  let server: TestServer;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;
  let lamp: string;

  before(async () => {
    server = await startTestServer();
    alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    await server.core.accounts.setRole('Alice', 'builder');
    alice.send('@create Lamp');
    const created = await alice.waitFor(/Created: Lamp\(#\d+\)/);
    lamp = /Lamp\((#\d+)\)/.exec(created)![1]!;
    alice.send('drop Lamp');
    await alice.waitFor('You drop Lamp.');
  });
  after(async () => {
    await Promise.all([alice.close(), bob.close()]);
    await server.dispose();
  });

  it('sets attributes with & and @set, and refuses bad names and values in words', async () => {
    alice.send('&mood Lamp=Flickering');
    await alice.waitFor('Lamp/MOOD - Set.');
    alice.send('@set Lamp=note:Found in the attic.');
    await alice.waitFor('Lamp/NOTE - Set.');
    alice.send('&bad=name Lamp=x');
    await alice.waitFor('is not a good attribute name');
    alice.send(`&${'A'.repeat(65)} Lamp=x`);
    await alice.waitFor('Attribute names are at most 64 characters');
    // A line longer than an attribute may hold is cut by the server first, so what is stored fits.
    alice.send(`&BIG Lamp=${'x'.repeat(8300)}`);
    await alice.waitFor('Your line was longer than 8192 bytes');
    await alice.waitFor('Lamp/BIG - Set.');
    alice.send('&BIG Lamp');
    await alice.waitFor('Lamp/BIG - Cleared.');
    bob.send('&MOOD Lamp=Mine');
    await bob.waitFor(`Permission denied: you don't own Lamp(${lamp}).`);
  });

  it('sets and resets object and attribute flags, refusing unknown ones', async () => {
    alice.send('@set Lamp=dark visual');
    await alice.waitFor('Lamp - VISUAL set.');
    alice.send('@set Lamp=!dark');
    await alice.waitFor('Lamp - DARK reset.');
    alice.send('@set Lamp=SPARKLY');
    await alice.waitFor('"SPARKLY" is not a flag Hearth knows');
    alice.send('@set Lamp/mood=no_command');
    await alice.waitFor('Lamp/MOOD - no_command set.');
    alice.send('@set Lamp/note=hidden');
    await alice.waitFor('Lamp/NOTE - hidden set.');
    bob.send('@set Lamp=!visual');
    await bob.waitFor(`Permission denied: you don't own Lamp(${lamp}).`);
  });

  it('locks and unlocks by type, storing names as dbrefs, and refuses malformed keys', async () => {
    alice.send('@lock Lamp=me|Bob');
    await alice.waitFor('Locked.');
    alice.send('@lock/use Lamp=!me');
    await alice.waitFor('Use locked.');
    alice.send('@lock Lamp=(me');
    await alice.waitFor(/\(me/);
    alice.send('@lock Lamp=Nonesuch');
    await alice.waitFor('I don\'t see "Nonesuch" here.');
    alice.send('@lock/frobnicate Lamp=me');
    await alice.waitFor('@lock has no /frobnicate switch.');
    alice.send('@unlock/use Lamp');
    await alice.waitFor('Use unlocked.');
    bob.send('@lock Lamp=me');
    await bob.waitFor(`Permission denied: you don't own Lamp(${lamp}).`);
  });

  it('sets parents, refusing loops', async () => {
    alice.send('@parent Lamp=me');
    await alice.waitFor('Parent changed.');
    alice.send('@parent me=Lamp');
    await alice.waitFor('its own ancestor');
    alice.send('@parent Lamp');
    await alice.waitFor('Parent cleared.');
  });

  it('examines everything for the owner, and only the public part for others', async () => {
    alice.send('examine Lamp');
    const full = await alice.waitFor(/Location: The Hearth\(#1\)/);
    const start = full.lastIndexOf(`Lamp(${lamp}V)`);
    assert.ok(start >= 0, full);
    const alicesId = /Owner: Alice\((#\d+)\)/.exec(full)![1]!;
    assert.deepEqual(full.slice(start).split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.length > 0), [
      `Lamp(${lamp}V)`,
      'Type: THING Flags: VISUAL',
      `Owner: Alice(${alicesId})  Parent: *NOTHING*`,
      `Basic Lock: ${alicesId}|#${Number(alicesId.slice(1)) + 1}`,
      `MOOD [${alicesId}$]: Flickering`,
      `NOTE [${alicesId}m]: Found in the attic.`,
      'Location: The Hearth(#1)',
    ]);
    bob.send('examine Lamp');
    const seen = await bob.waitFor(/Lamp is owned by Alice\(#\d+\)\.[\s\S]*MOOD/);
    assert.doesNotMatch(seen, /NOTE|attic|Lock/);
    bob.send('ex Lamp/note');
    await bob.waitFor('No matching attributes.');
    bob.send('examine Nonesuch');
    await bob.waitFor('I don\'t see "Nonesuch" here.');
  });

  it('enforces basic locks on get and exits, with SUCC/OSUCC and FAIL/OFAIL', async () => {
    alice.send('@lock Lamp=me');
    await alice.waitFor('Locked.');
    alice.send('@fail Lamp=The lamp is bolted down.');
    await alice.waitFor('Lamp/FAIL - Set.');
    alice.send('@ofail Lamp=tugs at the lamp.');
    await alice.waitFor('Lamp/OFAIL - Set.');
    bob.send('get Lamp');
    await bob.waitFor('The lamp is bolted down.');
    await alice.waitFor('Bob tugs at the lamp.');
    alice.send('@dig Vault=Vault door;vd,Out;o');
    await alice.waitFor('Vault created with room number');
    alice.send('@lock Vault door=me');
    await alice.waitFor('Locked.');
    alice.send('@success Vault door=The door knows you.');
    await alice.waitFor('Vault door/SUCC - Set.');
    alice.send('&OSUCC Vault door=steps into the vault.');
    await alice.waitFor('Vault door/OSUCC - Set.');
    bob.send('vd');
    await bob.waitFor("You can't go that way.");
    alice.send('vd');
    await alice.waitFor('The door knows you.');
    await alice.waitFor('Vault');
    await bob.waitFor('Alice steps into the vault.');
    alice.send('o');
    await alice.waitFor('The Hearth');
  });

  it('wipes attributes, and lets only admins give things away', async () => {
    alice.send('@wipe Lamp/M*');
    await alice.waitFor(`Attributes wiped: 1 from Lamp(${lamp}).`);
    alice.send('@chown Lamp=Bob');
    await alice.waitFor(`Permission denied: you don't own Lamp(${lamp}).`);
    await server.core.accounts.setRole('Alice', 'admin');
    alice.send('@chown Lamp=Bob');
    await alice.waitFor('Owner changed.');
    bob.send('&MOOD Lamp=Mine at last');
    await bob.waitFor('Lamp/MOOD - Set.');
  });
});
