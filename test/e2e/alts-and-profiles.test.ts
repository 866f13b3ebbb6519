// Accounts with several characters, renames, profiles, +who, pronouns and @pemit, in the real
// server over telnet: an account holder makes an alt and plays either, a player renames
// themself, sets a profile and pronouns that poses then use, and staff @pemit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

describe('alts, profiles and pronouns, played over telnet', () => {
  let server: TestServer;
  let ann: TelnetTestClient;
  let ben: TelnetTestClient;
  const clients: TelnetTestClient[] = [];

  async function connect(): Promise<TelnetTestClient> {
    const client = await TelnetTestClient.connect(server.telnetPort);
    clients.push(client);
    await client.waitFor('QUIT');
    return client;
  }

  before(async () => {
    server = await startTestServer({ HEARTH_CHARACTERS_PER_ACCOUNT: '3' });
    ann = await connect();
    ann.send('create Ann annspassword');
    await ann.waitFor('Welcome, Ann.');
    ben = await connect();
    ben.send('create Ben benspassword');
    await ben.waitFor('Welcome, Ben.');
  });
  after(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server.dispose();
  });

  it('makes an alt in the game, plays it by its name, and shows the select for the account name', async () => {
    ann.send('@alts/create Annabel');
    await ann.waitFor("Annabel is made. Log in as Annabel with your account's password: connect Annabel <password>.");
    ann.send('@alts/create Ben');
    await ann.waitFor('The name "Ben" is already taken; choose another.');
    ann.send('@alts');
    const list = await ann.waitFor('Make another with @alts/create <name>.');
    assert.match(list, /Characters of the account Ann \(2 of at most 3\):\r?\n {2}Ann \(you\)\r?\n {2}Annabel/);

    const alt = await connect();
    alt.send('connect Annabel annspassword');
    await alt.waitFor('Welcome, Annabel.');
    alt.send('WHO');
    const who = await alt.waitFor(/3 players are connected\./);
    assert.match(who, /^Annabel /m);
    alt.send('say Two of us now.');
    await ben.waitFor('Annabel says, "Two of us now."');
    alt.send('@alts');
    await alt.waitFor(/ {2}Ann \(connected\)\r?\n {2}Annabel \(you\)/);
    alt.send('QUIT');

    const chooser = await connect();
    chooser.send('connect ann annspassword');
    await chooser.waitFor('Your account Ann has 2 characters: Ann, Annabel.');
    await chooser.waitFor('Type "play <name>" to play one or "create <name>" to make another (up to 3).');
    chooser.send('look');
    await chooser.waitFor('Your account Ann has 2 characters');
    chooser.send('play Ben');
    await chooser.waitFor('Ann has no character called "Ben".');
    chooser.send('create Anya');
    await chooser.waitFor('Welcome, Anya.');
    chooser.send('@alts/create Annika');
    await chooser.waitFor('An account may have at most 3 characters on this game; play one of yours instead.');
    chooser.send('QUIT');

    const again = await connect();
    again.send('connect Ann annspassword');
    await again.waitFor('Your account Ann has 3 characters: Ann, Annabel, Anya.');
    again.send('play annabel');
    await again.waitFor('Welcome, Annabel.');
    again.send('QUIT');
  });

  it('renames a player who asks, and refuses names taken or invalid', async () => {
    ben.send('@name me=Benedict');
    await ben.waitFor('Name set: Ben(#');
    await ben.waitFor('is now Benedict.');
    ben.send('say I am Benedict now.');
    await ann.waitFor('Benedict says, "I am Benedict now."');
    ben.send('@name me=Annabel');
    await ben.waitFor('The name "Annabel" is already taken; choose another.');
    ben.send('@name me=Sir Ben');
    await ben.waitFor('A name');
    ben.send('@name here=Mine');
    await ben.waitFor("Permission denied: you don't own The Hearth(#1).");
    const back = await connect();
    back.send('connect Benedict benspassword');
    await back.waitFor('Welcome, Benedict.');
    back.send('QUIT');
  });

  it('shows profiles players set for themselves, and refuses bad fields', async () => {
    ann.send('+finger/set fullname=Ann of the Marches');
    await ann.waitFor('Profile field fullname set.');
    ann.send('+finger/set quote=Onward.');
    await ann.waitFor('Profile field quote set.');
    ann.send('+finger/set bad name=x');
    await ann.waitFor('A field is named with 1 to 20 letters');
    ann.send(`+finger/set long=${'x'.repeat(501)}`);
    await ann.waitFor('A profile field holds at most 500 characters; nothing was set.');
    ann.send('@doing Waiting for a scene');
    await ann.waitFor('Doing set: Waiting for a scene');
    ben.send('+finger ann');
    const card = await ben.waitFor(/ Quote: +Onward\./);
    assert.match(card, / Ann {2}\(they\/them\/their\/theirs\)/);
    assert.match(card, / Status: +Connected, idle \d+s\./);
    assert.match(card, / Doing: +Waiting for a scene/);
    assert.match(card, / Fullname: +Ann of the Marches/);
    ann.send('+finger/set quote=');
    await ann.waitFor('Profile field quote cleared.');
    ben.send('+finger Nobody');
    await ben.waitFor('I don\'t recognize "Nobody".');
  });

  it('lists who is on with idle, doing and location, hiding the location of those who ask', async () => {
    ben.send('+who');
    const table = await ben.waitFor(/\d+ players? (is|are) connected\./);
    const lines = table.split(/\r?\n/);
    const header = lines.find((line) => line.startsWith('Player Name'))!;
    assert.match(header, /On For Idle {2}Location {18}Doing$/);
    const annRow = lines.find((line) => line.startsWith('Ann '))!;
    assert.equal(annRow.slice(header.indexOf('Location'), header.indexOf('Doing')).trim(), 'The Hearth');
    assert.equal(annRow.slice(header.indexOf('Doing')), 'Waiting for a scene');
    ann.send('+who/hide');
    await ann.waitFor('Your location is hidden from +who.');
    ben.send('+who');
    const hidden = await ben.waitFor(/\d+ players? (is|are) connected\./);
    assert.match(hidden.split(/\r?\n/).find((line) => line.startsWith('Ann '))!, /\(hidden\)/);
    ann.send('+who/show');
    await ann.waitFor('Your location shows in +who again.');
  });

  it('uses the pronouns a player sets in poses, with %r for a new line', async () => {
    ann.send('@sex me=female');
    await ann.waitFor(/Sex set for Ann\(#\d+\): female\. Pronouns: she\/her\/her\/hers\./);
    ann.send(':stretches %p arms.%rThen %s yawns. 50% sure.');
    await ben.waitFor('Ann stretches her arms.\r\nThen she yawns. 50% sure.');
    ann.send('@pronouns me=xe/xem/xyr/xyrs');
    await ann.waitFor('Pronouns set for Ann(#');
    ann.send(':waves; %S smiles at %o own joke, %%s.');
    await ben.waitFor('Ann waves; Xe smiles at xem own joke, %s.');
    ann.send('@pronouns me=too/many/words/here/now');
    await ann.waitFor('Give four words split by "/"');
    ann.send('@pronouns me=<b>/x/y/z');
    await ann.waitFor('Give four words split by "/"');
    ben.send('@pronouns Ann=he/him/his/his');
    await ben.waitFor("Permission denied: you don't own Ann(#");
    ben.send('+finger Ann');
    await ben.waitFor(/ Ann {2}\(xe\/xem\/xyr\/xyrs\)/);
  });

  it('lets staff @pemit: builders in their room, admins anywhere, players not at all', async () => {
    ben.send('@pemit Ann=psst');
    await ben.waitFor('Permission denied: @pemit needs the builder role.');
    await server.core.accounts.setRole('Benedict', 'builder');
    ben.send('@pemit Ann=A chill runs down your spine.');
    await ben.waitFor('You @pemit to Ann: A chill runs down your spine.');
    const seen = await ann.waitFor('A chill runs down your spine.');
    assert.doesNotMatch(seen, /Benedict/);
    ben.send('@pemit Nobody=hello');
    await ben.waitFor('I don\'t see "Nobody" here.');
  });

  it('lists the new commands in help', async () => {
    ann.send('help');
    const help = await ann.waitFor(/@alts +Lists the characters of your account/);
    assert.match(help, /\+finger/);
    ann.send('help +who');
    await ann.waitFor('Lists everyone connected, longest first');
  });
});
