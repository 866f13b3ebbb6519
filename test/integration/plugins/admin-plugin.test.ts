import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServerStats } from '../../../core/plugins/host-services.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { ADMIN_MANIFEST, LONG_NAME, assertRefused, assertUsage, report } from '../../support/admin-plugin-fixtures.js';

const TOO_LONG = 'No character has a name that long: character names are at most 100 characters.';

describe('the admin plugin, in the harness', () => {
  let harness: PluginHarness;
  let alice: number;
  before(async () => {
    harness = await PluginHarness.load(ADMIN_MANIFEST);
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

    it('treats hostile names as names it does not recognize, and says one longer than anyone\'s is too long', async () => {
      for (const name of ['x'.repeat(100), '🔥', 'Dora\u0007', '\u202ealiceR', 'e\u0301\u0301\u0301']) {
        assertRefused(await harness.command(`@boot ${name}`, alice), `I don't recognize "${name}".`);
      }
      for (const name of ['x'.repeat(101), LONG_NAME]) assertRefused(await harness.command(`@boot ${name}`, alice), TOO_LONG);
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
      assertRefused(await harness.command(`@role ${LONG_NAME}=builder`, alice), TOO_LONG);
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
    const harness = await PluginHarness.load(ADMIN_MANIFEST, { manifest: { capabilities: DECLARED.filter((entry) => entry !== capability) } });
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
    const harness = await PluginHarness.load(ADMIN_MANIFEST);
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
