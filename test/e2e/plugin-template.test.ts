// A plugin author's first hour, as docs/plugin-authoring.md walks it, in a folder outside the
// Hearth checkout: `npm link` makes `hearth` reachable from anywhere; `hearth plugin new` writes a
// plugin folder holding no absolute path; `npm install` there links this Hearth in without the
// network, so `npx hearth` is this Hearth's CLI and never a registry package; the folder's own npm
// scripts build it, pass its harness tests and install it into a running server named by its data
// folder; a telnet player's command then answers as the template says (greeting them, or whomever
// they name, in any script), an admin's @plugin/config changes the greeting, and a rebuild picked
// up by `hearth plugin reload` changes what the player sees.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HEARTH_PACKAGE, HEARTH_ROOT } from '../../core/paths.js';
import { type CliResult, runHearthCli, runProgram } from '../support/hearth-cli-process.js';
import { createEmptyDatabase, serverDriver } from '../support/databases.js';
import { startTestServer, type TestDatabaseLocation, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
/** No registry is reached: a package npm would have to fetch fails the step instead. */
const OFFLINE = { npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/** `path` written as an absolute path: not the tail of a relative one (`../../hearth`). */
function absolutePath(path: string): RegExp {
  return new RegExp(`(^|[^.])${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`);
}

/** Every file under `folder`, node_modules and build output aside, with its text. */
async function writtenFiles(folder: string, root = folder): Promise<Array<{ file: string; text: string }>> {
  const files: Array<{ file: string; text: string }> = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'build') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await writtenFiles(path, root)));
    else files.push({ file: relative(root, path), text: await readFile(path, 'utf8') });
  }
  return files;
}

