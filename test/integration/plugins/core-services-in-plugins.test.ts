// The host functions behind channels, history, plugin tables and administration, called from a
// real plugin: refused without their capabilities, working with them, confined to the plugin's own
// tables, and undone when the call fails.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { PluginHarness } from '../../harness/plugin-harness.js';
import { loadProbe, probeAnswers } from '../../support/probe-plugin.js';

const NOTES_TABLE = [
  'schema:',
  '  tables:',
  '    - name: notes',
  '      columns:',
  '        - { name: body, type: text }',
  '        - { name: weight, type: integer }',
  '        - { name: written_at, type: timestamptz, default: now }',
];

function probe(capabilities: string[], manifestLines: string[] = []): Promise<PluginHarness> {
  return loadProbe(capabilities, { manifestLines });
}

describe('stream and admin host functions without capabilities', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await probe([]);
  });
  after(() => harness.close());

  it('refuses listening, history and every admin function, changing nothing', async () => {
    const alice = harness.world.addCharacter('Alice');
    const streams = probeAnswers((await harness.command('probe streams', alice.id)).output);
    for (const call of ['listen', 'query_listeners', 'read_history', 'listen_other']) assert.equal(streams.get(call), 'E_CAPABILITY_DENIED', call);
    assert.equal(streams.get('streams_of'), 'ok', 'a plugin may ask, and sees only what it could have set: nothing');
    const admin = probeAnswers((await harness.command('probe admin', alice.id)).output);
    for (const call of ['server_stats', 'query_plugins', 'query_commands', 'set_role', 'boot', 'shutdown', 'disable_self']) {
      assert.equal(admin.get(call), 'E_CAPABILITY_DENIED', call);
    }
    assert.deepEqual(harness.listeners.streamsOf(alice.id), []);
    assert.deepEqual(harness.admin.boots, []);
    assert.deepEqual(harness.admin.shutdowns, []);
    assert.equal(harness.world.byId(alice.id)?.role, 'player');
  });
});

describe('stream and admin host functions with capabilities', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await probe(['listen:channel:*', 'history:channel:*', 'server:admin', 'sessions:manage', 'read:commands']);
  });
  after(() => harness.close());

  it('listens to channels it may, reads their history, and no other stream', async () => {
    const alice = harness.world.addCharacter('Alice');
    const streams = probeAnswers((await harness.command('probe streams', alice.id)).output);
    assert.equal(streams.get('listen'), 'ok');
    assert.equal(streams.get('query_listeners'), 'ok:1');
    assert.equal(streams.get('read_history'), 'ok:0');
    assert.equal(streams.get('listen_other'), 'E_CAPABILITY_DENIED', 'listen:channel:* does not cover a room stream');
    assert.deepEqual(harness.listeners.streamsOf(alice.id), ['channel:probe']);
  });

  it('boots and shuts down only after the call succeeds, and refuses to disable itself', async () => {
    const bob = harness.world.addCharacter('Bob');
    const admin = probeAnswers((await harness.command('probe admin', bob.id)).output);
    for (const call of ['server_stats', 'query_plugins', 'query_commands', 'set_role', 'boot', 'shutdown']) assert.equal(admin.get(call), 'ok', call);
    assert.equal(admin.get('disable_self'), 'E_PLUGIN_SELF');
    assert.deepEqual(harness.admin.boots, [{ characterId: bob.id, message: 'probe boot' }]);
    assert.deepEqual(harness.admin.shutdowns, ['probe shutdown']);
    assert.equal(harness.world.byId(bob.id)?.role, 'builder');
  });

  it('undoes a listen when the call fails afterwards', async () => {
    const carol = harness.world.addCharacter('Carol');
    const result = await harness.command('probe tables-then-fail', carol.id);
    assert.equal(result.error, 'The probe failed after writing.');
    assert.deepEqual(harness.listeners.streamsOf(carol.id), []);
  });
});

