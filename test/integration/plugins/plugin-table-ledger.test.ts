// Plugin table names on both databases: plugins whose names used to collide get tables of their
// own, a SQL name another plugin owns is refused at migration, and tables made under the old
// names (messaging's channels, say) are moved with their rows when their plugin next loads.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { pluginMigrations, pluginTableOwners } from '../../../core/db/schema.js';
import { errorCode } from '../../../core/errors.js';
import { type PluginManifest, parseManifest } from '../../../core/plugins/manifest.js';
import { appliedMigrations, applyPluginSchema, migrationSteps, pluginTables } from '../../../core/plugins/plugin-schema.js';
import { pluginTableOwner } from '../../../core/plugins/plugin-table-ledger.js';
import { legacyPluginIndexName, legacyPluginTableName, pluginIndexName, pluginTableName } from '../../../core/plugins/plugin-table-name.js';
import { SqlPluginTables } from '../../../core/plugins/plugin-tables.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

function tableManifest(plugin: string, table: string): PluginManifest {
  return parseManifest(
    [
      `name: ${plugin}`,
      'version: 1.0.0', 'interface: 2',
      'description: Rolls dice.',
      'wasm: x.wasm',
      'capabilities: [db:migrate]',
      'schema:',
      '  tables:',
      `    - name: ${table}`,
      '      indexes: [[who]]',
      '      columns:',
      '        - { name: who, type: text }',
      '        - { name: total, type: integer }',
    ].join('\n'),
    `test/${plugin}.yaml`,
  );
}

/** Makes a plugin's tables as Hearth did before names were unambiguous, steps recorded as it did. */
async function migrateTheOldWay(database: TestDatabase, manifest: PluginManifest): Promise<void> {
  for (const step of migrationSteps(manifest)) {
    let statement = step.sql;
    for (const table of manifest.schema.tables) {
      for (const columns of table.indexes) {
        statement = statement.replaceAll(pluginIndexName(manifest.name, table.name, columns), legacyPluginIndexName(manifest.name, table.name, columns));
      }
      statement = statement.replaceAll(pluginTableName(manifest.name, table.name), legacyPluginTableName(manifest.name, table.name));
    }
    await database.handle.db.execute(sql.raw(statement));
    await database.handle.db.insert(pluginMigrations).values({ plugin: manifest.name, version: manifest.version, migration: step.id });
  }
}

async function relationExists(database: TestDatabase, name: string): Promise<boolean> {
  const result = (await database.handle.db.execute(sql`select to_regclass(${`"${name}"`}) is not null as present`)) as unknown as { rows: Array<{ present: boolean }> };
  return result.rows[0]!.present;
}

