// The `hearth` CLI never makes a database unasked. Run from a folder that is no server's, with no
// server running and no HEARTH_* variables, `plugin install` (and every other command that would
// open the database) refuses, names the folder it looked in and how to name the right one, and
// leaves no `./data` behind; `--create` makes one on purpose, `--data-dir` names one. Beside that
// stopped server's database, a plugin whose source was rebuilt is installed again on reload.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type CliResult, runHearthCli } from '../support/hearth-cli-process.js';
import { InstallableSources } from '../support/installable-plugins.js';
import { startTestServer } from '../support/test-server.js';

describe('the hearth CLI and data folders', () => {
  let folder: string;
  let sources: InstallableSources;
  let lantern: string;

  function succeeded(result: CliResult): string {
    assert.equal(result.code, 0, `exit code 0 expected; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
    return result.stdout;
  }

  function refusedForMissingData(result: CliResult, dataDir: string): void {
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, new RegExp(`^hearth: E_DATA_DIR_MISSING: No Hearth database is in ${escape(dataDir)}, and no running server was found for it; the CLI does not make a new database unasked\\.`));
    assert.match(result.stderr, /--data-dir <folder> \(or HEARTH_DATA_DIR\)/);
    assert.match(result.stderr, new RegExp(`add --create to make a new database in ${escape(dataDir)}\\.`));
  }

  before(async () => {
    folder = await realpath(await mkdtemp(join(tmpdir(), 'hearth-cli-data-')));
    sources = await InstallableSources.create();
    lantern = await sources.write({ name: 'lantern' });
  });
  after(async () => {
    await sources?.remove();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('refuses to install with no server and no data folder named, and leaves no ./data behind', async () => {
    // No HEARTH_* variables at all, as an author types it. (A server of someone else's on the
    // default port changes nothing: the CLI has no token for it, and says so.)
    const install = await runHearthCli(['plugin', 'install', lantern], {}, { cwd: folder });
    refusedForMissingData(install, join(folder, 'data'));
    // A port nobody listens on for the rest: what matters is that no server answers.
    const environment = { HEARTH_HTTP_PORT: '9' };
    for (const action of [['list'], ['enable', 'lantern'], ['reload', 'lantern']]) {
      refusedForMissingData(await runHearthCli(['plugin', ...action], environment, { cwd: folder }), join(folder, 'data'));
    }
    refusedForMissingData(await runHearthCli(['account', 'unlock', 'ann'], environment, { cwd: folder }), join(folder, 'data'));
    assert.deepEqual(await readdir(folder), [], 'nothing was created');
  });

  it('refuses a named data folder that holds no database, and one that does not exist', async () => {
    const named = join(folder, 'elsewhere');
    refusedForMissingData(await runHearthCli(['plugin', 'install', lantern, '--data-dir', named], { HEARTH_HTTP_PORT: '9' }, { cwd: folder }), named);
    refusedForMissingData(await runHearthCli(['plugin', 'list'], { HEARTH_HTTP_PORT: '9', HEARTH_DATA_DIR: named }, { cwd: folder }), named);
    await assert.rejects(stat(named), { code: 'ENOENT' });
  });

  it('says so when a server answers but the CLI has no token for it, rather than opening another database', async () => {
    const server = await startTestServer();
    try {
      const result = await runHearthCli(['plugin', 'install', lantern], { HEARTH_HTTP_PORT: String(server.httpPort) }, { cwd: folder });
      refusedForMissingData(result, join(folder, 'data'));
      assert.match(result.stderr, new RegExp(`A server answers at http://127\\.0\\.0\\.1:${server.httpPort}, but the CLI has no admin token for it: name that server's data folder, or set HEARTH_ADMIN_TOKEN\\.`));
      assert.equal(server.core.plugins.report('lantern'), undefined);
    } finally {
      await server.dispose();
    }
    assert.deepEqual(await readdir(folder), [], 'nothing was created');
  });

  it('makes a database when told --create, then works on it as the stopped server it is', async () => {
    const dataDir = join(folder, 'game');
    const installed = succeeded(await runHearthCli(['plugin', 'install', lantern, '--data-dir', dataDir, '--create'], { HEARTH_HTTP_PORT: '9' }, { cwd: folder }));
    assert.match(installed, /Installed lantern 1\.0\.0 .* into the database \(the server is not running; it applies this when it starts\); it starts when the server does\./);
    await stat(join(dataDir, 'PG_VERSION'));
    // From now on the folder holds a database: no --create needed, and HEARTH_DATA_DIR names it as well.
    const list = succeeded(await runHearthCli(['plugin', 'list'], { HEARTH_HTTP_PORT: '9', HEARTH_DATA_DIR: dataDir }, { cwd: folder }));
    assert.match(list, new RegExp(`^The server is not running \\(no admin API answered at http://127\\.0\\.0\\.1:9\\)\\. Stored state in ${escape(dataDir)}:$`, 'm'));
    assert.match(list, /^lantern\s+1\.0\.0\s+enabled\s+installed$/m);
    assert.match(list, /^echo\s+1\.0\.0\s+disabled\s+bundled$/m);
    assert.doesNotMatch(list, /ready|loading/);
  });

  it('installs a rebuilt source again on reload, and says when the source cannot be installed', async () => {
    const dataDir = join(folder, 'game');
    const hearth = (...args: string[]) => runHearthCli(['plugin', ...args, '--data-dir', dataDir], { HEARTH_HTTP_PORT: '9' }, { cwd: folder });
    const installedManifest = () => readFile(join(dataDir, 'plugins', 'lantern', '1.0.0', 'manifest.yaml'), 'utf8');
    await sources.write({ name: 'lantern', handler: 'cmd_semipose' });
    const reloaded = succeeded(await hearth('reload', 'lantern'));
    assert.match(reloaded, /lantern's source changed since it was installed, so it was installed again from there first: lantern 1\.0\.0/);
    assert.match(reloaded, /^The server is not running; lantern 1\.0\.0 loads from these files when it starts\.$/m);
    assert.match(await installedManifest(), /handler: cmd_semipose/);

    await rm(join(lantern, 'lantern.wasm'));
    const kept = succeeded(await hearth('reload', 'lantern'));
    assert.match(kept, /It runs its installed copy: .*lantern-1\.0\.0, where it was installed from, changed but holds no build that can be installed \(its wasm .* is missing; build it first\)\./);
    assert.match(await installedManifest(), /handler: cmd_semipose/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
