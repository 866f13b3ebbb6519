// The plugin folder installs are kept in: every accepted form of source, nothing copied from a
// broken one, identical re-installs that change nothing, upgrades that move `current`, removal,
// and where each copy came from, compared with what that source holds now.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import { sha256 } from '../../../core/plugins/module-cache.js';
import { PluginStore } from '../../../core/plugins/plugin-store.js';
import { compileWat } from '../../support/fixture-plugins.js';
import { assertShowsNoSecret, writeSecretFile } from '../../support/secret-file.js';

function manifest(version: string, wasm = 'hostile.wasm', handler = 'fine'): string {
  return ['# kept as written', 'name: shelf', `version: ${version}`, 'interface: 2', 'description: Store fixture.', `wasm: ${wasm}`, 'commands:', `  - { name: shelve, description: d, handler: ${handler} }`].join('\n');
}

describe('the plugin store', () => {
  let root: string;
  let store: PluginStore;
  let wasm: Uint8Array;

  async function source(label: string, manifestText: string, wasmName = 'hostile.wasm'): Promise<string> {
    const folder = join(root, 'sources', label);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, wasmName), wasm);
    await writeFile(join(folder, 'manifest.yaml'), manifestText);
    return folder;
  }

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'hearth-store-'));
    store = new PluginStore(join(root, 'plugins'));
    wasm = await compileWat('hostile.wat');
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('installs a folder: wasm, manifest pointing at it (comments kept) and sha256, and makes it current', async () => {
    const result = await store.install(await source('v1', manifest('1.0.0')));
    assert.deepEqual({ ...result, directory: undefined }, { name: 'shelf', version: '1.0.0', sha256: sha256(wasm), changed: true, directory: undefined, previousVersion: null });
    const directory = join(root, 'plugins', 'shelf', '1.0.0');
    assert.equal(result.directory, directory);
    assert.deepEqual((await readdir(directory)).sort(), ['installed-from.json', 'manifest.yaml', 'sha256', 'shelf.wasm']);
    const copied = await readFile(join(directory, 'manifest.yaml'), 'utf8');
    assert.match(copied, /^# kept as written/);
    assert.match(copied, /wasm: shelf\.wasm/);
    assert.deepEqual(new Uint8Array(await readFile(join(directory, 'shelf.wasm'))), wasm);
    assert.equal(await store.currentVersion('shelf'), '1.0.0');
    assert.deepEqual(await store.manifestFiles(), [join(directory, 'manifest.yaml')]);
  });

  it('treats an identical re-install as no change', async () => {
    const result = await store.install(join(root, 'sources', 'v1', 'manifest.yaml'));
    assert.equal(result.changed, false);
  });

  it('installs a wasm file with its manifest named apart, and moves current on upgrade', async () => {
    const folder = join(root, 'sources', 'loose');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'built.wasm'), wasm);
    await writeFile(join(folder, 'shelf.yaml'), manifest('1.1.0', 'whatever.wasm'));
    const result = await store.install(join(folder, 'built.wasm'), { manifest: join(folder, 'shelf.yaml') });
    assert.equal(result.version, '1.1.0');
    assert.equal(result.previousVersion, '1.0.0');
    assert.equal(await store.currentVersion('shelf'), '1.1.0');
    await assert.rejects(store.install(join(folder, 'built.wasm')), /needs its manifest: --manifest/);
  });

  it('copies nothing from a broken plugin and names every problem', async () => {
    const broken = await source('broken', manifest('2.0.0', 'hostile.wasm', 'nosuchexport'));
    await assert.rejects(store.install(broken), (error: unknown) => {
      assert.equal(errorCode(error), 'E_PLUGIN_INSTALL');
      assert.match((error as Error).message, /cannot be installed:\n {2}E_[A-Z_]+: .*nosuchexport/);
      return true;
    });
    const badYaml = await source('bad-yaml', 'name: [unclosed\n');
    await assert.rejects(store.install(badYaml), /cannot be installed/);
    await assert.rejects(store.install(join(root, 'sources', 'nowhere')), /does not exist/);
    await assert.rejects(store.install(join(root, 'sources', 'v1', 'hostile.wasm')), /needs its manifest/);
    await writeFile(join(root, 'notes.txt'), 'not a plugin');
    await assert.rejects(store.install(join(root, 'notes.txt')), /Give a plugin folder/);
    assert.deepEqual((await readdir(join(root, 'plugins', 'shelf'))).sort(), ['1.0.0', '1.1.0', 'current']);
    assert.equal(await store.currentVersion('shelf'), '1.1.0');
  });

  it('never shows a file\'s contents when an install points at something that is not the plugin\'s wasm', async () => {
    const secret = await writeSecretFile(join(root, 'admin-token'));
    const refusal = async (folder: string, code: string): Promise<void> => {
      await assert.rejects(store.install(folder), (error: unknown) => {
        assert.equal(errorCode(error), 'E_PLUGIN_INSTALL');
        assert.match((error as Error).message, new RegExp(code));
        assertShowsNoSecret((error as Error).message);
        return true;
      });
    };
    // Out of the folder: refused before the file is read.
    await refusal(await source('escapes', manifest('4.0.0', '../../admin-token')), 'E_PLUGIN_SOURCE');
    await refusal(await source('absolute', manifest('4.0.0', secret)), 'E_PLUGIN_SOURCE');
    const linked = await source('linked', manifest('4.0.0', 'linked.wasm'));
    await symlink(secret, join(linked, 'linked.wasm'));
    await refusal(linked, 'E_PLUGIN_SOURCE');
    // In the folder but not WebAssembly: the engine's "found 51 5a 58 4a" is not passed on.
    const copied = await source('copied', manifest('4.0.0', 'copied.wasm'));
    await writeFile(join(copied, 'copied.wasm'), await readFile(secret));
    await refusal(copied, 'E_MODULE_INVALID');
    // A "manifest" that is some other YAML file: neither its values nor the words of a parse error.
    const yamlSecret = await source('yaml-secret', `name: shelf\nversion: 4.0.0\ninterface: 2\ndescription: *${'QZXJVKWQ'}\n`);
    await refusal(yamlSecret, 'E_MANIFEST_INVALID');
    assert.deepEqual((await readdir(join(root, 'plugins', 'shelf'))).sort(), ['1.0.0', '1.1.0', 'current'], 'nothing was copied');
  });

  it('restores the previous version after a failed upgrade, deleting the failed one', async () => {
    const result = await store.install(await source('v3', manifest('3.0.0')));
    await store.restore('shelf', result.previousVersion!, result.version);
    assert.equal(await store.currentVersion('shelf'), '1.1.0');
    assert.deepEqual((await readdir(join(root, 'plugins', 'shelf'))).sort(), ['1.0.0', '1.1.0', 'current']);
  });

  it('compares the current copy with the folder it came from: the same, rebuilt, or no longer installable', async () => {
    const folder = await source('rebuilt', manifest('5.0.0'));
    await store.install(folder);
    assert.deepEqual(await store.compareWithSource('shelf'), { state: 'same', from: { source: folder } });
    // A new build of the same version: another module exporting the same handler.
    await writeFile(join(folder, 'hostile.wasm'), await compileWat('init-fails.wat'));
    assert.deepEqual(await store.compareWithSource('shelf'), { state: 'changed', from: { source: folder } });
    // An edited manifest is a change too, even with the wasm as installed.
    await writeFile(join(folder, 'hostile.wasm'), wasm);
    await writeFile(join(folder, 'manifest.yaml'), `${manifest('5.0.0')}\n# edited\n`);
    assert.equal((await store.compareWithSource('shelf')).state, 'changed');
    // Changed, but nothing an install would take: the reason is given.
    await rm(join(folder, 'hostile.wasm'));
    const missing = await store.compareWithSource('shelf');
    assert.equal(missing.state, 'unusable');
    assert.match(missing.state === 'unusable' ? missing.reason : '', /hostile\.wasm is missing; build it first/);
    await writeFile(join(folder, 'manifest.yaml'), manifest('5.0.0').replace('name: shelf', 'name: other-shelf'));
    const renamed = await store.compareWithSource('shelf');
    assert.match(renamed.state === 'unusable' ? renamed.reason : '', /describes the plugin "other-shelf"/);
    await writeFile(join(folder, 'manifest.yaml'), 'name: [unclosed\n');
    assert.equal((await store.compareWithSource('shelf')).state, 'unusable');
    // A source that is gone, or a copy with no record of one (a restored backup), is simply the copy.
    await rm(folder, { recursive: true });
    assert.deepEqual(await store.compareWithSource('shelf'), { state: 'unknown' });
    await rm(join(root, 'plugins', 'shelf', '5.0.0', 'installed-from.json'));
    assert.deepEqual(await store.compareWithSource('shelf'), { state: 'unknown' });
    await writeFile(join(root, 'plugins', 'shelf', '5.0.0', 'installed-from.json'), '{"source": 12}');
    assert.deepEqual(await store.compareWithSource('shelf'), { state: 'unknown' });
    assert.deepEqual(await store.compareWithSource('never-installed'), { state: 'unknown' });
  });

  it('records a wasm installed with its manifest named apart by both files', async () => {
    const folder = join(root, 'sources', 'loose');
    await store.install(join(folder, 'built.wasm'), { manifest: join(folder, 'shelf.yaml') });
    assert.deepEqual(await store.compareWithSource('shelf'), { state: 'same', from: { source: join(folder, 'built.wasm'), manifest: join(folder, 'shelf.yaml') } });
    await writeFile(join(folder, 'built.wasm'), await compileWat('init-fails.wat'));
    assert.equal((await store.compareWithSource('shelf')).state, 'changed');
  });

  it('removes every version, and refuses names that are not plugin names', async () => {
    assert.equal(await store.remove('../plugins'), false);
    assert.equal(await store.remove('shelf'), true);
    assert.equal(await store.remove('shelf'), false);
    assert.deepEqual(await store.manifestFiles(), []);
  });
});