for (const driver of availableDrivers()) {
  describe(`plugin table names on ${driver}`, () => {
    let database: TestDatabase;
    const tables = () => new SqlPluginTables(database.handle.db);
    before(async () => {
      database = await openTestDatabase(driver);
    });
    after(() => database.dispose());

    it('gives rt-dice\'s roller_rolls and rt-dice-roller\'s rolls a table each: neither sees nor overwrites the other\'s rows', async () => {
      const dice = tableManifest('rt-dice', 'roller_rolls');
      const roller = tableManifest('rt-dice-roller', 'rolls');
      await applyPluginSchema(database.handle.db, dice);
      await applyPluginSchema(database.handle.db, roller);
      const diceTable = pluginTables(dice).get('roller_rolls')!;
      const rollerTable = pluginTables(roller).get('rolls')!;
      assert.notEqual(diceTable.sqlName, rollerTable.sqlName);
      await tables().insert(diceTable, { who: 'Alice', total: 12 });
      await tables().insert(rollerTable, { who: 'Mallory', total: 99 });
      await tables().update(rollerTable, {}, { total: 0 });
      const diceRows = await tables().select(diceTable, { where: {}, orderBy: [], limit: 10 });
      assert.deepEqual(diceRows.map((row) => [row['who'], row['total']]), [['Alice', 12]]);
      assert.deepEqual((await tables().select(rollerTable, { where: {}, orderBy: [], limit: 10 })).map((row) => row['who']), ['Mallory']);
      assert.deepEqual(await pluginTableOwner(database.handle.db, diceTable.sqlName), { plugin: 'rt-dice', tableName: 'roller_rolls' });
      assert.deepEqual(await pluginTableOwner(database.handle.db, rollerTable.sqlName), { plugin: 'rt-dice-roller', tableName: 'rolls' });
    });

    it('refuses a table whose SQL name another plugin owns, and changes nothing', async () => {
      const sqlName = pluginTableName('dice-box', 'rolls');
      await database.handle.db.insert(pluginTableOwners).values({ sqlName, plugin: 'someone-else', tableName: 'elsewhere' });
      await assert.rejects(applyPluginSchema(database.handle.db, tableManifest('dice-box', 'rolls')), (error: unknown) => {
        assert.equal(errorCode(error), 'E_PLUGIN_TABLE_TAKEN');
        assert.match((error as Error).message, /Plugin "dice-box" cannot have the table "rolls": .* belongs to plugin "someone-else"/);
        return true;
      });
      assert.equal(await relationExists(database, sqlName), false);
      assert.deepEqual(await appliedMigrations(database.handle.db, 'dice-box'), []);
    });

    it('moves a bundled plugin\'s table made under the old name on upgrade, rows and indexes kept', async () => {
      const messaging = parseManifest(await readFile('plugins/messaging/manifest.yaml', 'utf8'), 'plugins/messaging/manifest.yaml');
      await migrateTheOldWay(database, messaging);
      await database.handle.db.execute(sql.raw(`insert into "plugin_messaging_channels" (name, description, owner) values ('public', 'Everyone', 7)`));
      const ran = await applyPluginSchema(database.handle.db, messaging);
      // The old way made every table the manifest declares (messaging has four now): each is moved.
      assert.deepEqual(ran, messaging.schema.tables.map((table) => `rename:${table.name}`), 'only the moves: every step was already applied');
      assert.equal(await relationExists(database, 'plugin_messaging_channels'), false);
      const channels = pluginTables(messaging).get('channels')!;
      assert.equal(channels.sqlName, 'plugin_messaging$channels');
      const rows = await tables().select(channels, { where: {}, orderBy: [], limit: 10 });
      assert.deepEqual(rows.map((row) => [row['name'], row['description'], Number(row['owner'])]), [['public', 'Everyone', 7]]);
      assert.deepEqual(await applyPluginSchema(database.handle.db, messaging), [], 'a restart runs nothing');

      const dice = tableManifest('old-dice', 'rolls');
      await migrateTheOldWay(database, dice);
      await applyPluginSchema(database.handle.db, dice);
      assert.equal(await relationExists(database, pluginIndexName('old-dice', 'rolls', ['who'])), true, 'the index is renamed with its table');
    });

    it('will not guess which plugin keeps an old table two plugins shared, and says how to choose', async () => {
      const dice = tableManifest('mix-dice', 'roller_rolls');
      const roller = tableManifest('mix-dice-roller', 'rolls');
      await migrateTheOldWay(database, dice);
      await migrateTheOldWay(database, roller);
      const shared = 'plugin_mix_dice_roller_rolls';
      await database.handle.db.execute(sql.raw(`insert into "${shared}" (who, total) values ('Alice', 4), ('Mallory', 6)`));
      for (const manifest of [dice, roller]) {
        await assert.rejects(applyPluginSchema(database.handle.db, manifest), (error: unknown) => {
          assert.equal(errorCode(error), 'E_PLUGIN_TABLE_TAKEN');
          assert.match((error as Error).message, new RegExp(`was kept in "${shared}".*rows are mixed.*Rename "${shared}" to`));
          return true;
        });
      }
      assert.equal(await relationExists(database, shared), true, 'nothing was moved or lost');
      // The admin gives the rows to mix-dice; mix-dice-roller starts with an empty table.
      await database.handle.db.execute(sql.raw(`alter table "${shared}" rename to "${pluginTableName('mix-dice', 'roller_rolls')}"`));
      await applyPluginSchema(database.handle.db, dice);
      assert.deepEqual(await applyPluginSchema(database.handle.db, roller), ['table:rolls', 'column:rolls.who', 'column:rolls.total', 'index:rolls:who']);
      assert.equal((await tables().select(pluginTables(dice).get('roller_rolls')!, { where: {}, orderBy: [], limit: 10 })).length, 2);
      assert.equal((await tables().select(pluginTables(roller).get('rolls')!, { where: {}, orderBy: [], limit: 10 })).length, 0);
    });
  });
}
