// Channels with moderation, played over telnet in the real server by several players: who may
// create channels, aliases (addcom, `pub hello`), operators muting, kicking and banning, a
// private channel joined by invitation, a staff channel no player can see, deleting with
// confirmation, and then a restart on the same database that keeps owners, operators, mutes,
// bans, invitations, aliases and history.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const ADMIN = { HEARTH_BOOTSTRAP_ADMIN: 'Root:rootpass1' };
const PASSWORDS: Record<string, string> = { Root: 'rootpass1', Olga: 'olgapass1', Mia: 'miapass12', Nils: 'nilspass1', Pia: 'piapass12' };

describe('channels with moderation, over telnet and across a restart', () => {
  const servers: TestServer[] = [];
  let clients: TelnetTestClient[] = [];

  async function player(server: TestServer, verb: 'connect' | 'create', name: string): Promise<TelnetTestClient> {
    const client = await TelnetTestClient.connect(server.telnetPort);
    clients.push(client);
    await client.login(verb, name, PASSWORDS[name]!);
    return client;
  }

  async function closeClients(): Promise<void> {
    await Promise.all(clients.map((client) => client.close()));
    clients = [];
  }

  before(async () => {
    servers.push(await startTestServer(ADMIN, { persistent: true }));
  });
  after(async () => {
    await closeClients();
    for (const server of servers) await server.stop();
    await servers[0]?.database.drop();
  });

  it('lets builders run channels that players join, alias, talk on and are moderated on', async () => {
    const [server] = servers as [TestServer];
    const root = await player(server, 'connect', 'Root');
    const olga = await player(server, 'create', 'Olga');
    const mia = await player(server, 'create', 'Mia');
    const nils = await player(server, 'create', 'Nils');
    const pia = await player(server, 'create', 'Pia');

    pia.send('@channel/create tavern');
    await pia.waitFor('Permission denied: only builders and admins may create channels.');
    root.send('@role Olga=builder');
    await root.waitFor('Olga is now a builder.');
    olga.send('@channel/create tavern=Drinks and gossip');
    await olga.waitFor('Channel tavern created. You have joined it.');

    // An alias joins the channel and talks on it.
    mia.send('addcom pub=tavern');
    await mia.waitFor('Channel tavern added with alias pub.\r\nYou join channel tavern.');
    await olga.waitFor('[tavern] Mia has joined this channel.');
    mia.send('pub Hello, tavern! caf\u00e9 \u2713');
    await olga.waitFor('[tavern] Mia says, "Hello, tavern! caf\u00e9 \u2713"');
    await mia.waitFor('[tavern] Mia says, "Hello, tavern! caf\u00e9 \u2713"');
    mia.send('pub :waves.');
    await olga.waitFor('[tavern] Mia waves.');
    mia.send('addcom look=tavern');
    await mia.waitFor('"look" is a command: an alias by that name would never reach a channel. Choose another.');

    // Joining shows the latest lines.
    nils.send('@channel/join tavern');
    const joined = await nils.waitFor(/You join channel tavern\.\r\nRecently on tavern:\r\n[^]*\[tavern\] Mia waves\./);
    assert.match(joined, /\[\d\d:\d\d\] \[tavern\] Mia says, "Hello, tavern! café ✓"/);

    // An operator mutes; the muted hear but may not talk; nobody acts above their rank.
    olga.send('@channel/op tavern=Mia');
    await olga.waitFor('Mia is now an operator of tavern.');
    mia.send('@channel/mute tavern=Nils');
    await mia.waitFor('You mute Nils on tavern: they may listen, but not talk.');
    await nils.waitFor('[tavern] Nils has been muted by Mia.');
    nils.send('+tavern let me talk');
    await nils.waitFor('You are muted on channel tavern: you may listen, but not talk.');
    nils.send('@channel/mute tavern=Mia');
    await nils.waitFor('Permission denied: only the owner and operators of tavern may mute players.');
    mia.send('@channel/mute tavern=Olga');
    await mia.waitFor("You can't mute Olga on tavern: Olga is its owner.");

    // A ban takes a player off and keeps them off.
    pia.send('@channel/join tavern');
    await pia.waitFor('You join channel tavern.');
    mia.send('@channel/ban tavern=Pia');
    await mia.waitFor('You ban Pia from tavern and take them off it.');
    await pia.waitFor('Mia has banned you from channel tavern.');
    await olga.waitFor('[tavern] Pia has been banned from the channel by Mia.');
    pia.send('@channel/join tavern');
    await pia.waitFor('You are banned from channel tavern.');

    // A kick takes a player off, and they may come back.
    olga.send('@channel/kick tavern=Nils');
    await olga.waitFor('You kick Nils off tavern.');
    await nils.waitFor('Olga has kicked you off channel tavern. You may join it again.');
    nils.send('+tavern hello?');
    await nils.waitFor('You are not on channel tavern.');
    nils.send('@channel/join tavern');
    await nils.waitFor('You join channel tavern.');

    // A private channel, by invitation.
    olga.send('@channel/create council');
    await olga.waitFor('Channel council created.');
    olga.send('@channel/private council=on');
    await olga.waitFor('Channel council is now private');
    olga.send('@channel/invite council=Mia');
    await olga.waitFor('You invite Mia to council.');
    await mia.waitFor('Olga invites you to channel council. Join it with @channel/join council.');
    nils.send('@channel/join council');
    await nils.waitFor('Channel council is private: you need an invitation to join it.');

    // A staff channel that players cannot see at all.
    root.send('@channel/create staff=Admins only');
    await root.waitFor('Channel staff created.');
    root.send('@channel/restrict staff=admin');
    await root.waitFor('Channel staff is now for admins only; members below that were taken off it.');
    // A channel one may not see does not exist: +staff goes on, as any unknown +word, to softcode.
    pia.send('+staff hello');
    await pia.waitFor('Huh?');
    pia.send('@channel/join staff');
    await pia.waitFor('There is no channel called "staff". See @channel/list.');
    pia.send('@channel/list');
    const listed = await pia.waitFor(/\r\ntavern[^\r\n]*/);
    assert.match(listed, /council +1 +private/);
    assert.ok(!listed.includes('staff'), listed);

    // Deleting asks first, then takes everyone off.
    olga.send('@channel/create scratch');
    await olga.waitFor('Channel scratch created.');
    nils.send('@channel/join scratch');
    await nils.waitFor('You join channel scratch.');
    olga.send('@channel/delete scratch');
    await olga.waitFor('To delete it, type: @channel/delete scratch=yes');
    nils.send('@channel/delete scratch=yes');
    await nils.waitFor('Permission denied: only the owner of scratch or an admin may delete it.');
    olga.send('@channel/delete scratch=yes');
    await olga.waitFor('Channel scratch deleted.');
    await nils.waitFor('Channel scratch has been deleted by Olga.');

    await closeClients();
  });

  it('keeps owners, operators, mutes, bans, invitations, aliases and history across a restart', async () => {
    const [first] = servers as [TestServer];
    await first.stop();
    const second = await startTestServer(ADMIN, { database: first.database });
    servers.push(second);
    const olga = await player(second, 'connect', 'Olga');
    const mia = await player(second, 'connect', 'Mia');
    const nils = await player(second, 'connect', 'Nils');
    const pia = await player(second, 'connect', 'Pia');

    mia.send('comlist');
    await mia.waitFor(/Alias +Channel +Status\r\npub +tavern +on/);
    mia.send('pub Still here after the restart.');
    await olga.waitFor('[tavern] Mia says, "Still here after the restart."');
    nils.send('+tavern and me?');
    await nils.waitFor('You are muted on channel tavern: you may listen, but not talk.');
    pia.send('@channel/join tavern');
    await pia.waitFor('You are banned from channel tavern.');
    mia.send('@channel/mute tavern=Nils');
    await mia.waitFor('Nils is already muted on tavern.');
    olga.send('@channel/info tavern');
    await olga.waitFor(/Owner: +Olga\r\nOperators: +Mia\r\nAccess: +open/);

    mia.send('@channel/join council');
    await mia.waitFor('You join channel council.');
    nils.send('@channel/join council');
    await nils.waitFor('Channel council is private: you need an invitation to join it.');
    pia.send('+staff anyone?');
    await pia.waitFor('Huh?');
    nils.send('@channel/join scratch');
    await nils.waitFor('There is no channel called "scratch". See @channel/list.');

    olga.send('@channel/history tavern');
    const history = await olga.waitFor('[tavern] Mia says, "Still here after the restart."');
    assert.match(history, /History of tavern, page 1 \(the newest lines\):/);
    assert.match(history, /\[\d\d:\d\d\] \[tavern\] Mia says, "Hello, tavern! café ✓"/);
    const hello = history.indexOf('[tavern] Mia says, "Hello, tavern!');
    const muted = history.indexOf('[tavern] Nils has been muted by Mia.');
    assert.ok(hello > 0 && muted > hello, history);
    await closeClients();
  });
});
