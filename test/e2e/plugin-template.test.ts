// A plugin author's first hour: `hearth plugin new` writes a plugin folder, whose own npm scripts
// build it, pass its harness tests and install it into a running server; a telnet player's
// command then answers as the template says (greeting them, or whomever they name, in any
// script), and an admin's @plugin/config changes the greeting.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type CliResult, runHearthCli, runProgram } from '../support/hearth-cli-process.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const TOKEN = 'template-test-token-0123456789ab';
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('a plugin made with hearth plugin new', () => {
  let folder: string;
  let plugin: string;
  let server: TestServer;

  function succeeded(result: CliResult): string {
    assert.equal(result.code, 0, `exit code 0 expected; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
    return result.stdout;
  }

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-template-'));
    plugin = join(folder, 'glimmer');
    server = await startTestServer({ HEARTH_BOOTSTRAP_ADMIN: 'Root:rootpass1', HEARTH_PLUGIN_DIR: join(folder, 'installed'), HEARTH_ADMIN_TOKEN: TOKEN });
  });
  after(async () => {
    await server?.dispose();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('is written with a manifest, source, test and scripts, and refuses a bad name or an existing folder', async () => {
    const written = succeeded(await runHearthCli(['plugin', 'new', 'glimmer', '--dir', folder]));
    assert.match(written, /Wrote .*glimmer\. Next: cd into it, then npm run build, npm test, npm run hearth-install\./);
    for (const file of ['manifest.yaml', 'src/index.ts', 'src/commands/glimmer.ts', 'test/glimmer.test.ts', 'package.json', 'README.md']) await stat(join(plugin, file));
    const scripts = (JSON.parse(await readFile(join(plugin, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    assert.deepEqual(Object.keys(scripts).sort(), ['build', 'hearth-install', 'test']);

    const badName = await runHearthCli(['plugin', 'new', 'Glimmer Two', '--dir', folder]);
    assert.equal(badName.code, 1);
    assert.match(badName.stderr, /E_NAME_INVALID: "Glimmer Two" is not a plugin name/);
    const taken = await runHearthCli(['plugin', 'new', 'glimmer', '--dir', folder]);
    assert.equal(taken.code, 1);
    assert.match(taken.stderr, /E_PLUGIN_SOURCE: .*glimmer already exists/);
  });

  it('builds with its own script into a plugin that validates, and passes its own tests', async () => {
    const built = succeeded(await runProgram(NPM, ['run', 'build'], {}, { cwd: plugin, timeoutMs: 170_000 }));
    assert.match(built, /Built .*build\/glimmer\.wasm/);
    assert.match(built, /manifest\.yaml: ok \(glimmer 0\.1\.0, 1 commands, 0 event subscriptions\)/);
    const tested = succeeded(await runProgram(NPM, ['test'], {}, { cwd: plugin }));
    assert.match(tested, /# pass 2/);
    assert.match(tested, /# fail 0/);
  });

  it('installs with its own script into the running server, where it greets a telnet player as the template says', async () => {
    const installed = succeeded(
      await runProgram(NPM, ['run', 'hearth-install'], { HEARTH_HTTP_PORT: String(server.httpPort), HEARTH_ADMIN_TOKEN: TOKEN, HEARTH_DATA_DIR: join(folder, 'no-data') }, { cwd: plugin }),
    );
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
    } finally {
      await Promise.all([ann.close(), root.close()]);
    }
  });
});
