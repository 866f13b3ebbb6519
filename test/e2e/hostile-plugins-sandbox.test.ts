// The sandbox holes a hostile-plugin review found, each tried again against the running server
// while other players talk: a call that can never finish, tables grown without bound, events read
// without a capability, Extism's own HTTP, a start that never returns, an installed plugin
// shadowing bundled ones, and a shutdown with a call still waiting. The players beside it notice
// nothing, and the one who set it off (or the admin) is told plainly.
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { errorCode } from '../../core/errors.js';
import { buildFixturePlugin } from '../support/fixture-plugins.js';
import { hostileManifest, PluginFolder } from '../support/plugin-folder.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** A TCP server that accepts connections and never answers: an HTTP request to it never ends. */
async function blackHole(): Promise<{ server: Server; port: number; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, sockets };
}

function manifest(lines: string[]): string {
  return lines.join('\n');
}

describe('sandbox holes, tried again beside talking players', () => {
  let folder: PluginFolder;
  /** Plugins the tests install, apart from the folder the server reads as bundled. */
  let sources: PluginFolder;
  let server: TestServer;
  let hole: Awaited<ReturnType<typeof blackHole>>;
  const clients: TelnetTestClient[] = [];
  let villain: TelnetTestClient;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;
  let carol: TelnetTestClient;
  let wizard: TelnetTestClient;

  async function player(name: string, password: string, verb: 'create' | 'connect' = 'create'): Promise<TelnetTestClient> {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.login(verb, name, password);
    clients.push(client);
    return client;
  }

  /** Carol says a line; everyone else hears it: the room is still served. */
  async function roomStillServed(tag: string): Promise<void> {
    carol.send(`say still here ${tag}`);
    for (const listener of [alice, bob, wizard]) await listener.waitFor(`Carol says, "still here ${tag}"`);
  }

  before(async () => {
    hole = await blackHole();
    folder = await PluginFolder.create();
    await folder.copy(await buildFixturePlugin('staller'), 'staller.wasm');
    await folder.copy(await buildFixturePlugin('snoop'), 'snoop.wasm');
    await folder.wat('hostile.wat', 'hostile.wasm');
    sources = await PluginFolder.create();
    await sources.wat('hostile.wat', 'hostile.wasm');
    await sources.copy(await buildFixturePlugin('snoop'), 'snoop.wasm');
    await folder.manifest(
      'staller',
      manifest([
        'name: staller',
        'version: 1.0.0', 'interface: 2',
        'description: Waits on a server that never answers.',
        'wasm: staller.wasm',
        'timeout_ms: 300',
        'capabilities: ["http:get:127.0.0.1"]',
        `config: { url: "http://127.0.0.1:${hole.port}/" }`,
        'commands:',
        '  - { name: stall, description: stall, handler: stall }',
        '  - { name: fine, description: fine, handler: fine }',
      ]),
    );
    await folder.manifest('tables', hostileManifest('tables', ['tables']).replace('memory_pages: 64', 'memory_pages: 1'));
    await folder.manifest(
      'snoop',
      manifest([
        'name: snoop',
        'version: 1.0.0', 'interface: 2',
        'description: Repeats what it hears.',
        'wasm: snoop.wasm',
        'capabilities: ["emit:system", "events:*"]',
        'events: [{ types: [say, whisper, page, channel.message], streams: ["*"], handler: on_event }]',
      ]),
    );
    server = await startTestServer({
      HEARTH_MANIFEST_DIRS: `${folder.path},plugins`,
      HEARTH_BOOTSTRAP_ADMIN: 'Wizard:wizard-secret',
      HEARTH_PLUGIN_HTTP_TIMEOUT_MS: '2000',
      HEARTH_PLUGIN_DIR: join(sources.path, 'installed'),
    });
    villain = await player('Villain', 'villain-secret');
    alice = await player('Alice', 'alice-secret');
    bob = await player('Bob', 'bob-secret1');
    carol = await player('Carol', 'carol-secret');
    wizard = await player('Wizard', 'wizard-secret', 'connect');
  });
  after(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server?.dispose();
    for (const socket of hole.sockets) socket.destroy();
    hole.server.close();
    await folder.remove();
    await sources.remove();
  });

  it('a call that can never finish holds nobody: the plugin answers others, the caller can QUIT, and it counts as a crash', async () => {
    villain.send('stall');
    alice.send('fine');
    await alice.waitFor('fine, thanks');
    await roomStillServed('while a call waits');
    villain.send('QUIT');
    await villain.waitFor('Goodbye.');
    await villain.waitForClose();
    const deadline = Date.now() + 30_000;
    while (server.core.plugins.report('staller')?.crashCount !== 1) {
      assert.ok(Date.now() < deadline, 'the stalled call was counted as a crash');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.match(server.core.plugins.report('staller')!.lastError ?? '', /did not finish stall within 300 ms/);
    villain = await player('Villain', 'villain-secret', 'connect');
    villain.send('stall');
    await villain.waitFor(/did not finish stall within 300 ms and was stopped\. \(E_PLUGIN_TIMEOUT\) Nothing was changed\./, 30_000);
  });

  it('tables grown by millions of entries stay within the limit, and the server keeps its memory', async () => {
    const before = process.memoryUsage().rss;
    for (let round = 0; round < 3; round += 1) {
      villain.output.skip();
      villain.send('tables');
      villain.send('WHO');
      assert.doesNotMatch(await villain.waitFor('players are connected.'), /E_PLUGIN/);
    }
    const grown = process.memoryUsage().rss - before;
    assert.ok(grown < 200 * 1024 * 1024, `RSS grew by ${Math.round(grown / 1e6)} MB`);
    await roomStillServed('after the tables');
  });

  it('a plugin hears public events with events:*, but never a whisper or a page without events:private', async () => {
    carol.output.skip();
    alice.send('whisper Bob=my bank PIN is 4321');
    await bob.waitFor('my bank PIN is 4321');
    alice.send('page Bob=the PIN again is 4321');
    await bob.waitFor('the PIN again is 4321');
    alice.send('say the weather is fine');
    await carol.waitFor('SNOOP say: Alice says, "the weather is fine"');
    assert.doesNotMatch(carol.output.all, /4321/);
    assert.doesNotMatch(bob.output.all, /SNOOP (whisper|page)/);
  });

  it("refuses a plugin that imports Extism's own HTTP, or subscribes beyond its capabilities, saying why", async () => {
    await sources.wat('extism-http.wat', 'extism-http.wasm');
    const fetcher = await sources.manifest('fetcher', manifest(['name: fetcher', 'version: 1.0.0', 'interface: 2', 'description: d', 'wasm: extism-http.wasm', 'commands: [{ name: fetch, description: d, handler: fetch }]']));
    await assert.rejects(server.core.plugins.install(fetcher), (error: unknown) => errorCode(error) === 'E_PLUGIN_INSTALL' && /Extism's own "http_request".*http_get and http_post/s.test((error as Error).message));
    const nosy = await sources.manifest(
      'nosy',
      manifest(['name: nosy', 'version: 1.0.0', 'interface: 2', 'description: d', 'wasm: snoop.wasm', 'capabilities: []', 'events: [{ types: [whisper], streams: ["*"], handler: on_event }]']),
    );
    await assert.rejects(server.core.plugins.install(nosy), /subscribes to "\*", which needs the capability "events:\*"/);
  });

  it('refuses a plugin whose start never returns, without holding up any other plugin change', async () => {
    await sources.wat('start-spins.wat', 'start-spins.wasm');
    const spinner = await sources.manifest('spinner', manifest(['name: spinner', 'version: 1.0.0', 'interface: 2', 'description: d', 'wasm: start-spins.wasm', 'commands: [{ name: spinner, description: d, handler: fine }]']));
    const { report } = await server.core.plugins.install(spinner);
    assert.equal(report.status, 'error');
    assert.match(report.lastError ?? '', /failed to start/);
    wizard.output.skip();
    wizard.send('@plugin/disable staller');
    await wizard.waitFor(/staller/);
    wizard.send('@plugin/enable staller');
    await wizard.waitFor(/staller/);
    await server.core.plugins.remove('spinner');
    await roomStillServed('after the spinner');
  });

  it('tells the admin what an installed plugin replaces and takes over, and never lets it take @plugin', async () => {
    const oldHelp = await sources.manifest('old-help', hostileManifest('help', ['fine']).replace('version: 1.0.0', 'version: 0.0.1'));
    await assert.rejects(server.core.plugins.install(oldHelp), /comes with Hearth at version 1\.0\.0; installing 0\.0\.1 would replace it with an older one/);
    const usurper = await sources.manifest(
      'usurper',
      manifest([
        'name: usurper',
        'version: 1.0.0', 'interface: 2',
        'description: Claims what it can.',
        'wasm: hostile.wasm',
        'priority: -1000',
        'commands:',
        '  - { name: say, description: d, handler: fine }',
        '  - { name: "@plugin", description: d, handler: fine }',
      ]),
    );
    wizard.output.skip();
    wizard.send(`@plugin/install ${usurper}`);
    await wizard.waitFor(/Installed usurper 1\.0\.0; it is ready\./);
    await wizard.waitFor(/It now answers, in another plugin's place: say \(from communication\)/);
    await wizard.waitFor(/These of its commands stay with another plugin: @plugin \(kept by admin\)/);
    wizard.send('@plugin/info usurper');
    await wizard.waitFor(/Plugin: +usurper/);
    await server.core.plugins.remove('usurper');
    await roomStillServed('after the usurper');
  });

  it('shuts down promptly when an admin asks, even with a call still waiting on a server that never answers', async () => {
    villain.send('stall');
    wizard.send('@shutdown Back soon.');
    await server.stopped;
    await alice.waitFor('Back soon.');
  });
});
