// The whole game as the bundled plugins make it, in the real server over real sockets: two
// players (one on telnet, one on the websocket) meet, talk, whisper, page and share a channel; a
// builder digs a room with exits both ways and describes it, and the other walks there and looks;
// an admin sets roles, reads @stats, switches a plugin off and on, and boots a player.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

const HUH = 'Huh?  (Type "help" for help.)';

describe('the bundled plugins, played over telnet and websocket', () => {
  let server: TestServer;
  let alice: TelnetTestClient;
  let bob: WebsocketTestClient;
  let root: TelnetTestClient;

  before(async () => {
    server = await startTestServer({ HEARTH_BOOTSTRAP_ADMIN: 'Root:rootpass1' });
    root = await TelnetTestClient.connect(server.telnetPort);
    await root.login('connect', 'Root', 'rootpass1');
    alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    bob = await WebsocketTestClient.connect(server.httpPort);
    await bob.login('create', 'Bob', 'bobpass1');
  });
  after(async () => {
    await Promise.all([alice.close(), bob.close(), root.close()]);
    await server.dispose();
  });

  it('shows the room on login, with who is there', async () => {
    await bob.waitFor(/The Hearth\(#1\)[\s\S]*Contents:[\s\S]*Alice/);
  });

  it('lets two players talk, pose, whisper and page, each seeing what they should', async () => {
    alice.send('say Hello, Bob! caf\u00e9 \u2713');
    await alice.waitFor('You say, "Hello, Bob! caf\u00e9 \u2713"');
    await bob.waitFor('Alice says, "Hello, Bob! caf\u00e9 \u2713"');
    await root.waitFor('Alice says, "Hello, Bob! caf\u00e9 \u2713"');
    bob.send(':waves back.');
    await alice.waitFor('Bob waves back.');
    // An escape sequence typed over the websocket must not reach anyone's screen.
    bob.send('"Red? \u001b[31mno\u0007');
    await alice.waitFor('Bob says, "Red? [31mno"');
    alice.send('whisper Bob=Meet me in the kitchen.');
    await alice.waitFor('You whisper, "Meet me in the kitchen." to Bob.');
    await bob.waitFor('Alice whispers, "Meet me in the kitchen."');
    bob.send('page Alice=On my way.');
    await bob.waitFor("You paged Alice with 'On my way.'.");
    await alice.waitFor('Bob pages: On my way.');
    root.send('WHO');
    await root.waitFor(/players are connected\./);
    assert.ok(!root.output.all.includes('Meet me in the kitchen'), 'a third player in the room does not hear the whisper');
    assert.ok(!root.output.all.includes('On my way'), 'nor the page');
  });

  it('lets players share a channel an admin made (players may not make channels)', async () => {
    alice.send('@channel/create lounge');
    await alice.waitFor('Permission denied: only builders and admins may create channels.');
    root.send('@channel/create lounge');
    await root.waitFor('Channel lounge created. You have joined it.');
    alice.send('@channel/join lounge');
    await alice.waitFor('You join channel lounge.');
    bob.send('@channel/join lounge');
    await bob.waitFor('You join channel lounge.');
    await alice.waitFor('[lounge] Bob has joined this channel.');
    bob.send('+lounge anyone here?');
    await alice.waitFor('[lounge] Bob says, "anyone here?"');
    await bob.waitFor('[lounge] Bob says, "anyone here?"');
    bob.send('@channel/who lounge');
    await bob.waitFor('Members of lounge connected now: Alice, Bob, Root.');
  });

  it('keeps players and builders from commands above their role', async () => {
    bob.send('@dig Attic');
    await bob.waitFor('Permission denied: @dig needs the builder role.');
    bob.send('@boot Alice');
    await bob.waitFor('Permission denied: @boot needs the admin role.');
    bob.send('@plugin/disable communication');
    await bob.waitFor('Permission denied: @plugin needs the admin role.');
    root.send('@role Alice=builder');
    await root.waitFor('Alice is now a builder.');
    alice.send('@boot Bob');
    await alice.waitFor('Permission denied: @boot needs the admin role.');
    assert.equal(server.core.sessions.isConnected(server.core.world.findCharacter('Bob')!.id), true);
  });

  it('lets a builder dig a room with exits both ways and describe it, and the other player walk there', async () => {
    alice.send('@dig Kitchen=North;n,South;s');
    const dug = await alice.waitFor(/Kitchen created with room number #(\d+)\./);
    const kitchen = /Kitchen created with room number #(\d+)\./.exec(dug)![1];
    await alice.waitFor(`Linked exit #${Number(kitchen) + 2} to The Hearth(#1).`);
    alice.send(`@describe #${kitchen}=A small kitchen smelling of bread.`);
    await alice.waitFor(`Description set for Kitchen(#${kitchen}).`);
    bob.send('n');
    await bob.waitFor(new RegExp(`Kitchen\\(#${kitchen}\\)\\nA small kitchen smelling of bread\\.`));
    await alice.waitFor('Bob has left.');
    bob.send('look');
    await bob.waitFor(/Kitchen\(#\d+\)\nA small kitchen smelling of bread\.\nObvious exits:\nSouth/);
    alice.send('north');
    await bob.waitFor('Alice has arrived.');
    alice.send('@open Trapdoor;t');
    const opened = await alice.waitFor(/Opened exit #(\d+) \(Trapdoor\) from here\./);
    const trapdoor = /Opened exit #(\d+)/.exec(opened)![1];
    alice.send('@link t=#1');
    await alice.waitFor(`Linked exit #${trapdoor} to The Hearth(#1).`);
    bob.send('exits');
    await bob.waitFor(/South \(s\) leads to The Hearth\(#1\)\.\n\s*Trapdoor \(t\) leads to The Hearth\(#1\)\./);
  });

  it('lists commands in help, and explains one', async () => {
    bob.send('help');
    await bob.waitFor(/Commands you can use[\s\S]*say[\s\S]*whisper/);
    bob.send('help @dig');
    await bob.waitFor(/Help for @dig\nUsage: @dig <room>\[=<exits>\][\s\S]*Needs the builder role\./);
  });

  it('lets an admin read @stats, switch a plugin off (its commands answer Huh?) and on again', async () => {
    root.send('@stats');
    await root.waitFor(/Connected players:\s+3[\s\S]*communication\s+ready/);
    root.send('@plugin/disable communication');
    await root.waitFor('Plugin communication disabled; its commands no longer answer.');
    alice.send('say anyone?');
    await alice.waitFor(HUH);
    root.send('@plugin/enable communication');
    await root.waitFor('Plugin communication enabled.');
    alice.send('say back again');
    await alice.waitFor('You say, "back again"');
    root.send('@plugin/disable admin');
    await root.waitFor(/cannot disable itself/);
  });

  it('lets an admin announce something to everyone', async () => {
    root.send('@wall Maintenance at noon \u2713');
    await alice.waitFor('Announcement: Root shouts, "Maintenance at noon \u2713"');
    await bob.waitFor('Announcement: Root shouts, "Maintenance at noon \u2713"');
  });

  it('lets an admin boot a player, who is told and disconnected', async () => {
    root.send('@boot Bob');
    await root.waitFor('You booted Bob.');
    await bob.waitFor('You have been booted by Root.');
    if (!bob.output.closed) await new Promise((resolve) => bob.socket.once('close', resolve));
    root.send('WHO');
    await root.waitFor('2 players are connected.');
  });
});
