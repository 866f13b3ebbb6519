// Roleplay basics in the real server over telnet, as plain players (no builder role) use them:
// paging several people named with spaces, @doing shown in WHO, describing oneself and being
// looked at, and out-of-character talk in the room.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

describe('roleplay basics, played over telnet', () => {
  let server: TestServer;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;
  let carol: TelnetTestClient;

  before(async () => {
    server = await startTestServer();
    alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    carol = await TelnetTestClient.connect(server.telnetPort);
    await carol.login('create', 'Carol', 'carolpass');
  });
  after(async () => {
    await Promise.all([alice.close(), bob.close(), carol.close()]);
    await server.dispose();
  });

  it('pages several people named with spaces, and the same people again without names', async () => {
    alice.send('page Bob Carol=Meeting at noon.');
    await alice.waitFor("You paged Bob, Carol with 'Meeting at noon.'.");
    await bob.waitFor('Alice pages: Meeting at noon.');
    await carol.waitFor('Alice pages: Meeting at noon.');
    alice.send('page :waves.');
    await alice.waitFor('Long distance to Bob, Carol: Alice waves.');
    await bob.waitFor('From afar, Alice waves.');
    await carol.waitFor('From afar, Alice waves.');
    alice.send('page Bob Wizard=hi');
    await alice.waitFor('I don\'t recognize "Wizard".');
  });

  it('shows what each player is doing in WHO, cut to 39 characters', async () => {
    alice.send('@doing Looking for a scene!');
    await alice.waitFor('Doing set: Looking for a scene!');
    bob.send(`@doing ${'b'.repeat(50)}`);
    await bob.waitFor(`Doing set (cut to 39 characters): ${'b'.repeat(39)}`);
    carol.send('WHO');
    const who = await carol.waitFor(/3 players are connected\./);
    const lines = who.split(/\r?\n/);
    const header = lines.find((line) => line.startsWith('Player Name'))!;
    assert.match(header, /Idle  Doing$/);
    const column = header.indexOf('Doing');
    assert.equal(lines.find((line) => line.startsWith('Alice'))!.slice(column), 'Looking for a scene!');
    assert.equal(lines.find((line) => line.startsWith('Bob'))!.slice(column), 'b'.repeat(39));
    assert.equal(lines.find((line) => line.startsWith('Carol'))!.trimEnd().length, column - 2, 'no doing, no text');
  });

  it('lets a player describe themself, and only themself', async () => {
    alice.send('@desc me=A tall woman in a green cloak.');
    await alice.waitFor('Description set for Alice(#');
    bob.send('look Alice');
    await bob.waitFor('A tall woman in a green cloak.');
    bob.send('@desc Alice=Rude.');
    await bob.waitFor("Permission denied: you don't own Alice(#");
    bob.send('@desc here=Mine now.');
    await bob.waitFor("Permission denied: you don't own The Hearth(#1).");
  });

  it('carries out-of-character talk and poses to everyone in the room', async () => {
    bob.send('ooc Back in five, sorry!');
    for (const client of [alice, bob, carol]) await client.waitFor('<OOC> Bob says, "Back in five, sorry!"');
    carol.send('ooc :waves.');
    for (const client of [alice, bob, carol]) await client.waitFor('<OOC> Carol waves.');
  });
});
