// Plugin tables on both databases: migration steps recorded once, upgrades running only what is
// new, a failing upgrade rolled back whole, and the table operations with their types.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { errorCode } from '../../../core/errors.js';
import { type PluginManifest, parseManifest } from '../../../core/plugins/manifest.js';
import { appliedMigrations, applyPluginSchema, pluginTables } from '../../../core/plugins/plugin-schema.js';
import { SqlPluginTables } from '../../../core/plugins/plugin-tables.js';
import { sqlStateOf } from '../../../core/plugins/host-functions/tables.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

function manifest(version: string, tableLines: string[]): PluginManifest {
  return parseManifest(
    ['name: ledger-test', `version: ${version}`, 'interface: 2', 'description: Tables.', 'wasm: x.wasm', 'capabilities: [db:migrate]', 'schema:', '  tables:', ...tableLines].join('\n'),
    'test/ledger-test.yaml',
  );
}

const V1 = [
  '    - name: entries',
  '      primary_key: [name]',
  '      indexes: [[rank]]',
  '      columns:',
  '        - { name: name, type: text }',
  '        - { name: rank, type: integer }',
  '        - { name: "order", type: bigint, nullable: true }',
  '        - { name: data, type: jsonb, default: "{}" }',
  '        - { name: at, type: timestamptz, default: now }',
  '        - { name: live, type: boolean, default: true }',
];
const V2 = [...V1, '        - { name: note, type: text, default: "" }'];
const V3_BROKEN = [...V2, '        - { name: must, type: text }'];

async function tableExists(database: TestDatabase, name: string): Promise<boolean> {
  const result = (await database.handle.db.execute(sql`select to_regclass(${name}) is not null as present`)) as unknown as { rows: Array<{ present: boolean }> };
  return result.rows[0]!.present;
}

