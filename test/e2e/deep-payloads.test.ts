// A plugin allowed to emit on the room sends says whose payload nests 4,000 levels deep, and sets
// such a value as an attribute, while players talk with the echo plugin on. Plugins parse what
// they are given recursively, so either would crash every plugin that reads it (echo, then
// anything looking at the character) into backoff. Both are refused where the plugin makes them
// (E_EVENT_TOO_DEEP, E_HOST_CALL_INVALID); echo keeps echoing and nobody else notices.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildFixturePlugin } from '../support/fixture-plugins.js';
import { PluginFolder } from '../support/plugin-folder.js';
import { probeManifest } from '../support/probe-plugin.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const TALKERS = ['Alice', 'Bob', 'Carol'];
const ROUNDS = 3;

async function eventually(check: () => boolean, what: string, deadlineMs = 30_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('deeply nested payloads from a plugin, beside talking players', () => {
  let folder: PluginFolder;
  let server: TestServer;
  const talkers: TelnetTestClient[] = [];
  let villain: TelnetTestClient;

  before(async () => {
    folder = await PluginFolder.create();
    await folder.copy(await buildFixturePlugin('probe'), 'probe.wasm');
    await folder.manifest('probe', probeManifest(['emit:location:*', 'write:objects'], 'probe.wasm'));
    server = await startTestServer({ HEARTH_MANIFEST_DIRS: `${folder.path},plugins` });
    await server.core.plugins.setEnabled('echo', true);
    for (const name of TALKERS) {
      const player = await TelnetTestClient.connect(server.telnetPort);
      await player.login('create', name, `${name.toLowerCase()}-secret`);
      talkers.push(player);
    }
    villain = await TelnetTestClient.connect(server.telnetPort);
    await villain.login('create', 'Villain', 'villain-secret');
  });
  after(async () => {
    await Promise.all([...talkers, villain].map((player) => player.close()));
    await server?.dispose();
    await folder.remove();
  });

  it('refuses them at the plugin; echo stays ready and everyone hears every line and its echo', async () => {
    const talking = (round: number) =>
      Promise.all(
        talkers.map(async (talker, index) => {
          talker.send(`say line ${index}-${round}`);
          await talker.waitFor(`You hear an echo: "line ${index}-${round}"`, 30_000);
        }),
      );
    await talking(0);
    for (let round = 1; round <= ROUNDS; round += 1) {
      villain.output.skip();
      villain.send('probe deep');
      const [, told] = await Promise.all([talking(round), villain.waitFor(/emit_deep=\S+ emit_deep=\S+ emit_deep=\S+/, 30_000)]);
      assert.match(told, /emit_deep=E_EVENT_TOO_DEEP emit_deep=E_EVENT_TOO_DEEP emit_deep=E_EVENT_TOO_DEEP/);
    }
    villain.output.skip();
    villain.send('probe deep-attribute');
    assert.match(await villain.waitFor(/set_deep=\S+/, 30_000), /set_deep=E_HOST_CALL_INVALID/);

    // Looking at the villain reads its attributes: navigation must still answer.
    talkers[0]!.output.skip();
    talkers[0]!.send('look Villain');
    await talkers[0]!.waitFor('Villain', 30_000);
    await talking(ROUNDS + 1);

    for (const [listenerIndex, listener] of talkers.entries()) {
      for (let round = 0; round <= ROUNDS + 1; round += 1) {
        for (const [speakerIndex, speaker] of TALKERS.entries()) {
          if (speakerIndex === listenerIndex) continue;
          await eventually(() => listener.output.all.includes(`${speaker} says, "line ${speakerIndex}-${round}"`), `${TALKERS[listenerIndex]} hearing ${speaker}'s line ${round}`);
        }
      }
      assert.doesNotMatch(listener.output.all, /E_PLUGIN_|Huh\?/, 'no player saw a plugin fail');
      assert.equal(listener.output.closed, false);
    }
    for (const name of ['echo', 'navigation', 'communication']) {
      const report = server.core.plugins.report(name)!;
      assert.equal(report.status, 'ready', `${name} is ready`);
      assert.equal(report.crashCount, 0, `${name} never crashed`);
    }
  });
});
