// Handlers follow the one naming convention docs/plugin-authoring.md teaches, in every bundled
// plugin, since third-party authors copy them: `cmd_<command>` for a command, `on_<event type>`
// for an event subscription, `on_unmatched` for the unmatched handler. Each plugin's src/index.ts
// exports exactly the handlers its manifest names.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type CommandSpec, type EventSubscriptionSpec, type PageSpec, type PluginManifest, parseManifest } from '../../../../core/plugins/manifest.js';

const pluginsDir = fileURLToPath(new URL('../../../../plugins', import.meta.url));
const bundled = readdirSync(pluginsDir)
  .map((name) => join(pluginsDir, name))
  .filter((folder) => existsSync(join(folder, 'manifest.yaml')))
  .map((folder) => ({ folder, manifest: parseManifest(readFileSync(join(folder, 'manifest.yaml'), 'utf8'), join(folder, 'manifest.yaml')) }));

/** A command word such as `say`, `@dig`, `@plugin-list` or `+bbread`, as opposed to one character such as `+`. */
const COMMAND_WORD = /^[@+]?[a-z0-9][a-z0-9_-]*$/;
/** What a handler for a one-character command is named: for what it does (`cmd_channel_talk`). */
const DESCRIPTIVE_COMMAND_HANDLER = /^cmd_[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** What is wrong with a command's handler name, or '' when it follows the convention. */
function commandHandlerProblem(command: Pick<CommandSpec, 'name' | 'handler'>): string {
  if (COMMAND_WORD.test(command.name)) {
    const expected = `cmd_${command.name.replace(/^[@+]/, '').replaceAll('-', '_')}`;
    return command.handler === expected ? '' : `command ${command.name}: handler ${command.handler} should be ${expected}`;
  }
  return DESCRIPTIVE_COMMAND_HANDLER.test(command.handler) ? '' : `command ${command.name}: handler ${command.handler} should be cmd_<what it does>`;
}

/** What is wrong with an event subscription's handler name, or ''. It may name any of its types. */
function eventHandlerProblem(subscription: Pick<EventSubscriptionSpec, 'types' | 'handler'>): string {
  const expected = subscription.types.map((type) => `on_${type.replace(/[.:-]/g, '_')}`);
  return expected.includes(subscription.handler) ? '' : `events [${subscription.types.join(', ')}]: handler ${subscription.handler} should be ${expected.join(' or ')}`;
}

function unmatchedHandlerProblem(handler: string | undefined): string {
  return handler === undefined || handler === 'on_unmatched' ? '' : `unmatched: handler ${handler} should be on_unmatched`;
}

/** What is wrong with a page's handler name, or '': `page_<path>` (`.` and `-` as `_`), `page_index` for the index. */
function pageHandlerProblem(page: Pick<PageSpec, 'path' | 'handler'>): string {
  const expected = page.path === '' ? 'page_index' : `page_${page.path.replace(/[.-]/g, '_')}`;
  return page.handler === expected ? '' : `page /${page.path}: handler ${page.handler} should be ${expected}`;
}

function problemsOf(manifest: PluginManifest): string[] {
  return [
    ...manifest.commands.map(commandHandlerProblem),
    ...manifest.events.map(eventHandlerProblem),
    ...manifest.pages.map(pageHandlerProblem),
    unmatchedHandlerProblem(manifest.unmatched),
  ].filter((problem) => problem.length > 0);
}

/** Every name src/index.ts exports, whether re-exported (`export { a, b as c } from`) or defined there. */
function exportsOf(indexSource: string): string[] {
  const names: string[] = [];
  for (const [, list] of indexSource.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const item of list!.split(',')) {
      const name = item.trim().split(/\s+as\s+/).at(-1);
      if (name) names.push(name);
    }
  }
  for (const [, name] of indexSource.matchAll(/^export\s+function\s+([A-Za-z_$][\w$]*)/gm)) names.push(name!);
  return names.sort();
}

function handlersOf(manifest: PluginManifest): string[] {
  const handlers = [
    ...manifest.commands.map((command) => command.handler),
    ...manifest.events.map((subscription) => subscription.handler),
    ...manifest.pages.map((page) => page.handler),
  ];
  if (manifest.unmatched !== undefined) handlers.push(manifest.unmatched);
  return [...new Set(handlers)].sort();
}

