// Plugin table reads kept in memory: the same read is answered without the database until the
// table is written, a read that overlapped a write is never kept, and a plugin starting (maybe
// after a migration) forgets everything. The database underneath is real; a counting layer
// between shows which reads reached it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CachedPluginTables } from '../../../core/plugins/cached-plugin-tables.js';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { applyPluginSchema, pluginTables } from '../../../core/plugins/plugin-schema.js';
import type { PluginTable } from '../../../core/plugins/plugin-schema.js';
import { type Row, type SelectQuery, SqlPluginTables } from '../../../core/plugins/plugin-tables.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const manifest = parseManifest(
  ['name: cache-test', 'version: 1.0.0', 'interface: 2', 'description: Tables.', 'wasm: x.wasm', 'capabilities: [db:migrate]', 'schema:', '  tables:', '    - name: channels', '      primary_key: [name]', '      columns:', '        - { name: name, type: text }', '        - { name: topic, type: text, default: "" }'].join('\n'),
  'test/cache-test.yaml',
);

/** The real tables, counting the reads that reach them and able to hold the next read back. */
class CountingTables extends SqlPluginTables {
  reads = 0;
  holdNextRead: Promise<void> | null = null;
  /** Called once the held read has its rows from the database. */
  onHeld: () => void = () => {};

  override async select(table: PluginTable, query: SelectQuery): Promise<Row[]> {
    this.reads += 1;
    const rows = await super.select(table, query);
    const hold = this.holdNextRead;
    this.holdNextRead = null;
    if (hold) {
      this.onHeld();
      await hold;
    }
    return rows;
  }
}

const byName = (name: string): SelectQuery => ({ where: { name }, orderBy: [], limit: 1 });

for (const driver of availableDrivers()) {
  describe(`cached plugin table reads on ${driver}`, () => {
    let database: TestDatabase;
    let counting: CountingTables;
    let tables: CachedPluginTables;
    let channels: PluginTable;

    before(async () => {
      database = await openTestDatabase(driver);
      await applyPluginSchema(database.handle.db, manifest);
      channels = pluginTables(manifest).get('channels')!;
      counting = new CountingTables(database.handle.db);
      tables = new CachedPluginTables(counting);
      await tables.insert(channels, { name: 'public', topic: 'Anything' });
    });
    after(() => database?.dispose());

    it('answers the same read from memory until the table is written, then reads it again', async () => {
      const before = counting.reads;
      const first = await tables.select(channels, byName('public'));
      const second = await tables.select(channels, byName('public'));
      assert.deepEqual(second, first);
      assert.equal(counting.reads - before, 1, 'the second read did not reach the database');
      await tables.update(channels, { name: 'public' }, { topic: 'News' });
      assert.equal((await tables.select(channels, byName('public')))[0]!['topic'], 'News');
      assert.equal(counting.reads - before, 2);
    });

    it('keeps its own copy, whatever a caller does with the rows it got', async () => {
      const rows = await tables.select(channels, byName('public'));
      rows[0]!['topic'] = 'scribbled on';
      assert.equal((await tables.select(channels, byName('public')))[0]!['topic'], 'News');
    });

    it('never keeps a read that a write overlapped', async () => {
      await tables.insert(channels, { name: 'ooc', topic: 'Old' });
      let release!: () => void;
      counting.holdNextRead = new Promise((resolve) => (release = resolve));
      const held = new Promise<void>((resolve) => (counting.onHeld = resolve));
      const overlapped = tables.select(channels, byName('ooc'));
      await held;
      await tables.update(channels, { name: 'ooc' }, { topic: 'New' });
      release();
      assert.equal((await overlapped)[0]!['topic'], 'Old', 'the overlapped read saw the table before the write');
      assert.equal((await tables.select(channels, byName('ooc')))[0]!['topic'], 'New', 'and was not kept');
    });

    it('reads again after a failed write and after a plugin starts', async () => {
      await tables.select(channels, byName('public'));
      const before = counting.reads;
      await assert.rejects(tables.insert(channels, { name: 'public', topic: 'duplicate key' }));
      await tables.select(channels, byName('public'));
      assert.equal(counting.reads - before, 1, 'a failed write may have changed the table');
      tables.forgetCachedReads();
      await tables.select(channels, byName('public'));
      assert.equal(counting.reads - before, 2);
    });
  });
}
