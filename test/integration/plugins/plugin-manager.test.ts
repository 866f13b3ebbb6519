// The plugin manager on a real database: discovery, load order, refusals with reasons, enable and
// disable persisted and respected after a restart.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type HearthCore, startCore } from '../../../core/hearth-core.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { availableDrivers, createEmptyDatabase } from '../../support/databases.js';
import { openDatabase } from '../../../core/db/database.js';
import { hostileManifest, PluginFolder } from '../../support/plugin-folder.js';
import { TEST_SESSIONS } from '../../support/memory-sessions.js';

const sessions = { ...TEST_SESSIONS, maxQueuedLines: 10, idleTimeoutMs: 0 };

for (const driver of availableDrivers()) {
  describe(`PluginManager on ${driver}`, () => {
    let folder: PluginFolder;
    let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
    let dataDir: string;

    async function start(): Promise<HearthCore> {
      const handle = await openDatabase({ url: database.url, dataDir });
      return startCore(handle, silentLogger(), { sessions, manifestDirs: [folder.path] });
    }

    async function stop(core: HearthCore): Promise<void> {
      await core.shutdown('bye');
      await core.database.close();
    }

    before(async () => {
      folder = await PluginFolder.create();
      database = await createEmptyDatabase(driver);
      dataDir = driver === 'pglite' ? `${folder.path}/db` : database.dataDir;
      await folder.wat('hostile.wat', 'hostile.wasm');
      await folder.manifest('base', hostileManifest('base', ['fine']));
      await folder.manifest('needs-base', hostileManifest('needs-base', ['trap'], 'depends: ["base >= 1.0.0"]'));
      await folder.manifest('needs-newer', hostileManifest('needs-newer', ['spin'], 'depends: ["base >= 2.0.0"]'));
      await folder.manifest('missing-wasm', hostileManifest('missing-wasm', ['giant']).replace('hostile.wasm', 'nowhere.wasm'));
      await folder.manifest('bad-handler', hostileManifest('bad-handler', ['nosuchexport']));
      await folder.manifest('off-by-default', `${hostileManifest('off-by-default', ['badjson'])}\nenabled: false`);
      await folder.manifest('broken', 'name: broken\nversion: not-semver\n');
    });
    after(async () => {
      await folder.remove();
      await database.drop();
    });

    it('loads what it can, in order, and gives every other plugin a reason', async () => {
      const core = await start();
      try {
        const reports = Object.fromEntries(core.plugins.reports().map((report) => [report.name, report]));
        assert.equal(reports['base']?.status, 'ready');
        assert.equal(reports['needs-base']?.status, 'ready');
        assert.deepEqual(core.plugins.snapshot.manifests.map((manifest) => manifest.name), ['base', 'needs-base']);
        assert.equal(reports['needs-newer']?.status, 'error');
        assert.match(reports['needs-newer']!.lastError!, /needs "base" >= 2\.0\.0, but version 1\.0\.0/);
        assert.match(reports['missing-wasm']!.lastError!, /wasm file .*nowhere\.wasm is missing/);
        assert.match(reports['bad-handler']!.lastError!, /exports no function of that name/);
        assert.equal(reports['off-by-default']?.status, 'disabled');
        assert.equal(reports['off-by-default']?.enabled, false);
        assert.match(reports['(broken.yaml)']!.lastError!, /broken\.yaml: version: must be a semantic version/);
      } finally {
        await stop(core);
      }
    });

    it('persists enable and disable, applies them at once, and respects them after a restart', async () => {
      let core = await start();
      try {
        await core.plugins.setEnabled('off-by-default', true);
        const disabled = await core.plugins.setEnabled('needs-base', false);
        assert.equal(disabled.status, 'disabled');
        assert.equal(core.pluginHost.get('needs-base'), undefined, 'a disabled plugin is unloaded');
        assert.deepEqual(core.plugins.snapshot.manifests.map((manifest) => manifest.name).sort(), ['base', 'off-by-default']);
        await assert.rejects(core.plugins.setEnabled('nonesuch', true), /No plugin is called "nonesuch"/);
      } finally {
        await stop(core);
      }
      core = await start();
      try {
        const reports = Object.fromEntries(core.plugins.reports().map((report) => [report.name, report]));
        assert.equal(reports['needs-base']?.status, 'disabled');
        assert.equal(reports['off-by-default']?.status, 'ready');
      } finally {
        await stop(core);
      }
    });
  });
}
