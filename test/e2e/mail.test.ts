// @mail in the real server over telnet: mail to a player who is not connected waits for them
// across a restart of the server and is announced when they log in; then reading, replying,
// forwarding, deleting, purging and folders as players use them, the limits, and a third
// player's attempts on mail that is not theirs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const NOTE = 'Come by the inn tonight. caf\u00e9 \u2713';

describe('@mail, played over telnet across a restart', () => {
  const servers: TestServer[] = [];
  const clients: TelnetTestClient[] = [];
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;
  let carol: TelnetTestClient;

  async function login(server: TestServer, verb: 'connect' | 'create', name: string, password: string): Promise<TelnetTestClient> {
    const client = await TelnetTestClient.connect(server.telnetPort);
    clients.push(client);
    await client.login(verb, name, password);
    return client;
  }

  before(async () => {
    const first = await startTestServer({}, { persistent: true });
    servers.push(first);
    alice = await login(first, 'create', 'Alice', 'alicepass');
    carol = await login(first, 'create', 'Carol', 'carolpass');
    const bobFirst = await login(first, 'create', 'Bob', 'bobpass1');
    await bobFirst.close();
    await alice.waitFor('Bob has disconnected.');
  });
  after(async () => {
    await Promise.all(clients.map((client) => client.close()));
    for (const server of servers) await server.stop();
    await servers[0]?.database.drop();
  });

  it('sends to a player who is not connected, and a page says @mail reaches them', async () => {
    alice.send('page Bob=Are you there?');
    await alice.waitFor('Bob is not connected; @mail Bob=<message> reaches them.');
    alice.send(`@mail Bob=Supper/${NOTE}`);
    await alice.waitFor('MAIL: You sent your message to Bob.');
    alice.send('@mail Bob Carol=Plans/The market opens at dawn.');
    await alice.waitFor('MAIL: You sent your message to Bob.\r\nMAIL: You sent your message to Carol.');
    await carol.waitFor('MAIL: You have a new message (1) from Alice.');
  });

  it('refuses what is past its limits, or names no one it knows, and sends nothing', async () => {
    alice.send(`@mail Bob=${'x'.repeat(8001)}`);
    await alice.waitFor('MAIL: Your message is 8001 characters long; a message may be at most 8000. Nothing was sent.');
    alice.send('@mail Bob Zed=hello');
    await alice.waitFor('No such unique player: Zed.\r\nMAIL: Nothing was sent.');
    alice.send('@mail Bob Carol Alice Dave Erin Finn=hello');
    await alice.waitFor(/No such unique player: Dave\.[\s\S]*MAIL: Nothing was sent\./);
  });

  it('keeps the mail across a restart, and tells Bob about it when he logs in', async () => {
    await Promise.all([alice.close(), carol.close()]);
    await servers[0]!.stop();
    const second = await startTestServer({}, { database: servers[0]!.database });
    servers.push(second);
    alice = await login(second, 'connect', 'Alice', 'alicepass');
    carol = await login(second, 'connect', 'Carol', 'carolpass');
    bob = await login(second, 'connect', 'Bob', 'bobpass1');
    await bob.waitFor('MAIL: 2 messages in folder 0 [inbox] (2 unread, 0 cleared).');
  });

  it('lists, reads and replies', async () => {
    bob.send('@mail');
    const listing = await bob.waitFor(/-{77}\r\n/);
    assert.match(listing, /MAIL \(folder  0\)/);
    assert.match(listing, /\[N--\]  0:1   \*Alice         Supper {25}\w{3} \w{3} \d\d \d\d:\d\d/);
    assert.match(listing, /\[N--\]  0:2   \*Alice         Plans /);
    bob.send('@mail 1');
    await bob.waitFor('Subject: Supper');
    await bob.waitFor(`${NOTE}\r\n${'-'.repeat(77)}\r\n`);
    bob.send('@mail/reply 1=On my way.');
    await bob.waitFor('MAIL: You sent your message to Alice.');
    await alice.waitFor('MAIL: You have a new message (1) from Bob.');
    alice.send('@mail 1');
    await alice.waitFor('Subject: Re: Supper');
    await alice.waitFor(`On my way.\r\n${'-'.repeat(77)}\r\n`);
  });

  it('forwards, deletes, undeletes and purges', async () => {
    bob.send('@mail/forward 2=Carol');
    await bob.waitFor('MAIL: 1 message forwarded.');
    await carol.waitFor('MAIL: You have a new message (2) from Bob.');
    bob.send('@mail/delete 2');
    await bob.waitFor('MAIL: Unread Msg #0:2 cleared! Use @mail/undelete 0:2 to recover.');
    bob.send('@mail/undelete 2');
    await bob.waitFor('MAIL: Msg #0:2 uncleared.');
    bob.send('@mail/delete 1');
    await bob.waitFor('MAIL: Msg #0:1 cleared.');
    bob.send('@mail/purge');
    await bob.waitFor('MAIL: Mailbox purged.');
    bob.send('@mail');
    const listing = await bob.waitFor(/-{77}\r\n/);
    assert.match(listing, /\[N--\]  0:1   \*Alice         Plans /);
    assert.doesNotMatch(listing, /Supper/);
  });

  it('names a folder, files mail in it, and reads it there', async () => {
    bob.send('@mail/folder 1=Saved');
    await bob.waitFor("MAIL: Folder 1 now named 'Saved'");
    bob.send('@mail/file 1=saved');
    await bob.waitFor('MAIL: Msg 0:1 filed in folder 1 [Saved]');
    bob.send('@mail/folder');
    await bob.waitFor('MAIL: 1 message in folder 1 [Saved] (1 unread, 0 cleared).\r\nMAIL: Current folder is 0 [inbox].');
    bob.send('@mail/folder Saved');
    await bob.waitFor('MAIL: Current folder set to 1 [Saved].');
    bob.send('@mail 1');
    await bob.waitFor(/Folder:  1   Message: 1/);
    await bob.waitFor(`The market opens at dawn.\r\n${'-'.repeat(77)}\r\n`);
  });

  it("never shows or changes another player's mail", async () => {
    carol.send('@mail 3');
    await carol.waitFor("MAIL: You don't have that many matching messages!");
    carol.send('@mail 1:1');
    await carol.waitFor("MAIL: You don't have that many matching messages!");
    carol.send('@mail/delete 1-9');
    await carol.waitFor(/MAIL: (Msg|Unread Msg) #0:1 cleared/);
    carol.send('@mail/purge');
    await carol.waitFor('MAIL: Mailbox purged.');
    carol.send('@mail 0:0');
    await carol.waitFor('MAIL: Invalid message specification');
    carol.send('@mail/read 99999999999999999999');
    await carol.waitFor('MAIL: Invalid message specification');
    bob.send('@mail/folder');
    await bob.waitFor('MAIL: 1 message in folder 1 [Saved] (0 unread, 0 cleared).');
    alice.send('@mail');
    assert.match(await alice.waitFor(/-{77}\r\n/), /0:1 {3}\*Bob {11}Re: Supper/);
  });

  it('explains itself in help', async () => {
    carol.send('help @mail');
    await carol.waitFor('Help for @mail');
    await carol.waitFor('@mail/purge                             remove deleted messages for good');
  });
});
