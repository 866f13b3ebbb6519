// Hostile plugins in the running server: while one player sets each of them off, another
// connected player keeps getting answers within a second, and the first is told plainly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hostileManifest, PluginFolder } from '../support/plugin-folder.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const BEHAVIOURS: Array<[string, RegExp]> = [
  ['spin', /ran past its allowance of \d+ instructions in spin and was stopped\. \(E_PLUGIN_FUEL\) Nothing was changed\./],
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
    // Floods without the capability to emit anything.
    await folder.manifest('hostile-denied', hostileManifest('hostile-denied', []).replace('commands:', 'commands:\n  - { name: denied, description: d, handler: flood }'));
    // Answers every say by emitting, then trapping.
    await folder.manifest(
      'hostile-listener',
      hostileManifest('hostile-listener', [], 'capabilities: ["emit:location:*", "events:location:*"]\nevents: [{ types: [say], streams: ["location:*"], handler: emit_then_trap }]').replace(
        'commands:',
        'commands: []',
      ),
    );
    // The bundled plugins too, so a real `say` sets off the hostile listener.
    server = await startTestServer({ HEARTH_MANIFEST_DIRS: `${folder.path},plugins` });
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

  it('a plugin without capabilities calling host functions is refused each time, and everyone is served', async () => {
    const spamBefore = (await server.core.store.read(`location:${server.core.world.startingRoomId}`, undefined, 1000)).filter((event) => event.type === 'spam').length;
    alice.output.skip();
    alice.send('denied');
    bob.send('WHO');
    await bob.waitFor('2 players are connected.', 1000);
    alice.send('WHO');
    await alice.waitFor('2 players are connected.', 10_000);
    const spamAfter = (await server.core.store.read(`location:${server.core.world.startingRoomId}`, undefined, 1000)).filter((event) => event.type === 'spam').length;
    assert.equal(spamAfter, spamBefore, 'no event got through without emit:location:*');
    assert.equal(server.core.plugins.report('hostile-denied')?.status, 'ready', 'denials are answers, not crashes');
  });

  it('an event handler that traps after emitting applies nothing, and the say it heard still reaches everyone', async () => {
    const room = `location:${server.core.world.startingRoomId}`;
    const spamBefore = (await server.core.store.read(room, undefined, 1000)).filter((event) => event.type === 'spam').length;
    const crashesBefore = server.core.plugins.report('hostile-listener')!.crashCount;
    bob.send('say is anyone listening?');
    await alice.waitFor('Bob says, "is anyone listening?"', 10_000);
    while (server.core.plugins.report('hostile-listener')!.crashCount === crashesBefore) await new Promise((resolve) => setTimeout(resolve, 20));
    bob.send('WHO');
    await bob.waitFor('2 players are connected.', 1000);
    const spamAfter = (await server.core.store.read(room, undefined, 1000)).filter((event) => event.type === 'spam').length;
    assert.equal(spamAfter, spamBefore, 'the trapped handler emitted nothing that was kept');
  });

  it('refused the plugin whose start traps, and serves everyone without it', async () => {
    const report = server.core.plugins.report('cannot-start');
    assert.equal(report?.status, 'error');
    assert.match(report?.lastError ?? '', /failed to start: unreachable/);
    alice.send('fine');
    await alice.waitFor('Huh?');
  });
});
