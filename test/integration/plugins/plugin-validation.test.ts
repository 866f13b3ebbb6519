// The dry-run validation (and `hearth plugin validate`): every problem found without running the
// plugin, each naming the file and field to fix.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { validatePlugin } from '../../../core/plugins/plugin-validation.js';
import { compileWat } from '../../support/fixture-plugins.js';
import { assertShowsNoSecret, writeSecretFile } from '../../support/secret-file.js';

const run = promisify(execFile);

describe('plugin validation', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-validate-'));
    await writeFile(join(folder, 'odd.wasm'), await compileWat('unknown-import.wat'));
    await writeFile(join(folder, 'garbage.wasm'), Buffer.from('not wasm at all'));
    await writeFile(
      join(folder, 'odd.yaml'),
      ['name: odd', 'version: 1.0.0', 'interface: 2', 'description: Odd.', 'wasm: odd.wasm', 'commands:', '  - { name: fine, description: d, handler: fine }', '  - { name: gone, description: d, handler: missing_export }'].join('\n'),
    );
    await writeFile(join(folder, 'garbage.yaml'), 'name: garbage\nversion: 1.0.0\ninterface: 2\ndescription: G.\nwasm: garbage.wasm');
    await writeFile(join(folder, 'nowasm.yaml'), 'name: nowasm\nversion: 1.0.0\ninterface: 2\ndescription: N.\nwasm: absent.wasm');
    await writeFile(join(folder, 'bad.yaml'), 'name: Bad Name\nversion: one\n');
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('reports every mismatch between manifest and module, naming file and field', async () => {
    const report = await validatePlugin(join(folder, 'odd.yaml'));
    assert.deepEqual(report.problems.map((problem) => problem.code).sort(), ['E_EXPORT_MISSING', 'E_IMPORT_UNKNOWN']);
    const missing = report.problems.find((problem) => problem.code === 'E_EXPORT_MISSING')!;
    assert.match(missing.message, /odd\.yaml: commands\[1\]\.handler: Plugin "odd" names "missing_export"/);
    assert.match(report.problems.find((problem) => problem.code === 'E_IMPORT_UNKNOWN')!.message, /teleport_everyone/);
  });

  it('refuses files that are not WebAssembly, missing files and broken manifests', async () => {
    assert.equal((await validatePlugin(join(folder, 'garbage.yaml'))).problems[0]?.code, 'E_MODULE_INVALID');
    assert.match((await validatePlugin(join(folder, 'nowasm.yaml'))).problems[0]!.message, /build the plugin first/);
    assert.equal((await validatePlugin(join(folder, 'bad.yaml'))).problems[0]?.code, 'E_MANIFEST_INVALID');
    assert.equal((await validatePlugin(join(folder, 'absent.yaml'))).problems[0]?.code, 'E_MANIFEST_INVALID');
  });

  it('runs no plugin code: a module whose start traps still validates', async () => {
    await writeFile(join(folder, 'trapstart.wasm'), await compileWat('init-fails.wat'));
    await writeFile(join(folder, 'trapstart.yaml'), 'name: trapstart\nversion: 1.0.0\ninterface: 2\ndescription: T.\nwasm: trapstart.wasm\ncommands: [{ name: fine, description: d, handler: fine }]');
    assert.deepEqual((await validatePlugin(join(folder, 'trapstart.yaml'))).problems, []);
  });

  it('is what `hearth plugin validate` prints, with exit code 1 on problems and 0 when all is well', async () => {
    const good = await run(process.execPath, ['server/cli/hearth.js', 'plugin', 'validate', 'plugins/echo/manifest.yaml', 'plugins/help']);
    assert.match(good.stdout, /^plugins\/echo\/manifest\.yaml: ok \(echo 1\.0\.0/m);
    assert.match(good.stdout, /^plugins\/help\/manifest\.yaml: ok \(help 1\.0\.0/m);
    const bad = await run(process.execPath, ['server/cli/hearth.js', 'plugin', 'validate', join(folder, 'odd.yaml')]).then(
      () => assert.fail('validation of a broken plugin succeeded'),
      (error: { code: number; stdout: string }) => error,
    );
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /2 problems/);
    assert.match(bad.stdout, /E_IMPORT_UNKNOWN/);
  });

  it('says a file is not WebAssembly without quoting any of it, here and in `hearth plugin validate`', async () => {
    await writeSecretFile(join(folder, 'secret'));
    await writeFile(join(folder, 'peek.yaml'), 'name: peek\nversion: 1.0.0\ninterface: 2\ndescription: P.\nwasm: secret');
    const problem = (await validatePlugin(join(folder, 'peek.yaml'))).problems[0]!;
    assert.equal(problem.code, 'E_MODULE_INVALID');
    assert.match(problem.message, /does not start with the WebAssembly magic number/);
    assertShowsNoSecret(problem.message);
    const printed = await run(process.execPath, ['server/cli/hearth.js', 'plugin', 'validate', join(folder, 'peek.yaml')]).then(
      () => assert.fail('validation of a secret file succeeded'),
      (error: { stdout: string; stderr: string }) => error,
    );
    assert.match(printed.stdout, /E_MODULE_INVALID/);
    assertShowsNoSecret(printed.stdout + printed.stderr);
  });
});
