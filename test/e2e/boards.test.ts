// The +bb boards in the real server over telnet: every command reaching the boards plugin (the
// whole word +bbread wins over the + of channel talk, which still works beside it), boards by
// role, edits and removals by author only, help, the unread notice at login, and boards, posts
// and what each character has read kept across a restart on the same database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const ADMIN = { HEARTH_BOOTSTRAP_ADMIN: 'Root:rootpass1' };

describe('+bb boards, played over telnet', () => {
  const servers: TestServer[] = [];
  const clients: TelnetTestClient[] = [];
  let root: TelnetTestClient;
  let ann: TelnetTestClient;
  let bob: TelnetTestClient;

  async function connect(server: TestServer, verb: 'connect' | 'create', name: string, password: string): Promise<TelnetTestClient> {
    const client = await TelnetTestClient.connect(server.telnetPort);
    clients.push(client);
    await client.login(verb, name, password);
    return client;
  }

  before(async () => {
    const server = await startTestServer(ADMIN, { persistent: true });
    servers.push(server);
    root = await connect(server, 'connect', 'Root', 'rootpass1');
    ann = await connect(server, 'create', 'Ann', 'annpass1');
    bob = await connect(server, 'create', 'Bob', 'bobpass1');
  });
  after(async () => {
    await Promise.all(clients.map((client) => client.close()));
    for (const server of servers) await server.stop();
    await servers[0]?.database.drop();
  });

  it('reaches the boards plugin with +bb words, and leaves +<channel> to channel talk', async () => {
    ann.send('+bbread');
    await ann.waitFor('There are no boards you can read yet.');
    root.send('@channel/create public');
    await root.waitFor('Channel public created. You have joined it.');
    ann.send('@channel/join public');
    await ann.waitFor('You join channel public.');
    ann.send('+public hello there');
    await ann.waitFor('[public] Ann says, "hello there"');
    ann.send('help +bbread');
    const help = await ann.waitFor('+bbread 1/u');
    assert.ok(help.includes('Help for +bbread') && help.includes('Usage: +bbread [<target>]'), help);
    ann.send('help');
    const list = await ann.waitFor(/\+bbscan[^\n]*\n/);
    assert.ok(list.includes('+bbpost') && !list.includes('+bbnewgroup'), 'players are not shown admin commands');
  });

  it('lets only admins make and configure boards', async () => {
    ann.send('+bbnewgroup Mine');
    await ann.waitFor('Permission denied: +bbnewgroup needs the admin role.');
    ann.send('+bbconfig 1/read=player');
    await ann.waitFor('Permission denied: +bbconfig needs the admin role.');
    root.send('+bbnewgroup Announcements');
    await root.waitFor('Board 1, Announcements, created.');
    root.send('+bbnewgroup Staff');
    await root.waitFor('Board 2, Staff, created.');
    root.send('+bbnewgroup General');
    await root.waitFor('Board 3, General, created.');
    root.send('+bbconfig 1/write=admin');
    await root.waitFor('Board Announcements (#1): only admins may post on it now.');
    root.send('+bbconfig 2/read=admin');
    await root.waitFor('Board Staff (#2): only admins may read it now.');
    root.send('+bbpost 1/Welcome=Welcome to the game.%rBe kind.');
    await root.waitFor('You post "Welcome" to Announcements (#1) as message 1/1.');
    root.send('+bbpost staff/Secret=Only staff read this.');
    await root.waitFor('You post "Secret" to Staff (#2) as message 2/1.');
  });

  it('keeps players off boards their role may not read or post on', async () => {
    ann.send('+bbread');
    const boards = await ann.waitFor('lists its messages.');
    assert.ok(boards.includes('Announcements') && boards.includes('General') && !boards.includes('Staff'), boards);
    for (const line of ['+bbread 2', '+bbread 2/1', '+bbread Staff/1', '+bbpost 2/Hi=Let me in']) {
      ann.send(line);
      await ann.waitFor(/There is no board "(2|Staff)"\. \+bbread lists the boards\./);
    }
    ann.send('+bbpost 1/Mine=Not allowed.');
    await ann.waitFor('You may not post on Announcements (#1): posting there takes the admin role.');
  });

  it('posts, lists, reads, replies, edits and removes, each by the right people', async () => {
    ann.send('+bbpost General/Market day=The market opens at dawn. café ✓');
    await ann.waitFor('You post "Market day" to General (#3) as message 3/1.');
    bob.send('+bbread 3');
    const list = await bob.waitFor('reads one.');
    assert.match(list, / 3\/1 {5}\* Market day +\w{3} \w{3} \d{2}  Ann/);
    bob.send('+bbread 3/1');
    const post = await bob.waitFor(/={78}\r?\n[^=]*={78}/);
    assert.ok(post.includes('Title: Market day') && post.includes('The market opens at dawn. café ✓'), post);
    bob.send('+bbreply 3/1=I will be there.');
    await bob.waitFor('You reply to 3/1 with message 3/2, "Re: Market day".');
    ann.send('+bbedit 3/2=there/late');
    await ann.waitFor("You may edit only your own messages; 3/2 is Bob's.");
    ann.send('+bbremove 3/2');
    await ann.waitFor("You may remove only your own messages; 3/2 is Bob's.");
    bob.send('+bbedit 3/2=there/early');
    await bob.waitFor('Message 3/2 ("Re: Market day") edited.');
    bob.send('+bbpost 3/Oops=Posted by mistake.');
    await bob.waitFor('as message 3/3.');
    bob.send('+bbremove 3/3');
    await bob.waitFor('Message 3/3 ("Oops") is removed from General (#3).');
  });

  it('tracks what each player has read: +bbscan, +bbnext, +bbcatchup', async () => {
    ann.send('+bbscan');
    await ann.waitFor(/Unread messages:\r?\n {2}Announcements \(#1\): 1 unread \(1\/1\)\r?\n {2}General \(#3\): 1 unread \(3\/2\)/);
    ann.send('+bbnext');
    await ann.waitFor('Message: 1/1 ');
    ann.send('+bbnew');
    await ann.waitFor('I will be early.');
    ann.send('+bbnext');
    await ann.waitFor('You have no unread messages.');
    bob.send('+bbcatchup 1');
    await bob.waitFor('Caught up on Announcements (#1): 1 message marked read.');
  });

  it('keeps boards, posts and what each has read across a restart, and says what is unread at login', async () => {
    root.send('+bbpost 1/Maintenance=The server restarts now.');
    await root.waitFor('as message 1/2.');
    await Promise.all(clients.splice(0).map((client) => client.close()));
    const first = servers[0]!;
    await first.stop();

    const second = await startTestServer(ADMIN, { database: first.database });
    servers.push(second);
    const annAgain = await TelnetTestClient.connect(second.telnetPort);
    clients.push(annAgain);
    annAgain.send('connect Ann annpass1');
    await annAgain.waitFor('You have unread posts on: Announcements (1). +bbnext reads the first, +bbscan lists them.');
    annAgain.send('+bbscan');
    await annAgain.waitFor('Announcements (#1): 1 unread (1/2)');
    annAgain.send('+bbread 3');
    const general = await annAgain.waitFor('reads one.');
    assert.match(general, / 3\/1 {7}Market day/);
    assert.match(general, / 3\/2 {7}Re: Market day/);
    const bobAgain = await connect(second, 'connect', 'Bob', 'bobpass1');
    bobAgain.send('+bbscan');
    await bobAgain.waitFor(/ {2}Announcements \(#1\): 1 unread \(1\/2\)\r?\n\+bbnext/);
    const rootAgain = await connect(second, 'connect', 'Root', 'rootpass1');
    rootAgain.send('+bbread');
    const boards = await rootAgain.waitFor('lists its messages.');
    assert.match(boards, / {3}2 {2}Staff {26}[ *] {2}\w{3} \w{3} \d{2} {14}1/);
    rootAgain.send('+bbcleargroup 3');
    await rootAgain.waitFor('Board General (#3) holds 2 messages. To remove it and them for good, type +bbconfirm 3 within 60 seconds.');
    rootAgain.send('+bbconfirm 3');
    await rootAgain.waitFor('Board General and its 2 messages are removed.');
    annAgain.send('+bbread 3');
    await annAgain.waitFor('There is no board "3". +bbread lists the boards.');
  });
});
