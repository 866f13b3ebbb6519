// The admin plugin API (`/api/plugins`) of a real server, spoken to with fetch as an operator's
// tool would: the bearer token is required; a plugin installed from a folder answers a telnet
// player at once; disabling a plugin makes its commands answer Huh? until it is enabled again;
// settings, reloads and removal work or are refused with a code and a message to act on; and
// hostile requests get clear errors while the server keeps serving.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InstallableSources } from '../support/installable-plugins.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const TOKEN = 'api-test-token-0123456789abcdef';
const HUH = 'Huh?  (Type "help" for help.)';

interface ApiAnswer {
  status: number;
  body: Record<string, any>;
}

describe('the admin plugin API', () => {
  let folder: string;
  let sources: InstallableSources;
  let lantern: string;
  let server: TestServer;
  let alice: TelnetTestClient;

  async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer> {
    const response = await fetch(`http://127.0.0.1:${server.httpPort}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text.length > 0 ? (JSON.parse(text) as Record<string, any>) : {} };
  }

  /** The answer a telnet player gets to one line, up to and including `pattern`. */
  async function playerSees(line: string, pattern: string | RegExp): Promise<string> {
    alice.output.skip();
    alice.send(line);
    return alice.waitFor(pattern);
  }

  let glows = 0;
  /** The installed plugin's command answers: everyone in the room sees Alice pose. */
  async function lanternAnswers(): Promise<void> {
    glows += 1;
    await playerSees(`lantern glows ${glows} times.`, `Alice glows ${glows} times.`);
  }

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-api-'));
    sources = await InstallableSources.create();
    lantern = await sources.write({ name: 'lantern' });
    server = await startTestServer({ HEARTH_PLUGIN_DIR: join(folder, 'plugins'), HEARTH_ADMIN_TOKEN: TOKEN });
    alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
  });
  after(async () => {
    await alice?.close();
    await server?.dispose();
    await sources?.remove();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('refuses requests without the token, with a wrong one, or with another scheme', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, 'Bearer ', `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`, TOKEN]) {
      const response = await fetch(`http://127.0.0.1:${server.httpPort}/api/plugins`, { headers: authorization === undefined ? {} : { authorization } });
      assert.equal(response.status, 401, `authorization ${String(authorization)}`);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'E_UNAUTHORIZED');
      assert.match(body.error.message, /Authorization: Bearer <token>/);
    }
    const refusedChange = await fetch(`http://127.0.0.1:${server.httpPort}/api/plugins/communication/disable`, { method: 'POST' });
    assert.equal(refusedChange.status, 401);
    assert.equal(server.core.plugins.report('communication')?.status, 'ready', 'a refused request changes nothing');
    const health = await fetch(`http://127.0.0.1:${server.httpPort}/health`);
    assert.equal(health.status, 200, 'the health check needs no token');
  });

  it('lists every plugin with its version, status, state, source and commands', async () => {
    const { status, body } = await api('GET', '/api/plugins');
    assert.equal(status, 200);
    const plugins = body['plugins'] as Array<Record<string, unknown>>;
    assert.deepEqual(
      plugins.map((plugin) => plugin['name']),
      ['admin', 'boards', 'building', 'communication', 'echo', 'help', 'mail', 'messaging', 'navigation', 'profiles', 'scenes'],
    );
    const communication = plugins.find((plugin) => plugin['name'] === 'communication')!;
    assert.equal(communication['version'], '1.2.0');
    assert.equal(communication['status'], 'ready');
    assert.equal(communication['enabled'], true);
    assert.equal(communication['source'], 'bundled');
    assert.equal(communication['lastError'], null);
    assert.ok((communication['commands'] as string[]).includes('say'));
    const echo = plugins.find((plugin) => plugin['name'] === 'echo')!;
    assert.equal(echo['status'], 'disabled');
    assert.equal(echo['enabled'], false);
    for (const plugin of plugins) {
      for (const field of ['description', 'priority', 'lastError', 'crashCount', 'calls', 'errors', 'p50Ms', 'p99Ms', 'config', 'file']) {
        assert.ok(field in plugin, `${String(plugin['name'])} reports ${field}`);
      }
    }
    const one = await api('GET', '/api/plugins/Communication');
    assert.equal(one.status, 200);
    assert.equal(one.body['plugin'].name, 'communication');
    const unknown = await api('GET', '/api/plugins/nonesuch');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body['error'].code, 'E_PLUGIN_UNKNOWN');
    assert.match(unknown.body['error'].message, /No plugin is called "nonesuch"/);
  });

  it('installs a plugin from a folder, whose command answers a player at once; the same files again change nothing', async () => {
    await playerSees('lantern flickers.', HUH);
    const { status, body } = await api('POST', '/api/plugins/install', { source: lantern });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body['installed'].name, 'lantern');
    assert.equal(body['installed'].version, '1.0.0');
    assert.equal(body['installed'].changed, true);
    assert.match(body['installed'].sha256, /^[0-9a-f]{64}$/);
    assert.equal(body['plugin'].status, 'ready');
    assert.equal(body['plugin'].source, 'installed');
    await lanternAnswers();
    await stat(join(folder, 'plugins', 'lantern', '1.0.0', 'lantern.wasm'));

    const again = await api('POST', '/api/plugins/install', { source: join(lantern, 'manifest.yaml') });
    assert.equal(again.status, 200);
    assert.equal(again.body['installed'].changed, false);
  });

  it('disables a plugin, whose commands then answer Huh?, and enables it again', async () => {
    await playerSees('say before', 'You say, "before"');
    const disabled = await api('POST', '/api/plugins/communication/disable');
    assert.equal(disabled.status, 200);
    assert.equal(disabled.body['plugin'].status, 'disabled');
    assert.equal(disabled.body['plugin'].enabled, false);
    await playerSees('say anyone?', HUH);
    const enabled = await api('POST', '/api/plugins/communication/enable');
    assert.equal(enabled.status, 200);
    assert.equal(enabled.body['plugin'].status, 'ready');
    await playerSees('say back again', 'You say, "back again"');

    await api('POST', '/api/plugins/lantern/disable');
    await playerSees('lantern flickers.', HUH);
    await api('POST', '/api/plugins/lantern/enable');
    await lanternAnswers();
    const unknown = await api('POST', '/api/plugins/nonesuch/enable');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body['error'].code, 'E_PLUGIN_UNKNOWN');
  });

  it('changes a declared setting, and refuses an undeclared one with the settings there are', async () => {
    const undeclared = await api('PUT', '/api/plugins/lantern/config', { key: 'volume', value: '11' });
    assert.equal(undeclared.status, 400);
    assert.equal(undeclared.body['error'].code, 'E_PLUGIN_CONFIG');
    assert.match(undeclared.body['error'].message, /Plugin "lantern" has no setting "volume"; its settings are colour\./);
    const none = await api('PUT', '/api/plugins/communication/config', { key: 'volume', value: '11' });
    assert.equal(none.status, 400);
    assert.match(none.body['error'].message, /it declares no settings/);
    const missingValue = await api('PUT', '/api/plugins/lantern/config', { key: 'colour' });
    assert.equal(missingValue.status, 400);
    assert.equal(missingValue.body['error'].code, 'E_REQUEST_INVALID');
    assert.match(missingValue.body['error'].message, /value/);

    const changed = await api('PUT', '/api/plugins/lantern/config', { key: 'colour', value: 'blue ✓' });
    assert.equal(changed.status, 200);
    assert.equal(changed.body['plugin'].config.colour, 'blue ✓');
    assert.equal(changed.body['plugin'].status, 'ready');
    assert.equal((await api('GET', '/api/plugins/lantern')).body['plugin'].config.colour, 'blue ✓');
    await lanternAnswers();
  });

  it('reloads a plugin, which keeps answering', async () => {
    const reloaded = await api('POST', '/api/plugins/communication/reload');
    assert.equal(reloaded.status, 200);
    assert.equal(reloaded.body['plugin'].status, 'ready');
    assert.equal(reloaded.body['plugin'].lastError, null);
    await playerSees('say reloaded', 'You say, "reloaded"');
    const unknown = await api('POST', '/api/plugins/nonesuch/reload');
    assert.equal(unknown.status, 404);
  });

  it('refuses to remove a bundled plugin, and removes an installed one', async () => {
    const bundled = await api('DELETE', '/api/plugins/communication');
    assert.equal(bundled.status, 400);
    assert.equal(bundled.body['error'].code, 'E_PLUGIN_BUNDLED');
    assert.match(bundled.body['error'].message, /comes with Hearth and cannot be removed; disable it instead/);
    await playerSees('say still here', 'You say, "still here"');

    const removed = await api('DELETE', '/api/plugins/lantern');
    assert.equal(removed.status, 200);
    assert.deepEqual(removed.body, { removed: 'lantern' });
    await playerSees('lantern flickers.', HUH);
    assert.equal((await api('GET', '/api/plugins/lantern')).status, 404);
    await assert.rejects(stat(join(folder, 'plugins', 'lantern')), 'its files are gone');
    const twice = await api('DELETE', '/api/plugins/lantern');
    assert.equal(twice.status, 404);
  });

  it('answers hostile requests with clear errors, changing nothing, and keeps serving', async () => {
    const malformed = await api('POST', '/api/plugins/install', '{"source": ');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body['error'].code, 'E_REQUEST_INVALID');
    assert.match(malformed.body['error'].message, /JSON/);

    const wrongShape = await api('POST', '/api/plugins/install', { source: 42 });
    assert.equal(wrongShape.status, 400);
    assert.equal(wrongShape.body['error'].code, 'E_REQUEST_INVALID');
    assert.match(wrongShape.body['error'].message, /source/);

    const notJson = await api('PUT', '/api/plugins/lantern/config', 'colour=red', { 'content-type': 'text/x-hearth' });
    assert.equal(notJson.status, 415);
    assert.equal(notJson.body['error'].code, 'E_REQUEST_INVALID');

    const oversized = await api('POST', '/api/plugins/install', { source: 'x'.repeat(2 * 1024 * 1024) });
    assert.equal(oversized.status, 413);
    assert.equal(oversized.body['error'].code, 'E_REQUEST_TOO_LARGE');

    const longSource = await api('POST', '/api/plugins/install', { source: `/${'a'.repeat(5000)}` });
    assert.equal(longSource.status, 400);
    assert.equal(longSource.body['error'].code, 'E_REQUEST_INVALID');

    const missing = await api('POST', '/api/plugins/install', { source: join(folder, 'no-such-plugin') });
    assert.equal(missing.status, 400);
    assert.equal(missing.body['error'].code, 'E_PLUGIN_INSTALL');
    assert.match(missing.body['error'].message, /does not exist/);

    // A folder beside the plugin folder that a traversing name would reach.
    const bystander = join(folder, 'bystander');
    await mkdir(bystander);
    await writeFile(join(bystander, 'keep.txt'), 'keep me');
    for (const name of ['..%2Fbystander', '..%2F..%2Fetc%2Fpasswd', '%2E%2E', '..', 'communication%2F..%2Flantern', 'a%00b']) {
      const removed = await api('DELETE', `/api/plugins/${name}`);
      assert.ok(removed.status === 404 || removed.status === 400, `DELETE ${name} answered ${removed.status}`);
      const read = await api('GET', `/api/plugins/${name}`);
      assert.ok(read.status === 404 || read.status === 400, `GET ${name} answered ${read.status}`);
      const configured = await api('PUT', `/api/plugins/${name}/config`, { key: 'colour', value: 'red' });
      assert.ok(configured.status === 404 || configured.status === 400, `PUT ${name} answered ${configured.status}`);
    }
    await stat(join(bystander, 'keep.txt'));
    const traversalInstall = await api('POST', '/api/plugins/install', { source: join(folder, 'plugins', '..', 'bystander') });
    assert.equal(traversalInstall.status, 400, 'a folder without a manifest is not a plugin');
    assert.match(traversalInstall.body['error'].message, /manifest\.yaml/);

    // Names longer than a route parameter may be never reach the API; they are refused all the same.
    const longName = await api('DELETE', `/api/plugins/${'n'.repeat(10_000)}`);
    assert.ok(longName.status >= 400 && longName.status < 500, `a long name answered ${longName.status}`);

    const list = await api('GET', '/api/plugins');
    assert.equal(list.status, 200);
    assert.equal(list.body['plugins'].length, 11);
    assert.ok(list.body['plugins'].every((plugin: { status: string; name: string }) => plugin.status !== 'error'));
    await playerSees('say still serving', 'You say, "still serving"');
  });
});