describe('handler names', () => {
  it('are judged by the convention the docs teach, the odd and hostile cases included', () => {
    for (const fine of [
      { name: 'say', handler: 'cmd_say' },
      { name: '@dig', handler: 'cmd_dig' },
      { name: '@plugin-list', handler: 'cmd_plugin_list' },
      { name: '+', handler: 'cmd_channel_talk' },
      { name: '"', handler: 'cmd_say_quoted' },
      { name: '+bbread', handler: 'cmd_bbread' },
    ]) {
      assert.equal(commandHandlerProblem(fine), '', `${fine.name} -> ${fine.handler}`);
    }
    for (const wrong of [
      { name: 'say', handler: 'say' },
      { name: '@dig', handler: 'dig_command' },
      { name: '@dig', handler: 'cmd_@dig' },
      { name: '@dig', handler: 'cmd_Dig' },
      { name: 'look', handler: 'on_look' },
      { name: 'look', handler: 'cmd_look_' },
      { name: '@plugin-list', handler: 'cmd_plugin-list' },
      { name: '+', handler: 'channel_talk' },
      { name: '+', handler: 'cmd_' },
      { name: '+', handler: 'cmd__talk' },
      { name: '+', handler: 'on_unmatched' },
      { name: '+bbread', handler: 'cmd_+bbread' },
      { name: '+bbread', handler: 'cmd_read' },
    ]) {
      assert.notEqual(commandHandlerProblem(wrong), '', `${wrong.name} -> ${wrong.handler}`);
    }
    assert.equal(eventHandlerProblem({ types: ['say'], handler: 'on_say' }), '');
    assert.equal(eventHandlerProblem({ types: ['say', 'pose'], handler: 'on_pose' }), '');
    assert.equal(eventHandlerProblem({ types: ['channel.message', 'plugin:echo', 'log-in'], handler: 'on_channel_message' }), '');
    assert.equal(eventHandlerProblem({ types: ['log-in'], handler: 'on_log_in' }), '');
    for (const handler of ['say', 'cmd_say', 'on_Say', 'on_speech', 'on_channel.message', 'on_']) {
      assert.notEqual(eventHandlerProblem({ types: ['say', 'channel.message'], handler }), '', handler);
    }
    assert.equal(unmatchedHandlerProblem(undefined), '');
    assert.equal(unmatchedHandlerProblem('on_unmatched'), '');
    for (const handler of ['exit_shortcut', 'cmd_unmatched', 'on_unmatched_exit', '']) assert.notEqual(unmatchedHandlerProblem(handler), '', handler);
    assert.equal(pageHandlerProblem({ path: '', handler: 'page_index' }), '');
    assert.equal(pageHandlerProblem({ path: 'log', handler: 'page_log' }), '');
    assert.equal(pageHandlerProblem({ path: 'log.txt', handler: 'page_log_txt' }), '');
    assert.equal(pageHandlerProblem({ path: 'all-logs', handler: 'page_all_logs' }), '');
    for (const handler of ['page_', 'page_log.txt', 'log_txt', 'cmd_log_txt', 'page_logtxt']) assert.notEqual(pageHandlerProblem({ path: 'log.txt', handler }), '', handler);
  });

  it('in every bundled manifest follow the convention', () => {
    assert.ok(bundled.length >= 7, `found ${bundled.length} bundled plugins`);
    for (const { manifest } of bundled) assert.deepEqual(problemsOf(manifest), [], manifest.name);
    assert.ok(bundled.some(({ manifest }) => manifest.unmatched !== undefined), 'a bundled plugin shows an unmatched handler');
    assert.ok(bundled.some(({ manifest }) => manifest.events.length > 0), 'a bundled plugin shows an event handler');
  });

  it("are what each bundled plugin's src/index.ts exports, and nothing else", () => {
    assert.deepEqual(exportsOf("export { cmd_a } from './a';\nexport { cmd_b, helper as cmd_c } from './b';\nexport function on_say(): i32 {"), ['cmd_a', 'cmd_b', 'cmd_c', 'on_say']);
    for (const { folder, manifest } of bundled) {
      assert.deepEqual(exportsOf(readFileSync(join(folder, 'src', 'index.ts'), 'utf8')), handlersOf(manifest), manifest.name);
    }
  });
});
