// Changing plugins in a running game while people play: two players (one on telnet, one on the
// websocket) keep saying numbered lines while an admin installs a new plugin with @plugin/install
// and reloads a bundled one with @plugin/reload. Nobody is disconnected, every line reaches the
// others once and in order, and the new plugin answers. Broken upgrades are refused, or leave the
// old version running with the reason shown by @plugin/info; the same files again change nothing.
// @plugin/reload of an installed plugin whose source folder was rebuilt runs the new build, or
// says plainly that the installed copy runs and why.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { InstallableSources } from '../support/installable-plugins.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

const TOKEN = 'live-test-token-0123456789abcdef';
const HUH = 'Huh?  (Type "help" for help.)';

interface Talker {
  name: string;
  client: TelnetTestClient | WebsocketTestClient;
}

/**
 * Each talker says `<topic>-<name> <n>` for n = 1, 2, ... as fast as its own echo comes back,
 * until stopped; then says `<topic>-<name> done`, which (delivery being in order) arrives after
 * every numbered line it said.
 */
class Conversation {
  private running = true;
  private readonly said = new Map<string, number>();
  private readonly waiters: Array<() => void> = [];
  private readonly loops: Promise<void>[];

  constructor(
    private readonly topic: string,
    private readonly talkers: Talker[],
  ) {
    this.loops = talkers.map((talker) => this.talk(talker));
  }

