// What admins and players set up lasts across a restart of the server: a plugin switched off
// stays off (its commands keep answering Huh?), and channel membership and the channel list,
// kept in the database, still deliver talk to the members.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const ADMIN = { HEARTH_BOOTSTRAP_ADMIN: 'Root:rootpass1' };

describe('plugin state across a restart', () => {
  const servers: TestServer[] = [];
  after(async () => {
    for (const server of servers) await server.stop();
    await servers[0]?.database.drop();
  });

  it('keeps a disabled plugin disabled, and channel members on their channel', async () => {
    const first = await startTestServer(ADMIN, { persistent: true });
    servers.push(first);
    const root = await TelnetTestClient.connect(first.telnetPort);
    await root.login('connect', 'Root', 'rootpass1');
    const ann = await TelnetTestClient.connect(first.telnetPort);
    await ann.login('create', 'Ann', 'annpass1');
    // Players may not make channels; a builder may.
    root.send('@role Ann=builder');
    await root.waitFor('Ann is now a builder.');
    ann.send('@channel/create guild');
    await ann.waitFor('Channel guild created. You have joined it.');
    root.send('@plugin/disable building');
    await root.waitFor('Plugin building disabled; its commands no longer answer.');
    await Promise.all([root.close(), ann.close()]);
    await first.stop();

    const second = await startTestServer(ADMIN, { database: first.database });
    servers.push(second);
    assert.equal(second.core.plugins.report('building')?.status, 'disabled');
    const rootAgain = await TelnetTestClient.connect(second.telnetPort);
    await rootAgain.login('connect', 'Root', 'rootpass1');
    rootAgain.send('@dig Vault');
    await rootAgain.waitFor('Huh?  (Type "help" for help.)');
    rootAgain.send('@plugin/list');
    await rootAgain.waitFor(/building\s+\d+\.\d+\.\d+\s+disabled/);
    const annAgain = await TelnetTestClient.connect(second.telnetPort);
    await annAgain.login('connect', 'Ann', 'annpass1');
    annAgain.send('@channel/list');
    await annAgain.waitFor(/guild\s+1\s+\(on\)/);
    annAgain.send('+guild still here');
    await annAgain.waitFor('[guild] Ann says, "still here"');
    await Promise.all([rootAgain.close(), annAgain.close()]);
  });
});
