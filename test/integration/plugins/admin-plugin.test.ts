import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServerStats } from '../../../core/plugins/host-services.js';
import type { PluginReport } from '../../../core/plugins/plugin-report.js';
import { type CommandResult, PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'manifests/admin.yaml';
const LONG_NAME = 'x'.repeat(500);
const PLUGIN_USAGE =
  'Usage: @plugin/list, @plugin/info <name>, @plugin/enable <name>, @plugin/disable <name>, @plugin/install <path>, @plugin/reload <name>, @plugin/config <name> [<key>=<value>] or @plugin/remove <name>.';

function report(name: string, fields: Partial<PluginReport> = {}): PluginReport {
  return {
    name,
    version: '1.0.0',
    description: `The ${name} plugin.`,
    priority: 100,
    enabled: true,
    status: 'ready',
    lastError: null,
    crashCount: 0,
    nextRetryAt: null,
    calls: 0,
    errors: 0,
    p50Ms: 0,
    p99Ms: 0,
    commands: [],
    config: {},
    source: 'bundled',
    file: `manifests/${name}.yaml`,
    ...fields,
  };
}

/** A command that answered with an error and applied nothing. */
function assertRefused(result: CommandResult, error: string): void {
  assert.equal(result.failure, undefined, result.failure?.message);
  assert.equal(result.error, error);
  assert.equal(result.output, undefined);
  assert.deepEqual(result.events, []);
  assert.deepEqual(result.sends, []);
}

/** A line the core refused before the plugin ran, as a usage error. */
function assertUsage(result: CommandResult, message: string): void {
  assert.equal(result.failure?.code, 'E_COMMAND_USAGE');
  assert.equal(result.failure?.message, message);
  assert.deepEqual(result.events, []);
}

describe('the admin plugin, in the harness', () => {
  let harness: PluginHarness;
  let alice: number;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    alice = harness.world.addCharacter('Alice', { role: 'admin' }).id;
  });
  after(() => harness.close());

  describe('@boot', () => {
    it('boots a connected character by name, any case, and says so', async () => {
      const bob = harness.world.addCharacter('Bob').id;
      const result = await harness.command('@boot bob', alice);
      assert.equal(result.error, undefined);
      assert.equal(result.output, 'You booted Bob.');
      assert.deepEqual(harness.admin.boots, [{ characterId: bob, message: 'You have been booted by Alice.' }]);
      assert.equal(harness.world.byId(bob)?.connected, false);
      assert.deepEqual(result.events, []);
    });

    it('boots a character with a non-ASCII name', async () => {
      const zoe = harness.world.addCharacter('Zoë ✓').id;
      const result = await harness.command('@boot zoë ✓', alice);
      assert.equal(result.output, 'You booted Zoë ✓.');
      assert.deepEqual(harness.admin.boots.at(-1), { characterId: zoe, message: 'You have been booted by Alice.' });
    });

    it('refuses unknown names, offline characters and booting yourself, booting no one', async () => {
      harness.world.addCharacter('Dora', { connected: false });
      const before = harness.admin.boots.length;
      assertRefused(await harness.command('@boot Nobody', alice), 'I don\'t recognize "Nobody".');
      assertRefused(await harness.command('@boot dora', alice), 'Dora is not connected.');
      assertRefused(await harness.command('@boot Alice', alice), "You can't boot yourself.");
      assert.equal(harness.admin.boots.length, before);
      assert.equal(harness.world.byId(alice)?.connected, true);
    });

    it('treats hostile names as names it does not recognize', async () => {
      for (const name of [LONG_NAME, '🔥', 'Dora\u0007', '\u202ealiceR', 'e\u0301\u0301\u0301']) {
        assertRefused(await harness.command(`@boot ${name}`, alice), `I don't recognize "${name}".`);
      }
      assertUsage(await harness.command('@boot', alice), 'Usage: @boot <name>');
      assertUsage(await harness.command('@boot    ', alice), 'Usage: @boot <name>');
    });
  });

  describe('@shutdown', () => {
    it('asks the server to shut down, telling everyone who did it and why', async () => {
      const result = await harness.command('@shutdown Upgrading: café ✓ 🔥', alice);
      assert.equal(result.output, 'Shutting down Hearth.');
      assert.deepEqual(harness.admin.shutdowns.at(-1), 'Alice has shut Hearth down: Upgrading: café ✓ 🔥');
      assert.deepEqual(result.events, []);
    });

    it('has a farewell when no reason is given', async () => {
      const result = await harness.command('@shutdown', alice);
      assert.equal(result.output, 'Shutting down Hearth.');
      assert.equal(harness.admin.shutdowns.at(-1), 'Alice has shut Hearth down. Come back soon.');
    });

    it('takes the longest reason the server accepts and refuses a longer one, shutting nothing down', async () => {
      // "Alice has shut Hearth down: " leaves 972 of the server's 1000 characters for the reason.
      await harness.command(`@shutdown ${'r'.repeat(972)}`, alice);
      assert.equal(harness.admin.shutdowns.at(-1), `Alice has shut Hearth down: ${'r'.repeat(972)}`);
      const count = harness.admin.shutdowns.length;
      assertRefused(await harness.command(`@shutdown ${'r'.repeat(973)}`, alice), 'That reason is too long; keep it to at most 972 characters.');
      assert.equal(harness.admin.shutdowns.length, count);
    });
  });

  describe('@stats', () => {
    it('shows uptime, players, world size, events and an aligned plugin table', async () => {
      const real = harness.admin.stats.bind(harness.admin);
      harness.admin.stats = async (): Promise<ServerStats> => ({
        startedAt: '2024-01-01T00:00:00.000Z',
        uptimeSeconds: 2 * 86400 + 3 * 3600 + 4 * 60 + 5,
        connectedPlayers: 2,
        connections: 3,
        accounts: 5,
        objects: { room: 3, exit: 4, thing: 1, character: 2 },
        events: 1234,
        plugins: [report('admin', { calls: 12, p50Ms: 0.44, p99Ms: 1.26 }), report('navigation', { status: 'error', calls: 1500, errors: 3, p50Ms: 2, p99Ms: 17.96 })],
      });
      try {
        const result = await harness.command('@stats', alice);
        assert.equal(
          result.output,
          [
            'Uptime:            2d 3h 4m 5s',
            'Connected players: 2',
            'Connections:       3',
            'Accounts:          5',
            'World:             3 rooms, 4 exits, 1 thing, 2 characters',
            'Events stored:     1234',
            'Plugin      Status  Calls  Errors  p50 ms  p99 ms',
            'admin       ready      12       0     0.4     1.3',
            'navigation  error    1500       3     2.0    18.0',
          ].join('\n'),
        );
      } finally {
        harness.admin.stats = real;
      }
    });

    it('leaves out leading units of uptime that are zero', async () => {
      const real = harness.admin.stats.bind(harness.admin);
      try {
        for (const [seconds, shown] of [[0, '0s'], [59, '59s'], [245, '4m 5s'], [3600, '1h 0m 0s'], [86400, '1d 0h 0m 0s']] as const) {
          harness.admin.stats = async () => ({ ...(await real()), uptimeSeconds: seconds });
          const result = await harness.command('@stats', alice);
          assert.equal(result.output?.split('\n')[0], `Uptime:            ${shown}`);
        }
      } finally {
        harness.admin.stats = real;
      }
    });

    it('reports what the server counts', async () => {
      harness.admin.reports = [];
      const counts = harness.world.counts();
      const result = await harness.command('@stats', alice);
      const lines = result.output?.split('\n') ?? [];
      assert.match(lines[0] ?? '', /^Uptime: {12}\d+s$/);
      assert.deepEqual(lines.slice(1), [
        `Connected players: ${harness.world.connectedCount()}`,
        `Connections:       ${harness.world.connectedCount()}`,
        `Accounts:          ${counts.character}`,
        `World:             ${counts.room} room, ${counts.exit} exits, ${counts.thing} things, ${counts.character} characters`,
        'Events stored:     0',
        'Plugin  Status  Calls  Errors  p50 ms  p99 ms',
      ]);
    });

    it('says whether the database can be reached, and how often it could not', async () => {
      const real = harness.admin.stats.bind(harness.admin);
      try {
        const database = { driver: 'postgres', state: 'available' as const, since: '2024-01-01T00:00:00.000Z', outages: 2, lastError: 'connect ECONNREFUSED' };
        harness.admin.stats = async () => ({ ...(await real()), database });
        const lines = (await harness.command('@stats', alice)).output?.split('\n') ?? [];
        assert.equal(lines.find((line) => line.startsWith('Database:')), 'Database:          postgres, available (2 outages since start)');
        harness.admin.stats = async () => ({ ...(await real()), database: { ...database, outages: 0 } });
        const calm = (await harness.command('@stats', alice)).output?.split('\n') ?? [];
        assert.equal(calm.find((line) => line.startsWith('Database:')), 'Database:          postgres, available');
      } finally {
        harness.admin.stats = real;
      }
    });

    it('takes no arguments', async () => {
      assertUsage(await harness.command('@stats now', alice), 'Usage: @stats');
    });
  });

  describe('@wall', () => {
    it('announces on the system stream with nothing more to say', async () => {
      const result = await harness.command('@wall The server restarts soon.', alice);
      assert.equal(result.error, undefined);
      assert.equal(result.output, undefined);
      assert.equal(result.events.length, 1);
      const [wall] = result.events;
      assert.equal(wall?.stream, 'system');
      assert.equal(wall?.type, 'wall');
      assert.deepEqual(wall?.actor, { kind: 'character', id: String(alice) });
      assert.deepEqual(wall?.payload, {
        name: 'Alice',
        message: 'The server restarts soon.',
        text: 'Announcement: Alice shouts, "The server restarts soon."',
      });
    });

    it('carries non-ASCII, quotes, backslashes and control characters intact', async () => {
      for (const message of ['café ✓ 🔥 שלום e\u0301', 'He said "hi" \\o/', 'tab\there \u0007bell \u001b[31mred']) {
        const result = await harness.command(`@wall ${message}`, alice);
        assert.equal(result.events.length, 1, message);
        assert.equal(result.events[0]?.payload['message'], message);
        assert.equal(result.events[0]?.payload['text'], `Announcement: Alice shouts, "${message}"`);
      }
    });

    it('needs a message', async () => {
      assertUsage(await harness.command('@wall', alice), 'Usage: @wall <message>');
    });
  });

  describe('@role', () => {
    it('sets a role, ignoring case, and says what the character now is', async () => {
      const carl = harness.world.addCharacter('Carl').id;
      assert.equal((await harness.command('@role Carl=builder', alice)).output, 'Carl is now a builder.');
      assert.equal(harness.world.byId(carl)?.role, 'builder');
      assert.equal((await harness.command('@role carl = ADMIN', alice)).output, 'Carl is now an admin.');
      assert.equal(harness.world.byId(carl)?.role, 'admin');
      assert.equal((await harness.command('@role Carl=Player', alice)).output, 'Carl is now a player.');
      assert.equal(harness.world.byId(carl)?.role, 'player');
      assert.equal((await harness.command('@role Carl=player', alice)).output, 'Carl is already a player.');
    });

    it('refuses a role Hearth does not have and names it cannot find, changing nothing', async () => {
      const erin = harness.world.addCharacter('Erin').id;
      for (const role of ['wizard', 'god', '🔥', 'admin\u0000', 'ａｄｍｉｎ']) {
        assertRefused(await harness.command(`@role Erin=${role}`, alice), 'Roles are player, builder and admin.');
      }
      assertRefused(await harness.command('@role Nobody=builder', alice), 'I don\'t recognize "Nobody".');
      assertRefused(await harness.command(`@role ${LONG_NAME}=builder`, alice), `I don't recognize "${LONG_NAME}".`);
      assert.equal(harness.world.byId(erin)?.role, 'player');
    });

    it('will not let an admin take away their own admin role', async () => {
      for (const role of ['builder', 'player']) {
        assertRefused(await harness.command(`@role alice=${role}`, alice), "You can't take away your own admin role.");
      }
      assert.equal(harness.world.byId(alice)?.role, 'admin');
      assert.equal((await harness.command('@role Alice=admin', alice)).output, 'Alice is already an admin.');
    });

    it('needs a name and a role', async () => {
      for (const line of ['@role', '@role Erin', '@role =admin', '@role Erin=']) assertUsage(await harness.command(line, alice), 'Usage: @role <name>=<role>');
    });
  });

  describe('@plugin', () => {
    const fresh = (): PluginReport[] => [
      report('admin', { priority: 50, calls: 12, commands: ['@boot', '@stats'] }),
      report('echo', { priority: 200, enabled: false, status: 'disabled' }),
      report('navigation', {
        version: '2.10.1',
        config: { speed: 'brisk' },
        source: 'installed',
        status: 'error',
        calls: 1500,
        errors: 3,
        crashCount: 4,
        lastError: 'EXTISM: call canceled due to timeout',
        nextRetryAt: '2024-05-01T12:00:30.000Z',
        p50Ms: 0.25,
        p99Ms: 4.04,
        commands: ['go', 'look'],
      }),
      report('(broken.yaml)', { version: null, priority: null, enabled: false, status: 'error', lastError: 'manifests/broken.yaml: name is missing' }),
    ];

    it('lists every plugin in aligned columns', async () => {
      harness.admin.reports = fresh();
      const result = await harness.command('@plugin/list', alice);
      assert.equal(
        result.output,
        [
          'Plugin         Version  Status    State     Priority  Calls  Errors',
          'admin          1.0.0    ready     enabled         50     12       0',
          'echo           1.0.0    disabled  disabled       200      0       0',
          'navigation     2.10.1   error     enabled        100   1500       3',
          '(broken.yaml)  -        error     disabled         -      0       0',
        ].join('\n'),
      );
      harness.admin.reports = [];
      assert.equal((await harness.command('@plugin/list', alice)).output, 'No plugins are installed.');
    });

    it('shows everything about one plugin, including its last error, crashes and next retry', async () => {
      harness.admin.reports = fresh();
      const result = await harness.command('@plugin/info Navigation', alice);
      assert.equal(
        result.output,
        [
          'Plugin:      navigation',
          'Version:     2.10.1',
          'Description: The navigation plugin.',
          'Status:      error',
          'State:       enabled',
          'Priority:    100',
          'Calls:       1500',
          'Errors:      3',
          'Call time:   p50 0.3 ms, p99 4.0 ms',
          'Crashes:     4',
          'Last error:  EXTISM: call canceled due to timeout',
          'Next retry:  2024-05-01T12:00:30.000Z',
          'Commands:    go, look',
          'Settings:    speed=brisk',
          'Source:      installed',
          'Manifest:    manifests/navigation.yaml',
        ].join('\n'),
      );
    });

    it('leaves out a last error and retry time that are not set', async () => {
      harness.admin.reports = fresh();
      const result = await harness.command('@plugin/info echo', alice);
      assert.equal(
        result.output,
        [
          'Plugin:      echo',
          'Version:     1.0.0',
          'Description: The echo plugin.',
          'Status:      disabled',
          'State:       disabled',
          'Priority:    200',
          'Calls:       0',
          'Errors:      0',
          'Call time:   p50 0.0 ms, p99 0.0 ms',
          'Crashes:     0',
          'Commands:    -',
          'Settings:    -',
          'Source:      bundled',
          'Manifest:    manifests/echo.yaml',
        ].join('\n'),
      );
    });

    it('installs, reloads, configures and removes plugins, as the host records', async () => {
      harness.admin.reports = fresh();
      harness.admin.pluginActions.length = 0;
      assert.equal((await harness.command('@plugin/install /srv/incoming/admin', alice)).output, 'Installed admin 1.0.0; it is ready.');
      assert.equal((await harness.command('@plugin/reload echo', alice)).output, 'Plugin echo 1.0.0 reloaded; it is disabled.');
      assert.equal(
        (await harness.command('@plugin/config navigation speed = slow and steady', alice)).output,
        'Plugin navigation: speed is now "slow and steady"; it restarted and is error.',
      );
      assert.equal((await harness.command('@plugin/config navigation', alice)).output, 'Settings of navigation:\n  speed=slow and steady');
      assert.equal((await harness.command('@plugin/config echo', alice)).output, 'Plugin echo has no settings.');
      assert.equal((await harness.command('@plugin/remove echo', alice)).output, 'Plugin echo removed; its tables and data are kept.');
      assert.deepEqual(harness.admin.pluginActions, ['install /srv/incoming/admin', 'reload echo', 'config navigation speed=slow and steady', 'remove echo']);
      assertRefused(await harness.command('@plugin/config navigation speed', alice), 'Usage: @plugin/config <name> <key>=<value>, e.g. @plugin/config greet greeting=Howdy');
      assertRefused(await harness.command('@plugin/remove ghost', alice), 'No plugin is called "ghost".');
      assertRefused(await harness.command('@plugin/install', alice), 'Usage: @plugin/install <path>');
    });

    it('enables and disables plugins, as the host records', async () => {
      harness.admin.reports = fresh();
      const before = harness.admin.pluginChanges.length;
      assert.equal((await harness.command('@plugin/enable echo', alice)).output, 'Plugin echo enabled.');
      assert.equal((await harness.command('@plugin/disable NAVIGATION', alice)).output, 'Plugin navigation disabled; its commands no longer answer.');
      assert.deepEqual(harness.admin.pluginChanges.slice(before), [
        { name: 'echo', enabled: true },
        { name: 'navigation', enabled: false },
      ]);
      assert.equal(harness.admin.reports.find((entry) => entry.name === 'echo')?.enabled, true);
      assert.equal(harness.admin.reports.find((entry) => entry.name === 'navigation')?.status, 'disabled');
    });

    it('says when a plugin it enabled still failed to load', async () => {
      const real = harness.admin.setPluginEnabled.bind(harness.admin);
      harness.admin.reports = fresh();
      harness.admin.setPluginEnabled = async (name, enabled) => ({
        ...(await real(name, enabled)),
        status: 'error',
        lastError: 'Its wasm file plugins/echo/build/echo.wasm is missing; build the plugin first.',
      });
      try {
        const result = await harness.command('@plugin/enable echo', alice);
        assert.equal(result.output, 'Plugin echo enabled, but it failed to load: Its wasm file plugins/echo/build/echo.wasm is missing; build the plugin first.');
      } finally {
        harness.admin.setPluginEnabled = real;
      }
    });

    it('refuses to disable itself and unknown plugins with the host\'s words, changing nothing', async () => {
      harness.admin.reports = fresh();
      const before = harness.admin.pluginChanges.length;
      assertRefused(await harness.command('@plugin/disable admin', alice), 'Plugin "admin" cannot disable itself.');
      assertRefused(await harness.command('@plugin/enable nowhere', alice), 'No plugin is called "nowhere".');
      assertRefused(await harness.command('@plugin/disable nowhere', alice), 'No plugin is called "nowhere".');
      assertRefused(await harness.command('@plugin/info nowhere', alice), 'No plugin is called "nowhere".');
      assert.equal(harness.admin.pluginChanges.length, before);
      assert.equal(harness.admin.reports.find((entry) => entry.name === 'admin')?.enabled, true);
    });

    it('answers hostile plugin names as unknown plugins', async () => {
      harness.admin.reports = fresh();
      for (const name of [LONG_NAME, '🔥', 'echo\u0007', '\u202eohce', 'e\u0301cho']) {
        for (const action of ['info', 'enable', 'disable']) {
          assertRefused(await harness.command(`@plugin/${action} ${name}`, alice), `No plugin is called "${name}".`);
        }
      }
      assert.deepEqual(
        harness.admin.reports.map((entry) => [entry.name, entry.enabled]),
        fresh().map((entry) => [entry.name, entry.enabled]),
      );
    });

    it('shows a usage without a switch, and refuses several switches, missing names and extra words', async () => {
      assertRefused(await harness.command('@plugin', alice), PLUGIN_USAGE);
      assertRefused(await harness.command('@plugin echo', alice), PLUGIN_USAGE);
      assertRefused(await harness.command('@plugin/list/info echo', alice), `Use one switch at a time. ${PLUGIN_USAGE}`);
      assertRefused(await harness.command('@plugin/list echo', alice), '@plugin/list takes no name; use @plugin/info <name> for one plugin.');
      for (const action of ['info', 'enable', 'disable']) assertRefused(await harness.command(`@plugin/${action}`, alice), `Usage: @plugin/${action} <name>`);
      assertUsage(await harness.command('@plugin/bogus echo', alice), '@plugin has no /bogus switch. It knows: /list, /info, /enable, /disable, /install, /reload, /config, /remove.');
    });
  });

  it('declares the admin role, a description and help for every command', () => {
    assert.deepEqual(
      harness.manifest.commands.map((command) => command.name),
      ['@boot', '@shutdown', '@stats', '@wall', '@role', '@plugin'],
    );
    for (const command of harness.manifest.commands) {
      assert.equal(command.role, 'admin', command.name);
      assert.ok(command.description.length > 0, command.name);
      assert.ok((command.help ?? '').includes(command.name), command.name);
    }
    assert.equal(harness.manifest.priority, 50);
  });
});