  /** Resolves once every talker has said `count` more lines than when it was called. */
  async further(count: number): Promise<void> {
    const targets = new Map(this.talkers.map((talker) => [talker.name, this.count(talker) + count]));
    while (this.talkers.some((talker) => this.count(talker) < targets.get(talker.name)!)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** How many numbered lines have been said so far, by everyone. */
  get lines(): number {
    return [...this.said.values()].reduce((sum, count) => sum + count, 0);
  }

  /** Stops talking and returns how many numbered lines each talker said. */
  async stop(listeners: Talker[]): Promise<Map<string, number>> {
    this.running = false;
    await Promise.all(this.loops);
    for (const talker of this.talkers) {
      talker.client.send(`say ${this.line(talker, 'done')}`);
      await talker.client.waitFor(`You say, "${this.line(talker, 'done')}"`);
      for (const listener of listeners) {
        if (listener !== talker) await listener.client.waitFor(`${talker.name} says, "${this.line(talker, 'done')}"`, 20_000);
      }
    }
    return new Map(this.said);
  }

  /** The numbers of `talker`'s lines in the order `listener` received them. */
  heardBy(listener: Talker, talker: Talker): number[] {
    const pattern = new RegExp(`${talker.name} says, "${this.topic}-${talker.name} (\\d+)"`, 'g');
    return [...listener.client.output.all.matchAll(pattern)].map((match) => Number(match[1]));
  }

  private async talk(talker: Talker): Promise<void> {
    while (this.running) {
      const n = this.count(talker) + 1;
      talker.client.send(`say ${this.line(talker, String(n))}`);
      await talker.client.waitFor(`You say, "${this.line(talker, String(n))}"`, 20_000);
      this.said.set(talker.name, n);
      for (const wake of this.waiters.splice(0)) wake();
    }
  }

  private count(talker: Talker): number {
    return this.said.get(talker.name) ?? 0;
  }

  private line(talker: Talker, what: string): string {
    return `${this.topic}-${talker.name} ${what}`;
  }
}

describe('installing and reloading plugins while players talk', () => {
  let folder: string;
  let sources: InstallableSources;
  let server: TestServer;
  let root: Talker;
  let alice: Talker;
  let bob: Talker;
  let lantern: string;

  async function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, any> }> {
    const response = await fetch(`http://127.0.0.1:${server.httpPort}${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  /** What an admin is told in answer to one command, up to and including `pattern`. */
  async function adminSees(line: string, pattern: string | RegExp): Promise<string> {
    root.client.output.skip();
    root.client.send(line);
    return root.client.waitFor(pattern);
  }

  let glows = 0;
  /** The installed plugin's command answers: the player and the others in the room see the pose. */
  async function lanternAnswers(player: Talker): Promise<void> {
    glows += 1;
    player.client.send(`lantern glows ${glows} times.`);
    await player.client.waitFor(`${player.name} glows ${glows} times.`);
    await root.client.waitFor(`${player.name} glows ${glows} times.`);
  }

  function assertEveryoneConnected(): void {
    for (const talker of [root, alice, bob]) {
      assert.equal(talker.client.output.closed, false, `${talker.name}'s connection is open`);
      const character = server.core.world.findCharacter(talker.name)!;
      assert.equal(server.core.sessions.isConnected(character.id), true, `${talker.name} is connected`);
    }
  }

  function assertNothingLost(conversation: Conversation, said: Map<string, number>): void {
    for (const talker of [alice, bob]) {
      const count = said.get(talker.name)!;
      assert.ok(count >= 20, `${talker.name} said ${count} lines`);
      const expected = Array.from({ length: count }, (_, index) => index + 1);
      for (const listener of [root, alice, bob]) {
        if (listener === talker) continue;
        assert.deepEqual(conversation.heardBy(listener, talker), expected, `${listener.name} heard each of ${talker.name}'s lines once, in order`);
      }
    }
  }

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-live-'));
    sources = await InstallableSources.create();
    lantern = await sources.write({ name: 'lantern' });
    server = await startTestServer({
      HEARTH_BOOTSTRAP_ADMIN: 'Root:rootpass1',
      HEARTH_PLUGIN_DIR: join(folder, 'plugins'),
      HEARTH_ADMIN_TOKEN: TOKEN,
      // The players talk as fast as their echoes return; the limits for ordinary play would
      // throttle them, and this test is about plugins changing, not about rate limits.
      HEARTH_INPUT_RATE: '1000',
      HEARTH_INPUT_BURST: '1000',
      HEARTH_PLUGIN_EMITS_PER_SECOND: '10000',
      HEARTH_PLUGIN_EMIT_BURST: '10000',
    });
    const rootClient = await TelnetTestClient.connect(server.telnetPort);
    await rootClient.login('connect', 'Root', 'rootpass1');
    const aliceClient = await TelnetTestClient.connect(server.telnetPort);
    await aliceClient.login('create', 'Alice', 'alicepass');
    const bobClient = await WebsocketTestClient.connect(server.httpPort);
    await bobClient.login('create', 'Bob', 'bobpass1');
    root = { name: 'Root', client: rootClient };
    alice = { name: 'Alice', client: aliceClient };
    bob = { name: 'Bob', client: bobClient };
  });
  after(async () => {
    await Promise.all([root?.client.close(), alice?.client.close(), bob?.client.close()]);
    await server?.dispose();
    await sources?.remove();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('installs a new plugin in game while two players talk: nobody is dropped, no line is lost, and its command answers', async () => {
    await adminSees('lantern shines.', HUH);
    const conversation = new Conversation('install', [alice, bob]);
    await conversation.further(10);
    const before = conversation.lines;
    const reply = await adminSees(`@plugin/install ${lantern}`, /Installed lantern 1\.0\.0; it is ready\.|Huh\?|cannot|not running/);
    assert.match(reply, /Installed lantern 1\.0\.0; it is ready\./);
    assert.ok(conversation.lines > before, 'the players kept talking while the plugin was installed');
    await conversation.further(10);
    const said = await conversation.stop([root, alice, bob]);
    assertEveryoneConnected();
    assertNothingLost(conversation, said);
    for (const player of [alice, bob]) await lanternAnswers(player);
    const info = await adminSees('@plugin/info lantern', /Manifest: .*/);
    assert.match(info, /Version:\s+1\.0\.0/);
    assert.match(info, /Status:\s+ready/);
    assert.match(info, /Source:\s+installed/);
  });

  it('reloads a bundled plugin again and again while players talk through it: nobody is dropped, no line is lost', async () => {
    const conversation = new Conversation('reload', [alice, bob]);
    await conversation.further(5);
    let duringReloads = 0;
    for (let round = 0; round < 5; round += 1) {
      const before = conversation.lines;
      const reply = await adminSees('@plugin/reload communication', /Plugin communication .*/);
      assert.match(reply, /Plugin communication \d+\.\d+\.\d+ reloaded; it is ready\./);
      duringReloads += conversation.lines - before;
      await conversation.further(3);
    }
    assert.ok(duringReloads > 0, 'the players kept talking while the plugin was reloaded');
    const said = await conversation.stop([root, alice, bob]);
    assertEveryoneConnected();
    assertNothingLost(conversation, said);
  });

  it('reports installing the same files again as no change', async () => {
    await adminSees(`@plugin/install ${lantern}`, 'Plugin lantern 1.0.0 is already installed; nothing changed.');
    const again = await api('POST', '/api/plugins/install', { source: lantern });
    assert.equal(again.status, 200);
    assert.equal(again.body['installed'].changed, false);
    assert.equal(again.body['plugin'].version, '1.0.0');
  });

  it('refuses an upgrade whose manifest names a handler the wasm lacks, or whose wasm is corrupt; the old version keeps answering', async () => {
    const missingHandler = await sources.write({ name: 'lantern', version: '2.0.0', handler: 'cmd_lantern' });
    const refused = await adminSees(`@plugin/install ${missingHandler}`, /cmd_lantern.*/);
    assert.match(refused, /cannot be installed/);
    assert.match(refused, /E_EXPORT_MISSING/);

    const corrupt = await sources.write({ name: 'lantern', version: '2.1.0', wasm: 'corrupt' });
    const answer = await api('POST', '/api/plugins/install', { source: corrupt });
    assert.equal(answer.status, 400);
    assert.equal(answer.body['error'].code, 'E_PLUGIN_INSTALL');
    assert.match(answer.body['error'].message, /E_MODULE_INVALID/);

    await lanternAnswers(alice);
    const info = await adminSees('@plugin/info lantern', /Manifest: .*/);
    assert.match(info, /Version:\s+1\.0\.0/);
    assert.match(info, /Status:\s+ready/);
    assert.doesNotMatch(info, /Last error/, 'a refused install leaves nothing wrong with the running plugin');
  });

  it('keeps the old version answering when an upgrade cannot start, and @plugin/info says why', async () => {
    const cannotStart = await sources.write({ name: 'lantern', version: '3.0.0', wasm: 'start-traps' });
    const answer = await api('POST', '/api/plugins/install', { source: cannotStart });
    // Either the upgrade is refused (and undone), or it is installed while 1.0.0 keeps running;
    // both must say why, and neither may stop the running version.
    const reason = /Version 3\.0\.0 could not be loaded, so 1\.0\.0 keeps running: \S+/;
    if (answer.status === 200) {
      assert.equal(answer.body['installed'].version, '3.0.0');
      assert.equal(answer.body['plugin'].version, '1.0.0');
      assert.equal(answer.body['plugin'].status, 'ready');
      assert.match(answer.body['plugin'].lastError, reason);
    } else {
      assert.equal(answer.status, 400, JSON.stringify(answer.body));
      assert.match(answer.body['error'].message, reason);
    }

    await lanternAnswers(alice);
    const info = await adminSees('@plugin/info lantern', /Manifest: .*/);
    assert.match(info, /Version:\s+1\.0\.0/);
    assert.match(info, /Status:\s+ready/);
    assert.match(info, new RegExp(`Last error:\\s+${reason.source}`));
    assert.match(info, /Commands:\s+lantern/);
    const list = await adminSees('@plugin/list', /navigation.*/);
    assert.match(list, /lantern\s+1\.0\.0\s+ready\s+enabled/);
  });

  it('installing the old version again leaves it running and answering', async () => {
    const reply = await adminSees(`@plugin/install ${lantern}`, /Installed lantern 1\.0\.0.*|Plugin lantern 1\.0\.0 is already installed; nothing changed\.|cannot.*/);
    assert.match(reply, /Installed lantern 1\.0\.0; it is ready\.|Plugin lantern 1\.0\.0 is already installed; nothing changed\./);
    const info = await adminSees('@plugin/info lantern', /Manifest: .*/);
    assert.match(info, /Version:\s+1\.0\.0/);
    assert.match(info, /Status:\s+ready/);
    assert.match(info, /Manifest:\s+\S+1\.0\.0\S+manifest\.yaml/);
    await lanternAnswers(bob);
    assertEveryoneConnected();
  });

  it('@plugin/reload runs the new build of a rebuilt source, or says the installed copy runs and why', async () => {
    await sources.write({ name: 'lantern', handler: 'cmd_semipose' });
    await adminSees('@plugin/reload lantern', 'Plugin lantern 1.0.0 reloaded; it is ready.');
    alice.client.send("lantern 's lantern burns anew.");
    await root.client.waitFor("Alice's lantern burns anew.");

    await rm(join(lantern, 'lantern.wasm'));
    const kept = await adminSees('@plugin/reload lantern', /Plugin lantern .*/);
    assert.match(kept, /Plugin lantern 1\.0\.0 is still running: It runs its installed copy: .*lantern-1\.0\.0, where it was installed from, changed but holds no build that can be installed \(its wasm .* is missing; build it first\)\./);
    alice.client.send("lantern 's lantern burns on.");
    await root.client.waitFor("Alice's lantern burns on.");
    assertEveryoneConnected();
  });
});