describe('a plugin made with hearth plugin new, outside the checkout', () => {
  let folder: string;
  let plugin: string;
  let hearthBin: string;
  let database: TestDatabaseLocation;
  let server: TestServer;

  function succeeded(result: CliResult): string {
    assert.equal(result.code, 0, `exit code 0 expected; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
    return result.stdout;
  }

  /** `npm <args>` in the plugin folder, the server's HTTP port the only setting (as the docs' default port would be). */
  function npm(args: string[], options: { timeoutMs?: number } = {}): Promise<CliResult> {
    return runProgram(NPM, args, { ...OFFLINE, HEARTH_HTTP_PORT: String(server.httpPort) }, { cwd: plugin, ...options });
  }

  before(async () => {
    folder = await realpath(await mkdtemp(join(tmpdir(), 'hearth-template-')));
    assert.ok(relative(HEARTH_ROOT, folder).startsWith('..'), 'the plugin folder is outside the checkout');
    plugin = join(folder, 'glimmer');
    // The server keeps its data (and admin token) in a folder, as `npm start` does in ./data.
    const empty = await createEmptyDatabase(serverDriver());
    database = { url: empty.url, dataDir: join(folder, 'game-data'), drop: empty.drop };
    server = await startTestServer({ HEARTH_BOOTSTRAP_ADMIN: 'Root:rootpass1' }, { database });
  });
  after(async () => {
    await server?.dispose();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('reaches the CLI from any folder once the checkout is linked, with no package downloaded', async () => {
    const prefix = join(folder, 'global');
    succeeded(await runProgram(NPM, ['link', '--ignore-scripts'], { ...OFFLINE, npm_config_prefix: prefix }, { cwd: HEARTH_ROOT }));
    hearthBin = process.platform === 'win32' ? join(prefix, 'hearth.cmd') : join(prefix, 'bin', 'hearth');
    assert.match(succeeded(await runProgram(hearthBin, ['help'], {}, { cwd: folder })), /^Usage: hearth plugin <action>/);
  });

  it('is written with a manifest, source, test and scripts, and refuses a bad name or an existing folder', async () => {
    const written = succeeded(await runProgram(hearthBin, ['plugin', 'new', 'glimmer'], {}, { cwd: folder }));
    assert.match(written, /Wrote .*glimmer\. Next: cd into it, then npm install, npm run build, npm test, npm run hearth-install\./);
    for (const file of ['manifest.yaml', 'src/index.ts', 'src/commands/glimmer.ts', 'test/glimmer.test.ts', 'package.json', 'README.md', '.gitignore']) await stat(join(plugin, file));
    const packageJson = JSON.parse(await readFile(join(plugin, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    assert.deepEqual(Object.keys(packageJson.scripts).sort(), ['build', 'hearth-install', 'test']);
    assert.deepEqual(packageJson.devDependencies, { [HEARTH_PACKAGE]: `file:${relative(plugin, HEARTH_ROOT)}` });

    const badName = await runHearthCli(['plugin', 'new', 'Glimmer Two', '--dir', folder]);
    assert.equal(badName.code, 1);
    assert.match(badName.stderr, /E_NAME_INVALID: "Glimmer Two" is not a plugin name/);
    const taken = await runHearthCli(['plugin', 'new', 'glimmer', '--dir', folder]);
    assert.equal(taken.code, 1);
    assert.match(taken.stderr, /E_PLUGIN_SOURCE: .*glimmer already exists/);
  });

  it('holds no absolute path: it reaches the kit, the harness and the CLI through the Hearth package', async () => {
    const files = await writtenFiles(plugin);
    for (const { file, text } of files) {
      assert.doesNotMatch(text, absolutePath(HEARTH_ROOT), `${file} names the checkout by its absolute path`);
      assert.doesNotMatch(text, absolutePath(folder), `${file} names its own folder by its absolute path`);
    }
    const text = (file: string) => files.find((entry) => entry.file === file)?.text ?? '';
    assert.match(text('src/commands/glimmer.ts'), new RegExp(`from '${HEARTH_PACKAGE}/plugins/pdk'`));
    assert.match(text('test/glimmer.test.ts'), new RegExp(`from '${HEARTH_PACKAGE}/harness'`));
  });

  it('installs its dependency on this Hearth without the network, and npx hearth there is this Hearth\'s CLI', async () => {
    const installed = await npm(['install']);
    succeeded(installed);
    assert.doesNotMatch(installed.stdout + installed.stderr, /install-scripts|npm error/, "Hearth's own install step is not offered to run");
    assert.equal(await realpath(join(plugin, 'node_modules', ...HEARTH_PACKAGE.split('/'))), await realpath(HEARTH_ROOT));
    const lock = await readFile(join(plugin, 'package-lock.json'), 'utf8');
    assert.doesNotMatch(lock, absolutePath(HEARTH_ROOT), 'the lock file names the checkout by a relative path');
    const help = succeeded(await runProgram(NPX, ['hearth', 'help'], OFFLINE, { cwd: plugin }));
    assert.match(help, /^Usage: hearth plugin <action>/);
    assert.match(help, /--data-dir <folder>/);
  });

  it('builds with its own script into a plugin that validates, and passes its own tests', async () => {
    const built = succeeded(await npm(['run', 'build'], { timeoutMs: 170_000 }));
    assert.match(built, /Built .*build\/glimmer\.wasm/);
    assert.match(built, /manifest\.yaml: ok \(glimmer 0\.1\.0, 1 commands, 0 event subscriptions\)/);
    const tested = succeeded(await npm(['test']));
    assert.match(tested, /# pass 2/);
    assert.match(tested, /# fail 0/);
  });

  it('installs with its own script into the server its data folder names, where it greets a telnet player; a rebuild and reload change it', async () => {
    // Without the server's data folder the CLI has no token for it, and makes no database of its own.
    const refused = await npm(['run', 'hearth-install']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /E_DATA_DIR_MISSING: .*the CLI does not make a new database unasked/);
    await assert.rejects(stat(join(plugin, 'data')), { code: 'ENOENT' });

    const installed = succeeded(await npm(['run', 'hearth-install', '--', '--data-dir', database.dataDir]));
    assert.match(installed, /Installed glimmer 0\.1\.0 .* into the running server; it is ready\./);

    const ann = await TelnetTestClient.connect(server.telnetPort);
    const root = await TelnetTestClient.connect(server.telnetPort);
    try {
      await ann.login('create', 'Ann', 'annpass1');
      await root.login('connect', 'Root', 'rootpass1');
      ann.send('glimmer');
      await ann.waitFor('Hello, Ann!');
      ann.send('glimmer Zoë ✓');
      await ann.waitFor('Hello, Zoë ✓!');
      ann.send('help glimmer');
      await ann.waitFor(/glimmer \[<whom>\][\s\S]*Answers with a greeting: to you, or to whomever you name\./);

      root.send('@plugin/config glimmer greeting=Good evening');
      await root.waitFor('Plugin glimmer: greeting is now "Good evening"; it restarted and is ready.');
      ann.send('glimmer Bob');
      await ann.waitFor('Good evening, Bob!');
      root.send('@plugin/config glimmer colour=red');
      await root.waitFor(/has no setting "colour"; its settings are greeting\./);

      // Change the source, rebuild, reload: the new build runs, its setting kept.
      const source = join(plugin, 'src', 'commands', 'glimmer.ts');
      await writeFile(source, (await readFile(source, 'utf8')).replace("+ '!')", "+ '! Welcome back.')"));
      succeeded(await npm(['run', 'build'], { timeoutMs: 170_000 }));
      const reloaded = succeeded(await runProgram(NPX, ['hearth', 'plugin', 'reload', 'glimmer', '--data-dir', database.dataDir], { ...OFFLINE, HEARTH_HTTP_PORT: String(server.httpPort) }, { cwd: plugin }));
      assert.match(reloaded, /glimmer's source changed since it was installed, so it was installed again from there first/);
      assert.match(reloaded, /glimmer 0\.1\.0 reloaded in the running server; it is ready\./);
      ann.send('glimmer Bob');
      await ann.waitFor('Good evening, Bob! Welcome back.');
    } finally {
      await Promise.all([ann.close(), root.close()]);
    }
  });

  it("grows a dice command exactly as the guide's step 8 writes it, with Math.random, tested and played", async () => {
    const [manifestLines, handler, exportLine, test] = await guideBlocks('### 8. Dice');
    // The greeting changed in the last test (step 7 leaves the change to the reader); its tests expect the first.
    const greeting = join(plugin, 'src', 'commands', 'glimmer.ts');
    await writeFile(greeting, (await readFile(greeting, 'utf8')).replace("+ '! Welcome back.')", "+ '!')"));
    await writeFile(join(plugin, 'manifest.yaml'), `${(await readFile(join(plugin, 'manifest.yaml'), 'utf8')).trimEnd()}\n${manifestLines}`);
    await writeFile(join(plugin, 'src', 'commands', 'roll.ts'), handler!);
    await writeFile(join(plugin, 'src', 'index.ts'), `${await readFile(join(plugin, 'src', 'index.ts'), 'utf8')}${exportLine}`);
    await writeFile(join(plugin, 'test', 'roll.test.ts'), test!);
    succeeded(await npm(['run', 'build'], { timeoutMs: 170_000 }));
    const tested = succeeded(await npm(['test']));
    assert.match(tested, /# pass 4/);
    assert.match(tested, /# fail 0/);
    succeeded(await runProgram(NPX, ['hearth', 'plugin', 'reload', 'glimmer', '--data-dir', database.dataDir], { ...OFFLINE, HEARTH_HTTP_PORT: String(server.httpPort) }, { cwd: plugin }));
    const ann = await TelnetTestClient.connect(server.telnetPort);
    try {
      await ann.login('connect', 'Ann', 'annpass1');
      ann.send('roll 2d6');
      const line = await ann.waitFor(/You roll 2d6: ([1-6]), ([1-6]) \(total (\d+)\)\./);
      const [, first, second, total] = /You roll 2d6: ([1-6]), ([1-6]) \(total (\d+)\)\./.exec(line)!;
      assert.equal(Number(total), Number(first) + Number(second));
      ann.send('roll 3d0');
      await ann.waitFor('Roll dice as NdS, such as 2d6: 1-20 dice of 2-1000 sides.');
    } finally {
      await ann.close();
    }
  });
});

/** The fenced code blocks of one section of docs/plugin-authoring.md, in order, as the reader copies them. */
async function guideBlocks(heading: string): Promise<string[]> {
  const guide = await readFile(join(HEARTH_ROOT, 'docs', 'plugin-authoring.md'), 'utf8');
  const start = guide.indexOf(`\n${heading}`);
  assert.ok(start >= 0, `docs/plugin-authoring.md has a section "${heading}"`);
  const section = guide.slice(start, guide.indexOf('\n### ', start + heading.length + 1));
  return [...section.matchAll(/```(?:yaml|ts)\n([\s\S]*?)```/g)].map((match) => match[1]!);
}
