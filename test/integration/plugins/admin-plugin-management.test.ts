// The admin plugin's @plugin command, in the harness: listing, inspecting, enabling, disabling,
// installing, reloading, configuring and removing plugins through the admin port.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PluginReport } from '../../../core/plugins/plugin-report.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { ADMIN_MANIFEST, LONG_NAME, assertRefused, assertUsage, report } from '../../support/admin-plugin-fixtures.js';

const PLUGIN_USAGE =
  'Usage: @plugin/list, @plugin/info <name>, @plugin/enable <name>, @plugin/disable <name>, @plugin/install <path>, @plugin/reload <name>, @plugin/config <name> [<key>=<value>] or @plugin/remove <name>.';

describe('the admin plugin\'s @plugin command, in the harness', () => {
  let harness: PluginHarness;
  let alice: number;
  before(async () => {
    harness = await PluginHarness.load(ADMIN_MANIFEST);
    alice = harness.world.addCharacter('Alice', { role: 'admin' }).id;
  });
  after(() => harness.close());

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
          'Manifest:    plugins/navigation/manifest.yaml',
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
          'Manifest:    plugins/echo/manifest.yaml',
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

    it('answers hostile plugin names as unknown plugins, and one longer than any plugin\'s as too long', async () => {
      harness.admin.reports = fresh();
      for (const name of ['x'.repeat(32), '🔥', 'echo\u0007', '\u202eohce', 'e\u0301cho']) {
        for (const action of ['info', 'enable', 'disable']) {
          assertRefused(await harness.command(`@plugin/${action} ${name}`, alice), `No plugin is called "${name}".`);
        }
      }
      for (const name of ['x'.repeat(33), LONG_NAME]) {
        for (const action of ['info', 'enable', 'disable', 'reload', 'remove']) {
          assertRefused(await harness.command(`@plugin/${action} ${name}`, alice), 'No plugin has a name that long: plugin names are at most 32 characters.');
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
});
