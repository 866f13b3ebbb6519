import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode, type ManifestInvalidError } from '../../../../core/errors.js';
import { parseManifest } from '../../../../core/plugins/manifest.js';

const FILE = '/plugins/manifests/sample.yaml';
const BASE = ['name: sample', 'version: 1.2.3', 'interface: 2', 'description: A sample.', 'wasm: ../build/sample.wasm'];

function manifest(...extra: string[]): string {
  return [...BASE, ...extra].join('\n');
}

function refusal(text: string): ManifestInvalidError {
  try {
    parseManifest(text, FILE);
  } catch (error) {
    assert.equal(errorCode(error), 'E_MANIFEST_INVALID');
    return error as ManifestInvalidError;
  }
  assert.fail('the manifest was accepted');
}

describe('parseManifest', () => {
  it('reads a full manifest, resolving the wasm path and filling defaults', () => {
    const parsed = parseManifest(
      manifest(
        'priority: 50',
        'capabilities: [emit:location:*, read:locations, db:migrate, "events:*"]',
        'depends: ["core-utils >= 1.0.0", other]',
        'schema:',
        '  attributes: [{ name: mood, on: character, type: string, default: calm }]',
        '  tables: [{ name: channels, columns: [{ name: name, type: text }], primary_key: [name] }]',
        'commands:',
        '  - { name: Say, aliases: ["\\""], pattern: "say <message>", description: Say it., handler: cmd_say }',
        'events: [{ types: [say], handler: on_say }]',
        'config: { greeting: hi, retries: 3 }',
        'timeout_ms: 1000',
      ),
      FILE,
    );
    assert.equal(parsed.wasmPath, '/plugins/build/sample.wasm');
    assert.equal(parsed.priority, 50);
    assert.equal(parsed.enabledByDefault, true);
    assert.deepEqual(parsed.depends, [{ name: 'core-utils', range: '>= 1.0.0' }, { name: 'other', range: '*' }]);
    assert.equal(parsed.commands[0]?.name, 'say', 'command names are lower-cased');
    assert.equal(parseManifest(manifest('commands: [{ name: +Finger, description: x, handler: h }]'), FILE).commands[0]?.name, '+finger', 'MUSH-style +commands');
    assert.equal(parsed.commands[0]?.role, 'player');
    assert.deepEqual(parsed.events[0]?.streams, ['*']);
    assert.deepEqual(parsed.config, { greeting: 'hi', retries: '3' });
    assert.equal(parsed.timeoutMs, 1000);
  });

  it('names the file, the field and the reason', () => {
    const cases: Array<[string, RegExp]> = [
      [manifest('surprise: 1'), /sample\.yaml: \(manifest\): unknown field \(surprise\)/],
      [manifest('capabilities: [emit:location:*, fly:away]'), /capabilities\[1\]: unknown capability "fly:away"/],
      [BASE.map((line) => line.replace('1.2.3', 'one')).join('\n'), /version: must be a semantic version/],
      [manifest('commands: [{ name: say, description: x, handler: "bad-name" }]'), /commands\[0\]\.handler/],
      [manifest('schema: { tables: [{ name: t, columns: [{ name: a, type: text }] }] }'), /schema: .*needs the "db:migrate" capability/],
      [manifest('depends: ["sample"]'), /depends\[0\]: a plugin cannot name itself/],
      [manifest('depends: ["other >= banana"]'), /depends\[0\]: "banana"|depends\[0\]: ">= banana"/],
      [manifest('commands: [{ name: go, description: x, handler: a }, { name: walk, aliases: [go], description: y, handler: b }]'), /commands\[1\]: "go" is already used/],
      [manifest('events: [{ types: ["Not A Type"], handler: h }]'), /events\[0\]\.types\[0\]/],
      [manifest('timeout_ms: 15'), /timeout_ms/],
      [manifest('fuel: 10'), /fuel/],
      [manifest('events: [{ types: [whisper, page], streams: ["*"], handler: h }]'), /events\[0\]\.streams\[0\]: subscribes to "\*", which needs the capability "events:\*"/],
      [manifest('capabilities: ["events:location:*"]', 'events: [{ types: [say], streams: ["location:*", "channel:staff"], handler: h }]'), /events\[0\]\.streams\[1\]: subscribes to "channel:staff"/],
      [manifest('commands: [{ name: "two words", description: x, handler: h }]'), /commands\[0\]\.name/],
      [manifest('commands: [{ name: "+@who", description: x, handler: h }]'), /commands\[0\]\.name/],
      [manifest('commands: [{ name: "++who", description: x, handler: h }]'), /commands\[0\]\.name/],
      [manifest('commands: [{ name: "+", aliases: ["+9lives"], description: x, handler: h }]'), /commands\[0\]\.aliases\[0\]/],
      [manifest('commands: [{ name: "+", aliases: ["++bb"], description: x, handler: h }]'), /commands\[0\]\.aliases\[0\]/],
      [manifest('commands: [{ name: "+1bb", description: x, handler: h }]'), /commands\[0\]\.name/],
      [manifest('commands: [{ name: "@+bb", description: x, handler: h }]'), /commands\[0\]\.name/],
      [manifest('commands: [{ name: mix, pattern: "mix <a><b>", description: x, handler: h }]'), /commands\[0\]\.pattern: Invalid command pattern: /],
    ];
    for (const [text, pattern] of cases) assert.match(refusal(text).message, pattern);
  });

  it('takes words starting with "+", as MUSH softcode commands do, beside the "+" prefix', () => {
    const parsed = parseManifest(
      manifest(
        'commands:',
        '  - { name: "+", pattern: "+<channel> <message>", description: Talk., handler: cmd_channel_talk }',
        '  - { name: "+BBread", aliases: ["+bbr"], pattern: "+bbread [<board>]", description: Read., handler: cmd_bbread }',
      ),
      FILE,
    );
    assert.deepEqual(parsed.commands.map((command) => [command.name, command.aliases]), [['+', []], ['+bbread', ['+bbr']]]);
  });

  it('reads web pages, which need web:pages, one handler a path', () => {
    const parsed = parseManifest(
      manifest('capabilities: ["web:pages"]', 'pages:', '  - { path: "", handler: page_index }', '  - { path: log.txt, handler: page_log_txt, description: The log as text. }'),
      FILE,
    );
    assert.deepEqual(parsed.pages, [
      { path: '', handler: 'page_index' },
      { path: 'log.txt', handler: 'page_log_txt', description: 'The log as text.' },
    ]);
    assert.deepEqual(parseManifest(manifest(), FILE).pages, [], 'pages are optional');
    const cases: Array<[string, RegExp]> = [
      [manifest('pages: [{ path: log, handler: page_log }]'), /pages: serves web pages, which needs the "web:pages" capability/],
      [manifest('capabilities: ["web:pages"]', 'pages: [{ path: log, handler: a }, { path: log, handler: b }]'), /pages\[1\]\.path: "log" is served twice/],
      [manifest('capabilities: ["web:pages"]', 'pages: [{ path: "../etc", handler: a }]'), /pages\[0\]\.path: must be empty/],
      [manifest('capabilities: ["web:pages"]', 'pages: [{ path: "a/b", handler: a }]'), /pages\[0\]\.path/],
      [manifest('capabilities: ["web:pages"]', 'pages: [{ path: "Log", handler: a }]'), /pages\[0\]\.path/],
      [manifest('capabilities: ["web:pages"]', 'pages: [{ path: log, handler: "not a name" }]'), /pages\[0\]\.handler/],
      [manifest('capabilities: ["web:pages"]', 'pages: [{ path: log, handler: a, type: script }]'), /pages\[0\]: unknown field \(type\)/],
      [manifest('capabilities: ["web:page"]'), /unknown capability "web:page"/],
    ];
    for (const [text, pattern] of cases) assert.match(refusal(text).message, pattern);
  });

  it('refuses what is not a YAML mapping, and YAML bombs', () => {
    assert.match(refusal('- just\n- a list').message, /must be a YAML mapping/);
    assert.match(refusal('name: [unclosed').message, /is not valid YAML/);
    assert.match(refusal('').message, /must be a YAML mapping/);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 60 }, (_, i) => `b${i}: [*a,*a,*a,*a,*a,*a,*a,*a,*a]`)].join('\n');
    assert.match(refusal(bomb).message, /is not valid YAML|alias/i);
    assert.match(refusal('x'.repeat(300 * 1024)).message, /larger than/);
  });

  it('says where YAML broke without quoting the file, which may not be a manifest at all', () => {
    assert.match(refusal('name: ok\nname: twice').message, /is not valid YAML at line 2, column 1 \(DUPLICATE_KEY\)$/);
    const aliased = refusal('password: *hunter2alias\n').message;
    assert.match(aliased, /is not valid YAML/);
    assert.doesNotMatch(aliased, /hunter2/);
  });
});
