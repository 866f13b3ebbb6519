// The hostile-plugin suite against a full room: 50 connected players, four of them talking the
// whole time, while one sets off every kind of misbehaving plugin (loops, memory, traps, floods,
// huge and malformed output, capability probing, another plugin's table, a disallowed host).
// Nobody else notices anything: no one is disconnected and every line said reaches everyone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildFixturePlugin } from '../support/fixture-plugins.js';
import { hostileManifest, PluginFolder } from '../support/plugin-folder.js';
import { probeManifest } from '../support/probe-plugin.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const PLAYERS = 50;
const TALKERS = 4;
const LINES_PER_TALKER = 12;

/** What the villain types, and what it alone should be told. */
const MISDEEDS: Array<[string, RegExp]> = [
  ['spin', /ran past its allowance of \d+ instructions in spin and was stopped\. \(E_PLUGIN_FUEL\)/],
  ['bomb', /crashed: .*\(E_PLUGIN_TRAP\)/],
  ['trap', /crashed: .*\(E_PLUGIN_TRAP\)/],
  ['giant', /returned more than \d+ bytes .*\(E_PLUGIN_OUTPUT_INVALID\)/],
  ['badjson', /not JSON\. \(E_PLUGIN_OUTPUT_INVALID\)/],
  ['flood', /./],
  ['probe all', /emit=E_CAPABILITY_DENIED.*http_get_other=E_CAPABILITY_DENIED/s],
  ['probe tables', /other_table=E_TABLE_UNKNOWN/],
  ['probe http-other', /http_get_other=E_CAPABILITY_DENIED/],
  ['probe kv', /kv_set=E_CAPABILITY_DENIED/],
];

async function eventually(check: () => boolean, what: string, deadlineMs = 60_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('hostile plugins beside 50 connected players', () => {
  let folder: PluginFolder;
  let server: TestServer;
  const players: TelnetTestClient[] = [];
  const names = Array.from({ length: PLAYERS }, (_, index) => `Crowd${String(index).padStart(2, '0')}`);

  before(async () => {
    folder = await PluginFolder.create();
    await folder.wat('hostile.wat', 'hostile.wasm');
    await folder.copy(await buildFixturePlugin('probe'), 'probe.wasm');
    for (const [command] of MISDEEDS.filter(([command]) => !command.startsWith('probe'))) {
      await folder.manifest(`hostile-${command}`, hostileManifest(`hostile-${command}`, [command], 'capabilities: ["emit:location:*"]'));
    }
    // Probes the host from a plugin with only its own table: every other host function is refused.
    await folder.manifest(
      'probe',
      probeManifest(['db:migrate'], 'probe.wasm', [
        'schema:',
        '  tables:',
        '    - name: notes',
        '      columns:',
        '        - { name: body, type: text }',
        '        - { name: weight, type: integer }',
      ]),
    );
    server = await startTestServer({ HEARTH_MANIFEST_DIRS: `${folder.path},plugins` });
    for (const name of names) {
      const player = await TelnetTestClient.connect(server.telnetPort);
      await player.login('create', name, `${name.toLowerCase()}-secret`);
      players.push(player);
    }
  });
  after(async () => {
    await Promise.all(players.map((player) => player.close()));
    await server?.dispose();
    await folder.remove();
  });

  it('the villain is told what went wrong; everyone else hears every line and stays connected', async () => {
    const villain = players[PLAYERS - 1]!;
    const talkers = players.slice(0, TALKERS);

    const talking = Promise.all(
      talkers.map(async (talker, index) => {
        for (let line = 0; line < LINES_PER_TALKER; line += 1) {
          talker.send(`say chorus ${index}-${line}`);
          await talker.waitFor(`You say, "chorus ${index}-${line}"`, 30_000);
        }
      }),
    );
    const misbehaving = (async () => {
      for (const [command, told] of MISDEEDS) {
        villain.output.skip();
        villain.send(command);
        await villain.waitFor(told, 30_000);
      }
    })();
    await Promise.all([talking, misbehaving]);

    for (const [listenerIndex, listener] of players.entries()) {
      for (let talker = 0; talker < TALKERS; talker += 1) {
        if (talker === listenerIndex) continue;
        for (let line = 0; line < LINES_PER_TALKER; line += 1) {
          const heard = `${names[talker]} says, "chorus ${talker}-${line}"`;
          await eventually(() => listener.output.all.includes(heard), `${names[listenerIndex]} hearing ${heard}`);
        }
      }
    }
    assert.deepEqual(
      players.filter((player) => player.output.closed).map((player) => names[players.indexOf(player)]),
      [],
      'nobody was disconnected',
    );
    const bystander = players[TALKERS]!;
    bystander.output.skip();
    bystander.send('WHO');
    await bystander.waitFor(`${PLAYERS} players are connected.`, 30_000);
    for (const player of players.slice(0, PLAYERS - 1)) {
      assert.doesNotMatch(player.output.all, /E_PLUGIN_|E_CAPABILITY_DENIED|E_TABLE_UNKNOWN/, 'only the villain saw any plugin error');
    }
    for (const name of ['hostile-spin', 'hostile-bomb', 'hostile-trap', 'hostile-giant', 'hostile-badjson', 'hostile-flood', 'probe']) {
      assert.notEqual(server.core.plugins.report(name)?.status, 'disabled', `${name} is still installed and reported`);
    }
  });
});
