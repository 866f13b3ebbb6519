// The plugin lifecycle on a real database: installing into the plugin folder, upgrading with
// only the new migrations, broken upgrades that leave the old version serving, config changes
// that restart only their plugin, reloads that let running calls finish, files replaced on disk,
// and the manager a CLI uses beside a stopped server.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../../core/db/database.js';
import { errorCode } from '../../../core/errors.js';
import { type HearthCore, startCore } from '../../../core/hearth-core.js';
import type { CommandInput } from '../../../core/plugins/plugin-abi.js';
import { PluginManager } from '../../../core/plugins/plugin-manager.js';
import { appliedMigrations } from '../../../core/plugins/plugin-schema.js';
import { sha256 } from '../../../core/plugins/module-cache.js';
import { PluginStore } from '../../../core/plugins/plugin-store.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { availableDrivers, createEmptyDatabase } from '../../support/databases.js';
import { compileWat } from '../../support/fixture-plugins.js';
import { TEST_SESSIONS } from '../../support/memory-sessions.js';
import { StubHttp } from '../../harness/plugin-harness.js';

const sessions = { ...TEST_SESSIONS, maxQueuedLines: 10, idleTimeoutMs: 0 };

const TABLE_V1 = ['  tables:', '    - name: notes', '      columns:', '        - { name: body, type: text }'];
const TABLE_V2 = [...TABLE_V1, '        - { name: score, type: integer, default: 0 }'];
// A NOT NULL column without a default cannot be added once the table has rows.
const TABLE_BROKEN = [...TABLE_V2, '        - { name: required, type: text }'];

/** A manifest for the hostile fixture's well-behaved exports, with the commands and schema asked for. */
function manifestText(name: string, version: string, commands: string[], extra: string[] = []): string {
  return [
    `name: ${name}`,
    `version: ${version}`, 'interface: 2',
    `description: Lifecycle fixture ${name}.`,
    'wasm: hostile.wasm',
    'timeout_ms: 400',
    'capabilities: [db:migrate, "http:get:stall.test"]',
    'commands:',
    ...commands.map((command) => `  - { name: ${command.split(':')[0]}, description: "${command}", handler: ${command.split(':')[1] ?? 'fine'} }`),
    ...extra,
  ].join('\n');
}

function commandInput(command: string): CommandInput {
  return { command, invoked: command, switches: [], args: {}, rest: '', actor: { id: 1, name: 'Tester', role: 'admin', location: 1 } };
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`never saw: ${what}`);
}

