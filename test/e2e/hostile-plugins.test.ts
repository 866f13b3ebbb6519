// Hostile plugins in the running server: while one player sets each of them off, another
// connected player keeps getting answers within a second, and the first is told plainly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hostileManifest, PluginFolder } from '../support/plugin-folder.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const BEHAVIOURS: Array<[string, RegExp]> = [
  ['spin', /did not finish within 300 ms and was stopped\. \(E_PLUGIN_TIMEOUT\) Nothing was changed\./],
  ['bomb', /crashed: .*\(E_PLUGIN_TRAP\) Nothing was changed\./],
  ['trap', /crashed: .*\(E_PLUGIN_TRAP\) Nothing was changed\./],
  ['giant', /returned more than \d+ bytes .*\(E_PLUGIN_OUTPUT_INVALID\)/],
  ['badjson', /not JSON\. \(E_PLUGIN_OUTPUT_INVALID\)/],
  ['flood', /^$/],
];

describe('hostile plugins in a running server', () => {
  let folder: PluginFolder;
  let server: TestServer;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;

  before(async () => {
    folder = await PluginFolder.create();
    await folder.wat('hostile.wat', 'hostile.wasm');
    await folder.wat('init-fails.wat', 'init-fails.wasm');
    for (const [behaviour] of BEHAVIOURS) {
      await folder.manifest(`hostile-${behaviour}`, hostileManifest(`hostile-${behaviour}`, [behaviour], 'capabilities: ["emit:location:*"]'));
    }
    await folder.manifest('cannot-start', hostileManifest('cannot-start', ['fine']).replace('hostile.wasm', 'init-fails.wasm'));
    server = await startTestServer({ HEARTH_MANIFEST_DIRS: folder.path });
    alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
  });
  after(async () => {
    await Promise.all([alice.close(), bob.close()]);
    await server.dispose();
    await folder.remove();
  });

  for (const [behaviour, message] of BEHAVIOURS) {
    it(`${behaviour}: the other player is answered within a second, and the player is told`, async () => {
      alice.output.skip();
      alice.send(behaviour);
      bob.send('WHO');
      await bob.waitFor('2 players are connected.', 1000);
      if (message.source !== '^$') await alice.waitFor(message, 10_000);
      alice.send('WHO');
      await alice.waitFor('2 players are connected.', 10_000);
    });
  }

  it('refused the plugin whose start traps, and serves everyone without it', async () => {
    const report = server.core.plugins.report('cannot-start');
    assert.equal(report?.status, 'error');
    assert.match(report?.lastError ?? '', /failed to start: unreachable/);
    alice.send('fine');
    await alice.waitFor('Huh?');
  });
});