describe('look-ups by name from inside a plugin', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await probe(['read:objects', 'read:characters', 'server:admin', 'read:commands']);
  });
  after(() => harness.close());

  it('answer a name longer than any of its kind with E_NAME_TOO_LONG, apart from "not found" and from an invalid call', async () => {
    const alice = harness.world.addCharacter('Alice');
    const answers = probeAnswers((await harness.command('probe names', alice.id)).output);
    assert.deepEqual(Object.fromEntries(answers), {
      object: 'E_OBJECT_NOT_FOUND',
      object_long: 'E_NAME_TOO_LONG',
      character: 'E_OBJECT_NOT_FOUND',
      character_long: 'E_NAME_TOO_LONG',
      plugin: 'E_PLUGIN_UNKNOWN',
      plugin_long: 'E_NAME_TOO_LONG',
      command: 'E_COMMAND_UNKNOWN',
      command_long: 'E_NAME_TOO_LONG',
    });
  });
});

describe('plugin tables from inside a plugin', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await probe(['db:migrate'], NOTES_TABLE);
  });
  after(() => harness.close());

  it('reads and writes its own table with checked columns and types, and no other table', async () => {
    const alice = harness.world.addCharacter('Alice');
    const tables = probeAnswers((await harness.command('probe tables', alice.id)).output);
    assert.equal(tables.get('insert'), 'ok');
    assert.equal(tables.get('query'), 'ok:1');
    assert.equal(tables.get('update'), 'ok');
    assert.equal(tables.get('upsert'), 'ok');
    assert.equal(tables.get('bad_type'), 'E_HOST_CALL_INVALID');
    assert.equal(tables.get('bad_column'), 'E_HOST_CALL_INVALID');
    assert.equal(tables.get('other_table'), 'E_TABLE_UNKNOWN', "another plugin's table is refused");
    assert.equal(tables.get('undeclared'), 'E_TABLE_UNKNOWN');
    assert.equal(tables.get('delete'), 'ok');
    const rows = (await harness.database!.db.execute(sql`select row_id, body, weight, written_at from "plugin_probe$notes" order by row_id`)) as unknown as {
      rows: Array<{ row_id: unknown; body: string; weight: number; written_at: unknown }>;
    };
    assert.deepEqual(
      rows.rows.map((row) => [Number(row.row_id), row.body, row.weight]),
      [[999, 'x', 1]],
      'the weight-4 row was deleted; the upserted row stays',
    );
    const writtenAt = rows.rows[0]!.written_at;
    assert.ok(writtenAt !== null && !Number.isNaN(new Date(writtenAt as string).getTime()), 'the default now() filled the timestamp');
  });

  it('undoes its table writes when the call fails afterwards', async () => {
    const bob = harness.world.addCharacter('Bob');
    const result = await harness.command('probe tables-then-fail', bob.id);
    assert.equal(result.error, 'The probe failed after writing.');
    const rows = (await harness.database!.db.execute(sql`select count(*)::int as n from "plugin_probe$notes" where body = 'never kept'`)) as unknown as {
      rows: Array<{ n: number }>;
    };
    assert.equal(rows.rows[0]!.n, 0);
  });
});

describe('typed attributes from inside a plugin', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await probe(
      ['db:migrate', 'read:objects', 'write:objects'],
      [
        'schema:',
        '  attributes:',
        '    - { name: mood, on: character, type: string }',
        '    - { name: level, on: character, type: number, default: 1 }',
        '    - { name: weather, on: location, type: string, default: clear }',
      ],
    );
  });
  after(() => harness.close());

  it('checks writes against the declared type and kind, and shows defaults until set', async () => {
    const alice = harness.world.addCharacter('Alice');
    const answers = probeAnswers((await harness.command('probe attributes', alice.id)).output);
    assert.equal(answers.get('set_mood'), 'ok');
    assert.equal(answers.get('set_mood_number'), 'E_ATTRIBUTE_INVALID', 'a number in a string attribute is refused');
    assert.equal(answers.get('set_weather_on_character'), 'E_ATTRIBUTE_INVALID', 'a location attribute on a character is refused');
    assert.equal(answers.get('set_free_form'), 'ok', 'undeclared attributes stay free-form');
    assert.equal(answers.get('level'), '1', 'the default shows while unset');
    assert.equal(answers.get('mood'), 'glad');
    assert.deepEqual(harness.world.get(alice.id)!.attributes, { mood: 'glad', anything: [1, 2] }, 'defaults are not written into the object');
  });
});