for (const driver of availableDrivers()) {
  describe(`plugin lifecycle on ${driver}`, () => {
    let root: string;
    let wasm: Uint8Array;
    let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
    let core: HearthCore;
    const http = new StubHttp();
    const bundled = () => join(root, 'bundled');
    const store = () => join(root, 'store');

    /** Writes a plugin folder (manifest.yaml + wasm) to install from. */
    async function pluginFolder(label: string, manifest: string): Promise<string> {
      const folder = join(root, 'sources', label);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'hostile.wasm'), wasm);
      await writeFile(join(folder, 'manifest.yaml'), manifest);
      return folder;
    }

    async function start(watchPlugins = false): Promise<HearthCore> {
      const dataDir = driver === 'pglite' ? join(root, 'db') : database.dataDir;
      const handle = await openDatabase({ url: database.url, dataDir });
      return startCore(handle, silentLogger(), { sessions, manifestDirs: [bundled()], pluginStoreDir: store(), watchPlugins, http });
    }

    async function stop(): Promise<void> {
      await core.shutdown('bye');
      await core.database.close();
    }

    before(async () => {
      root = await mkdtemp(join(tmpdir(), 'hearth-lifecycle-'));
      wasm = await compileWat('hostile.wat');
      database = await createEmptyDatabase(driver);
      await mkdir(bundled(), { recursive: true });
      await writeFile(join(bundled(), 'hostile.wasm'), wasm);
      await writeFile(join(bundled(), 'steady.yaml'), manifestText('steady', '1.0.0', ['steady']));
      await writeFile(join(bundled(), 'tuned.yaml'), manifestText('tuned', '1.0.0', ['tuned'], ['config:', '  greeting: hello']));
      core = await start();
    });
    after(async () => {
      await stop().catch(() => undefined);
      await rm(root, { recursive: true, force: true });
      await database.drop();
    });

    it('installs a plugin folder into the store with its sha256, and an identical re-install changes nothing', async () => {
      const source = await pluginFolder('notes-1', manifestText('notes', '1.0.0', ['jot'], ['schema:', ...TABLE_V1]));
      const { installed, report } = await core.plugins.install(source);
      assert.equal(installed.changed, true);
      assert.equal(report.status, 'ready');
      assert.equal(report.source, 'installed');
      assert.equal(report.version, '1.0.0');
      assert.ok(core.plugins.snapshot.registry.find('jot'), 'its command is registered at once');
      const copied = join(store(), 'notes', '1.0.0');
      assert.equal(await readFile(join(copied, 'sha256'), 'utf8'), sha256(wasm));
      assert.match(await readFile(join(copied, 'manifest.yaml'), 'utf8'), /wasm: notes\.wasm/);
      assert.equal((await readFile(join(store(), 'notes', 'current'), 'utf8')).trim(), '1.0.0');

      const running = core.pluginHost.get('notes');
      const again = await core.plugins.install(source);
      assert.equal(again.installed.changed, false);
      assert.equal(core.pluginHost.get('notes'), running, 'the running instance is untouched');
    });

    it('an upgrade runs only its new migrations and replaces the commands', async () => {
      const source = await pluginFolder('notes-2', manifestText('notes', '2.0.0', ['jot', 'erase'], ['schema:', ...TABLE_V2]));
      const { report } = await core.plugins.install(source);
      assert.equal(report.version, '2.0.0');
      assert.equal(report.lastError, null);
      assert.ok(core.plugins.snapshot.registry.find('erase'));
      const ledger = await appliedMigrations(core.database.db, 'notes');
      assert.deepEqual(
        ledger.map((step) => `${step.version} ${step.migration}`),
        ['1.0.0 table:notes', '1.0.0 column:notes.body', '2.0.0 column:notes.score'],
      );
    });

    it('a broken upgrade is refused whole: nothing copied, or undone, and the old version keeps serving with the reason', async () => {
      const before = core.pluginHost.get('notes');
      // Fails validation: a handler the module does not export. Nothing is copied in.
      const unexported = await pluginFolder('notes-3a', manifestText('notes', '3.0.0', ['jot:nosuchexport']));
      await assert.rejects(core.plugins.install(unexported), (error: unknown) => {
        assert.equal(errorCode(error), 'E_PLUGIN_INSTALL');
        assert.match((error as Error).message, /nosuchexport/);
        return true;
      });
      await assert.rejects(readFile(join(store(), 'notes', '3.0.0', 'manifest.yaml')));

      // Valid, but its migration fails on the rows already there: undone, 2.0.0 stays current.
      await core.database.db.execute(sql`insert into "plugin_notes$notes" (body) values ('kept')`);
      const migrationBreaks = await pluginFolder('notes-3b', manifestText('notes', '3.0.0', ['jot'], ['schema:', ...TABLE_BROKEN]));
      await assert.rejects(core.plugins.install(migrationBreaks), (error: unknown) => {
        assert.equal(errorCode(error), 'E_PLUGIN_UPGRADE');
        assert.match((error as Error).message, /Version 3\.0\.0 could not be loaded, so 2\.0\.0 keeps running: .*column:notes\.required\): column "required" of relation "plugin_notes\$notes" contains null values/);
        return true;
      });
      const report = core.plugins.report('notes')!;
      assert.equal(report.version, '2.0.0');
      assert.equal(report.status, 'ready');
      assert.match(report.lastError ?? '', /Version 3\.0\.0 could not be loaded/, '@plugin/info shows why');
      assert.equal(core.pluginHost.get('notes'), before, 'the old instance was never stopped');
      assert.equal((await readFile(join(store(), 'notes', 'current'), 'utf8')).trim(), '2.0.0');
      assert.equal((await appliedMigrations(core.database.db, 'notes')).length, 3, 'the failed migration left nothing in the ledger');
      const answer = await core.pluginHost.callCommand('notes', 'fine', commandInput('jot'));
      assert.equal(answer.error, undefined);
    });

    it('an upgrade the load order refuses (a missing dependency) is undone, and the old version serves', async () => {
      const orphan = await pluginFolder('notes-4', manifestText('notes', '4.0.0', ['jot'], ['depends: ["nosuch >= 1.0.0"]', 'schema:', ...TABLE_V2]));
      await assert.rejects(core.plugins.install(orphan), (error: unknown) => {
        assert.equal(errorCode(error), 'E_PLUGIN_UPGRADE');
        assert.match((error as Error).message, /^Version 4\.0\.0 could not be loaded: .*nosuch.*\. The install was undone\.$/s);
        return true;
      });
      const report = core.plugins.report('notes')!;
      assert.equal(report.version, '2.0.0');
      assert.equal(report.status, 'ready');
      assert.equal((await readFile(join(store(), 'notes', 'current'), 'utf8')).trim(), '2.0.0');
      assert.equal((await core.pluginHost.callCommand('notes', 'fine', commandInput('jot'))).error, undefined);
    });

    it('a fresh plugin whose migration fails is not loaded, and says why', async () => {
      await core.database.db.execute(sql`create table "plugin_clash$notes" (unrelated integer)`);
      await core.database.db.execute(sql`insert into "plugin_clash$notes" values (1)`);
      const source = await pluginFolder('clash', manifestText('clash', '1.0.0', ['clash'], ['schema:', ...TABLE_BROKEN]));
      const { report } = await core.plugins.install(source);
      assert.equal(report.status, 'error');
      assert.match(report.lastError ?? '', /could not update its tables \(step column:notes\.body\): column "body" of relation "plugin_clash\$notes" contains null values/);
      assert.equal(core.pluginHost.get('clash'), undefined);
      assert.equal(core.plugins.snapshot.registry.find('clash'), undefined);
      assert.equal(core.plugins.report('steady')?.status, 'ready', 'the others keep running');
    });

    it('a config change restarts only that plugin, and the value is kept', async () => {
      const tuned = core.pluginHost.get('tuned');
      const steady = core.pluginHost.get('steady');
      const report = await core.plugins.setConfig('tuned', 'greeting', 'howdy');
      assert.deepEqual(report.config, { greeting: 'howdy' });
      assert.notEqual(core.pluginHost.get('tuned'), tuned, 'tuned was restarted');
      assert.deepEqual(core.pluginHost.get('tuned')!.manifest.config, { greeting: 'howdy' }, 'the new instance runs with the new value');
      assert.equal(core.pluginHost.get('steady'), steady, 'steady was not');
      await assert.rejects(core.plugins.setConfig('tuned', 'colour', 'red'), /has no setting "colour"; its settings are greeting/);
    });

    it('a reload of one plugin lets its running call finish on the old instance', async () => {
      await writeFile(join(bundled(), 'slow.yaml'), manifestText('slow', '1.0.0', ['slow:stall', 'quick']));
      await core.plugins.reload();
      const old = core.pluginHost.get('slow')!;
      http.hold('http://stall.test/');
      const waiting = core.pluginHost.callCommand('slow', 'stall', commandInput('slow')).then(
        () => 'answered',
        (error: unknown) => errorCode(error),
      );
      const steady = core.pluginHost.get('steady');
      await core.plugins.reload('slow');
      assert.notEqual(core.pluginHost.get('slow'), old);
      assert.equal(core.pluginHost.get('steady'), steady, 'a named reload restarts only that plugin');
      assert.equal((await core.pluginHost.callCommand('slow', 'fine', commandInput('quick'))).error, undefined, 'the new instance answers at once');
      // The old plugin runs the waiting call to its end, not cut off by the reload.
      http.release('http://stall.test/');
      assert.equal(await waiting, 'answered');
    });

    it('a manifest replaced on disk is picked up by the watcher; a broken edit keeps the last good one', async () => {
      await stop();
      core = await start(true);
      await writeFile(join(bundled(), 'steady.yaml'), manifestText('steady', '1.1.0', ['steady', 'sturdy']));
      await waitFor(() => core.plugins.report('steady')?.version === '1.1.0', 'steady 1.1.0 loaded after its file changed');
      assert.ok(core.plugins.snapshot.registry.find('sturdy'));

      await writeFile(join(bundled(), 'steady.yaml'), 'name: steady\nversion: two\n');
      await waitFor(() => /no longer loads/.test(core.plugins.report('steady')?.lastError ?? ''), 'the broken edit reported');
      const report = core.plugins.report('steady')!;
      assert.equal(report.version, '1.1.0');
      assert.equal(report.status, 'ready');
      assert.match(report.lastError!, /version: must be a semantic version/);
      assert.ok(core.plugins.snapshot.registry.find('sturdy'), 'its commands still answer');
      await writeFile(join(bundled(), 'steady.yaml'), manifestText('steady', '1.1.0', ['steady', 'sturdy']));
      await waitFor(() => core.plugins.report('steady')?.lastError === null, 'the fixed file clears the reason');
    });

    it('removes installed plugins but not bundled ones', async () => {
      await assert.rejects(core.plugins.remove('steady'), (error: unknown) => errorCode(error) === 'E_PLUGIN_BUNDLED');
      await core.plugins.remove('notes');
      assert.equal(core.plugins.report('notes'), undefined);
      assert.equal(core.pluginHost.get('notes'), undefined);
      assert.equal(core.plugins.snapshot.registry.find('jot'), undefined);
      await assert.rejects(readFile(join(store(), 'notes', 'current')));
    });

    it('without a runtime, reads what the server stored and records changes for its next start', async () => {
      await core.plugins.install(await pluginFolder('notes-again', manifestText('notes', '2.0.0', ['jot'], ['schema:', ...TABLE_V2])));
      await stop();
      const dataDir = driver === 'pglite' ? join(root, 'db') : database.dataDir;
      const handle = await openDatabase({ url: database.url, dataDir });
      const offline = new PluginManager(handle.db, null, silentLogger(), { manifestDirs: [bundled()], store: new PluginStore(store()) });
      try {
        await offline.start();
        const reports = Object.fromEntries(offline.reports().map((report) => [report.name, report]));
        assert.equal(reports['notes']?.status, 'ready', 'the status the server last stored');
        assert.equal(reports['notes']?.source, 'installed');
        assert.equal(reports['clash']?.status, 'error');
        assert.deepEqual(reports['tuned']?.config, { greeting: 'howdy' });
        const disabled = await offline.setEnabled('notes', false);
        assert.equal(disabled.enabled, false);
      } finally {
        await offline.close();
        await handle.close();
      }
      core = await start();
      assert.equal(core.plugins.report('notes')?.status, 'disabled', 'the next start respects it');
      assert.equal(core.pluginHost.get('notes'), undefined);
      assert.deepEqual(core.pluginHost.get('tuned')!.manifest.config, { greeting: 'howdy' });
    });
  });
}