for (const driver of availableDrivers()) {
  describe(`plugin tables on ${driver}`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await openTestDatabase(driver);
    });
    after(() => database.dispose());

    it('creates the tables once and records each step in the ledger', async () => {
      const first = await applyPluginSchema(database.handle.db, manifest('1.0.0', V1));
      assert.ok(first.includes('table:entries') && first.includes('index:entries:rank'));
      assert.equal(await tableExists(database, '"plugin_ledger_test$entries"'), true);
      assert.deepEqual(await applyPluginSchema(database.handle.db, manifest('1.0.0', V1)), [], 'a restart runs nothing');
    });

    it('reads and writes rows with their types, including reserved-word columns', async () => {
      const table = pluginTables(manifest('1.0.0', V1)).get('entries')!;
      const tables = new SqlPluginTables(database.handle.db);
      const inserted = await tables.insert(table, { name: 'caf\u00e9 \u{1F525}', rank: 2, order: 9_007_199_254_740_991, data: { a: [1, 'é'] } });
      assert.equal(inserted['name'], 'caf\u00e9 \u{1F525}');
      assert.equal(inserted['order'], 9_007_199_254_740_991, 'bigint comes back as a number');
      assert.deepEqual(inserted['data'], { a: [1, 'é'] });
      assert.equal(inserted['live'], true);
      assert.match(String(inserted['at']), /^\d{4}-\d\d-\d\dT/, 'timestamps come back as ISO text');
      await tables.insert(table, { name: 'b', rank: 1 });
      const ordered = await tables.select(table, { where: {}, orderBy: [{ column: 'rank', descending: false }], limit: 10 });
      assert.deepEqual(ordered.map((row) => row['name']), ['b', 'caf\u00e9 \u{1F525}']);
      const { before: old, after: changed } = await tables.update(table, { name: 'b' }, { rank: 5, order: null });
      assert.equal(old[0]!['rank'], 1);
      assert.equal(changed[0]!['rank'], 5);
      const upserted = await tables.upsert(table, { name: 'b', rank: 6 });
      assert.equal(upserted.before!['rank'], 5);
      assert.equal(upserted.after['rank'], 6);
      await tables.restore(table, old);
      assert.equal((await tables.select(table, { where: { name: 'b' }, orderBy: [], limit: 1 }))[0]!['rank'], 1, 'restore puts whole rows back');
      const removed = await tables.delete(table, { order: null });
      assert.deepEqual(removed.map((row) => row['name']), ['b'], 'null in where means "is null"');
      await tables.removeByKey(table, [inserted]);
      assert.deepEqual(await tables.select(table, { where: {}, orderBy: [], limit: 10 }), []);
    });

    it('a duplicate key is refused by the database, and the table keeps serving', async () => {
      const table = pluginTables(manifest('1.0.0', V1)).get('entries')!;
      const tables = new SqlPluginTables(database.handle.db);
      await tables.insert(table, { name: 'once', rank: 1 });
      await assert.rejects(tables.insert(table, { name: 'once', rank: 2 }), (error: unknown) => sqlStateOf(error) === '23505');
      assert.equal((await tables.select(table, { where: { name: 'once' }, orderBy: [], limit: 5 })).length, 1);
    });

    it('an upgrade runs only the new steps', async () => {
      const ran = await applyPluginSchema(database.handle.db, manifest('1.1.0', V2));
      assert.deepEqual(ran, ['column:entries.note']);
      const ledger = await appliedMigrations(database.handle.db, 'ledger-test');
      assert.equal(ledger.find((entry) => entry.migration === 'column:entries.note')?.version, '1.1.0');
      assert.equal(ledger.find((entry) => entry.migration === 'table:entries')?.version, '1.0.0');
    });

    it('a failing upgrade changes nothing and says which step failed', async () => {
      // A NOT NULL column without a default cannot be added to a table that has rows.
      const before = await appliedMigrations(database.handle.db, 'ledger-test');
      await assert.rejects(applyPluginSchema(database.handle.db, manifest('2.0.0', [...V3_BROKEN, '        - { name: other, type: text, default: x }'])), (error: unknown) => {
        assert.equal(errorCode(error), 'E_PLUGIN_MIGRATION');
        assert.match((error as Error).message, /ledger-test.*column:entries\.must/);
        return true;
      });
      assert.deepEqual(await appliedMigrations(database.handle.db, 'ledger-test'), before);
      const columns = (await database.handle.db.execute(
        sql`select column_name from information_schema.columns where table_name = 'plugin_ledger_test$entries' and column_name in ('must', 'other')`,
      )) as unknown as { rows: unknown[] };
      assert.deepEqual(columns.rows, [], 'no step of the failed upgrade is left behind');
    });
  });
}

describe('plugin table manifests', () => {
  it('refuse names that would make too long a table name, and a table without db:migrate', () => {
    const longName = `a${'b'.repeat(31)}`;
    assert.throws(
      () =>
        parseManifest(
          `name: ${longName}\nversion: 1.0.0\ninterface: 2\ndescription: x\nwasm: x.wasm\ncapabilities: [db:migrate]\nschema:\n  tables:\n    - { name: ${'t'.repeat(32)}, columns: [{ name: a, type: text }] }`,
          'long.yaml',
        ),
      (error: unknown) => errorCode(error) === 'E_MANIFEST_INVALID' && /longer than/.test((error as Error).message),
    );
    assert.throws(
      () =>
        parseManifest(
          'name: nodb\nversion: 1.0.0\ninterface: 2\ndescription: x\nwasm: x.wasm\nschema:\n  tables:\n    - { name: t, columns: [{ name: a, type: text }] }',
          'nodb.yaml',
        ),
      (error: unknown) => errorCode(error) === 'E_MANIFEST_INVALID' && /db:migrate/.test((error as Error).message),
    );
  });

  it('refuse defaults of the wrong type and a column called row_id', () => {
    for (const column of ['{ name: a, type: integer, default: "x" }', '{ name: a, type: timestamptz, default: "2020" }', '{ name: row_id, type: text }']) {
      assert.throws(
        () => manifest('1.0.0', ['    - name: t', `      columns: [${column}]`]),
        (error: unknown) => errorCode(error) === 'E_MANIFEST_INVALID',
        column,
      );
    }
  });
});