describe('the admin plugin\'s capabilities', () => {
  const DECLARED = ['emit:system', 'read:characters', 'server:admin', 'sessions:manage'];

  /** Loads the plugin without one capability; every capability must be needed by some command. */
  async function without(capability: string): Promise<PluginHarness> {
    const harness = await PluginHarness.load(MANIFEST, { manifest: { capabilities: DECLARED.filter((entry) => entry !== capability) } });
    harness.world.addCharacter('Alice', { role: 'admin' });
    harness.world.addCharacter('Bob');
    return harness;
  }

  async function denied(capability: string, line: string): Promise<PluginHarness> {
    const harness = await without(capability);
    const result = await harness.command(line, 2);
    assert.match(result.error ?? '', new RegExp(capability), `${line} without ${capability}`);
    assert.deepEqual(result.events, []);
    assert.equal(harness.denials().length, 1);
    return harness;
  }

  it('declares exactly the four it uses', async () => {
    const harness = await PluginHarness.load(MANIFEST);
    try {
      assert.deepEqual([...harness.manifest.capabilities].sort(), DECLARED);
    } finally {
      await harness.close();
    }
  });

  it('needs read:characters to find whom to boot', async () => {
    const harness = await denied('read:characters', '@boot Bob');
    assert.deepEqual(harness.admin.boots, []);
    await harness.close();
  });

  it('needs sessions:manage to boot', async () => {
    const harness = await denied('sessions:manage', '@boot Bob');
    assert.deepEqual(harness.admin.boots, []);
    await harness.close();
  });

  it('needs server:admin for statistics, shutdown, roles and plugins', async () => {
    const harness = await denied('server:admin', '@stats');
    harness.admin.reports = [report('echo', { enabled: false, status: 'disabled' })];
    for (const line of ['@shutdown', '@role Bob=builder', '@plugin/list', '@plugin/info echo', '@plugin/enable echo']) {
      assert.match((await harness.command(line, 2)).error ?? '', /server:admin/, line);
    }
    assert.deepEqual(harness.admin.shutdowns, []);
    assert.deepEqual(harness.admin.pluginChanges, []);
    assert.equal(harness.world.byId(3)?.role, 'player');
    await harness.close();
  });

  it('needs emit:system to announce', async () => {
    const harness = await denied('emit:system', '@wall hello');
    await harness.close();
  });
});
