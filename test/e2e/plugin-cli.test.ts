// The `hearth plugin` CLI as an operator runs it, a child process with the server's environment:
// against a running server it goes through the admin API (the token read from the data folder),
// and what it changes reaches a telnet player at once; reloading an installed plugin whose source
// was rebuilt runs the new build, or says plainly that the installed copy runs and why; it refuses
// to touch the database of a server it cannot reach; against a stopped server's database it says
// the server is not running, shows what is stored (no live status) and records changes the server
// applies when it next starts. `validate` explains every problem of a broken plugin.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createEmptyDatabase, serverDriver } from '../support/databases.js';
import { compileWat } from '../support/fixture-plugins.js';
import { runHearthCli, type CliResult } from '../support/hearth-cli-process.js';
import { InstallableSources } from '../support/installable-plugins.js';
import { startTestServer, type TestDatabaseLocation, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const HUH = 'Huh?  (Type "help" for help.)';

describe('the hearth plugin CLI', () => {
  let folder: string;
  let sources: InstallableSources;
  let lantern: string;
  let lamp: string;
  let database: TestDatabaseLocation;
  let server: TestServer | null = null;
  let environment: Record<string, string>;

  /** `hearth plugin <args>` with the server's environment (and its HTTP port while it runs). */
  function hearth(...args: string[]): Promise<CliResult> {
    return runHearthCli(['plugin', ...args], { ...environment, ...(server ? { HEARTH_HTTP_PORT: String(server.httpPort) } : {}) });
  }

  function succeeded(result: CliResult): string {
    assert.equal(result.code, 0, `exit code 0 expected; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
    return result.stdout;
  }

  async function withPlayer(work: (player: TelnetTestClient) => Promise<void>): Promise<void> {
    const player = await TelnetTestClient.connect(server!.telnetPort);
    try {
      await player.login(server!.core.world.findCharacter('Ann') ? 'connect' : 'create', 'Ann', 'annpass1');
      await work(player);
    } finally {
      await player.close();
    }
  }

  async function answers(player: TelnetTestClient, line: string, expected: string): Promise<void> {
    player.output.skip();
    player.send(line);
    await player.waitFor(expected);
  }

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-cli-'));
    sources = await InstallableSources.create();
    lantern = await sources.write({ name: 'lantern' });
    lamp = await sources.write({ name: 'lamp' });
    // A data folder that does not exist yet, as on a fresh install; the server makes it and
    // keeps its admin token, pid file and installed plugins there.
    const dataDir = join(folder, 'data');
    const empty = await createEmptyDatabase(serverDriver());
    database = { url: empty.url, dataDir, drop: empty.drop };
    environment = { HEARTH_DATA_DIR: dataDir, ...(empty.url ? { DATABASE_URL: empty.url } : {}) };
    server = await startTestServer({}, { database });
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
    await sources?.remove();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('lists and shows plugins of the running server', async () => {
    const list = succeeded(await hearth('list'));
    assert.match(list, /^PLUGIN\s+VERSION\s+STATUS\s+STATE\s+SOURCE\s+CALLS\s+ERRORS$/m);
    assert.match(list, /^communication\s+\d+\.\d+\.\d+\s+ready\s+enabled\s+bundled\s+\d+\s+0$/m);
    assert.match(list, /^echo\s+1\.0\.0\s+disabled\s+disabled\s+bundled/m);
    const info = succeeded(await hearth('info', 'communication'));
    assert.match(info, /^Plugin:\s+communication$/m);
    assert.match(info, /^Status:\s+ready$/m);
    assert.match(info, /^Commands:\s+say, pose, semipose, ooc, @emit, @pemit, whisper$/m);
    const unknown = await hearth('info', 'nonesuch');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /E_PLUGIN_UNKNOWN: No plugin is called "nonesuch"\./);
  });

  it('installs into the running server, whose players can use the plugin at once; the same files again change nothing', async () => {
    const installed = succeeded(await hearth('install', lantern));
    assert.match(installed, /Installed lantern 1\.0\.0 \(sha256 [0-9a-f]{12}…\) into the running server; it is ready\./);
    await withPlayer((ann) => answers(ann, 'lantern glows.', 'Ann glows.'));
    const again = succeeded(await hearth('install', join(lantern, 'manifest.yaml')));
    assert.match(again, /lantern 1\.0\.0 is already installed; nothing changed\./);
    const broken = await sources.write({ name: 'lantern', version: '2.0.0', handler: 'cmd_missing' });
    const refused = await hearth('install', broken);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /E_PLUGIN_INSTALL: .*cannot be installed/);
    assert.match(refused.stderr, /E_EXPORT_MISSING: .*cmd_missing/);
  });

  it('disables and enables, reloads and configures plugins of the running server', async () => {
    await withPlayer(async (ann) => {
      assert.match(succeeded(await hearth('disable', 'lantern')), /lantern disabled in the running server; it is disabled\./);
      await answers(ann, 'lantern glows.', HUH);
      assert.match(succeeded(await hearth('enable', 'lantern')), /lantern enabled in the running server; it is ready\./);
      await answers(ann, 'lantern glows again.', 'Ann glows again.');

      assert.match(succeeded(await hearth('reload', 'communication')), /communication \d+\.\d+\.\d+ reloaded in the running server; it is ready\./);
      await answers(ann, 'say after the reload', 'You say, "after the reload"');
    });
    assert.equal(succeeded(await hearth('config', 'lantern')).trim(), 'colour=amber');
    assert.match(succeeded(await hearth('config', 'lantern', 'colour=deep red')), /lantern: colour set in the running server; it is ready\./);
    assert.equal(server!.core.plugins.report('lantern')?.config['colour'], 'deep red');
    const undeclared = await hearth('config', 'lantern', 'volume=11');
    assert.equal(undeclared.code, 1);
    assert.match(undeclared.stderr, /E_PLUGIN_CONFIG: Plugin "lantern" has no setting "volume"; its settings are colour\./);
    const bundled = await hearth('remove', 'communication');
    assert.equal(bundled.code, 1);
    assert.match(bundled.stderr, /E_PLUGIN_BUNDLED: .*cannot be removed; disable it instead/);
    const usage = await hearth('config', 'lantern', 'no-equals-sign');
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage: hearth plugin/);
  });

  it('reloads an installed plugin whose source was rebuilt from the new build, and says so', async () => {
    // The source folder lantern was installed from gets a new build: its command now semiposes.
    await sources.write({ name: 'lantern', handler: 'cmd_semipose' });
    const reloaded = succeeded(await hearth('reload', 'lantern'));
    assert.match(reloaded, /lantern's source changed since it was installed, so it was installed again from there first: lantern 1\.0\.0 \(sha256 [0-9a-f]{12}…\)\./);
    assert.match(reloaded, /lantern 1\.0\.0 reloaded in the running server; it is ready\./);
    await withPlayer((ann) => answers(ann, "lantern 's lantern glows.", "Ann's lantern glows."));
    // Reloading again with nothing new is a plain reload.
    assert.doesNotMatch(succeeded(await hearth('reload', 'lantern')), /installed again/);
  });

  it('says plainly that the installed copy runs when the changed source cannot be installed', async () => {
    await rm(join(lantern, 'lantern.wasm'));
    const reloaded = succeeded(await hearth('reload', 'lantern'));
    assert.match(reloaded, /lantern 1\.0\.0 reloaded in the running server; it is ready\./);
    // (It was last installed by its manifest's path, so that is the source named.)
    assert.match(
      reloaded,
      /It runs its installed copy: .*lantern-1\.0\.0\/manifest\.yaml, where it was installed from, changed but holds no build that can be installed \(its wasm .*lantern\.wasm is missing; build it first\)\. Fix that, then reload it again or run hearth plugin install .*lantern-1\.0\.0\/manifest\.yaml\./,
    );
    await withPlayer((ann) => answers(ann, "lantern 's lantern still glows.", "Ann's lantern still glows."));
    // A source that would not validate is refused with the reasons, and the installed copy keeps running.
    await sources.write({ name: 'lantern', handler: 'cmd_missing' });
    const refused = await hearth('reload', 'lantern');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /E_PLUGIN_INSTALL: Plugin "lantern" was not reloaded: .*lantern-1\.0\.0\/manifest\.yaml, where it was installed from, holds a new build that could not be installed, so the installed copy keeps running\./);
    assert.match(refused.stderr, /E_EXPORT_MISSING: .*cmd_missing/);
    await withPlayer((ann) => answers(ann, "lantern 's lantern glows on.", "Ann's lantern glows on."));
    await sources.write({ name: 'lantern' });
    assert.match(succeeded(await hearth('reload', 'lantern')), /installed again from there first/);
  });

  it("refuses to open the database of a running server whose admin API it cannot reach", async () => {
    const unusedPort = await freePort();
    const result = await runHearthCli(['plugin', 'list'], { ...environment, HEARTH_HTTP_PORT: String(unusedPort) });
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`E_SERVER_RUNNING: A server \\(pid ${process.pid}\\) is running on this data folder`));
    assert.equal(result.stdout, '');
  });

  it("works on a stopped server's database, and the server applies the changes when it starts", async () => {
    await server!.stop();
    server = null;

    // No live status: the list says the server is not running and shows what is stored.
    const list = succeeded(await hearth('list'));
    assert.match(list, /^The server is not running \(no admin API answered at http:\/\/127\.0\.0\.1:\d+\)\. Stored state in .*:$/m);
    assert.match(list, /^PLUGIN\s+VERSION\s+STATE\s+SOURCE$/m);
    assert.match(list, /^lantern\s+1\.0\.0\s+enabled\s+installed$/m);
    assert.match(list, /^communication\s+\d+\.\d+\.\d+\s+enabled\s+bundled$/m);
    assert.doesNotMatch(list, /ready|STATUS/);
    const info = succeeded(await hearth('info', 'communication'));
    assert.match(info, /^The server is not running/m);
    assert.match(info, /^Status:\s+not running \(the server is stopped; it starts when the server does\)$/m);
    assert.doesNotMatch(info, /ready|^Calls:/m);
    assert.match(succeeded(await hearth('enable', 'echo')), /echo enabled in the database \(the server is not running; it applies this when it starts\); it starts when the server does\./);
    assert.match(succeeded(await hearth('disable', 'lantern')), /lantern disabled in the database .*; it stays off when the server starts\./);
    assert.match(succeeded(await hearth('config', 'lantern', 'colour=green')), /lantern: colour set in the database/);
    assert.match(succeeded(await hearth('install', lamp)), /Installed lamp 1\.0\.0 .* into the database \(the server is not running; it applies this when it starts\); it starts when the server does\./);
    assert.match(succeeded(await hearth('reload', 'lamp')), /^The server is not running; lamp 1\.0\.0 loads from these files when it starts\.$/m);
    // What the next start will do: load what was enabled or installed, leave off what was disabled.
    const recorded = succeeded(await hearth('list'));
    assert.match(recorded, /^echo\s+1\.0\.0\s+enabled\s+bundled$/m);
    assert.match(recorded, /^lantern\s+1\.0\.0\s+disabled\s+installed$/m);
    assert.match(recorded, /^lamp\s+1\.0\.0\s+enabled\s+installed$/m);

    server = await startTestServer({}, { database });
    const reports = Object.fromEntries(server.core.plugins.reports().map((report) => [report.name, report]));
    assert.equal(reports['echo']?.status, 'ready');
    assert.equal(reports['lantern']?.status, 'disabled');
    assert.equal(reports['lantern']?.config['colour'], 'green');
    assert.equal(reports['lamp']?.status, 'ready');
    await withPlayer(async (ann) => {
      await answers(ann, 'lantern glows.', HUH);
      await answers(ann, 'lamp flickers.', 'Ann flickers.');
    });
    // Back to the running server through its API.
    assert.match(succeeded(await hearth('remove', 'lamp')), /lamp removed from the running server; its tables and data are kept\./);
    assert.doesNotMatch(succeeded(await hearth('list')), /^lamp/m);
  });

  it('validate explains every problem of a broken plugin, with exit code 1', async () => {
    const broken = join(folder, 'broken');
    await mkdir(broken);
    await writeFile(join(broken, 'manifest.yaml'), ['name: Broken Plugin', 'version: one', 'description: Broken.', 'wasm: broken.wasm', 'capabilities: ["fly:away"]', 'colour: red', ''].join('\n'));
    const manifestProblems = await runHearthCli(['plugin', 'validate', broken]);
    assert.equal(manifestProblems.code, 1, manifestProblems.stdout + manifestProblems.stderr);
    assert.match(manifestProblems.stdout, /manifest\.yaml: 4 problems/);
    assert.match(manifestProblems.stdout, /E_MANIFEST_INVALID: .*manifest\.yaml: name: must be 2-32 lower-case letters/);
    assert.match(manifestProblems.stdout, /E_MANIFEST_INVALID: .*manifest\.yaml: version: must be a semantic version/);
    assert.match(manifestProblems.stdout, /E_MANIFEST_INVALID: .*manifest\.yaml: capabilities\[0\]: unknown capability "fly:away"/);
    assert.match(manifestProblems.stdout, /E_MANIFEST_INVALID: .*manifest\.yaml: \(manifest\): unknown field \(colour\)/);

    // A manifest that reads well, beside a module that does not match it.
    await writeFile(join(broken, 'broken.wasm'), await compileWat('unknown-import.wat'));
    await writeFile(
      join(broken, 'manifest.yaml'),
      [
        'name: broken',
        'version: 1.0.0', 'interface: 2',
        'description: Broken.',
        'wasm: broken.wasm',
        'commands:',
        '  - { name: one, description: d, handler: cmd_one }',
        '  - { name: two, description: d, handler: cmd_two }',
        '',
      ].join('\n'),
    );
    const moduleProblems = await runHearthCli(['plugin', 'validate', broken, lantern]);
    assert.equal(moduleProblems.code, 1);
    assert.match(moduleProblems.stdout, /manifest\.yaml: 3 problems/);
    assert.match(moduleProblems.stdout, /E_EXPORT_MISSING: .*commands\[0\]\.handler: .*"cmd_one"/);
    assert.match(moduleProblems.stdout, /E_EXPORT_MISSING: .*commands\[1\]\.handler: .*"cmd_two"/);
    assert.match(moduleProblems.stdout, /E_IMPORT_UNKNOWN: .*teleport_everyone/);
    assert.match(moduleProblems.stdout, /lantern-1\.0\.0\/manifest\.yaml: ok \(lantern 1\.0\.0, 1 commands, 0 event subscriptions\)/);
    assert.equal(succeeded(await runHearthCli(['plugin', 'validate', lantern])).includes('ok (lantern 1.0.0'), true);
  });
});

/** A local port nothing listens on. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}
