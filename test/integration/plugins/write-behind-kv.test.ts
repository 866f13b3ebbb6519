// The plugin KV store with writes on their way (kv_set does not wait for the database): reads see
// a write at once, writes to one key are stored in the order they were made, and a write the
// database refused leaves the stored value visible again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PluginKvStore } from '../../../core/plugins/plugin-kv-store.js';
import { WriteBehindKv } from '../../../core/plugins/write-behind-kv.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

for (const driver of availableDrivers()) {
  describe(`KV writes behind reads on ${driver}`, () => {
    let database: TestDatabase;
    let stored: PluginKvStore;
    let kv: WriteBehindKv;

    before(async () => {
      database = await openTestDatabase(driver);
      stored = new PluginKvStore(database.handle.db);
      kv = new WriteBehindKv(stored);
    });
    after(() => database?.dispose());

    it('shows a write to reads before it is stored, and stores it', async () => {
      const written = kv.set('messaging', 'last:7', 'Alice');
      assert.equal(await kv.get('messaging', 'last:7'), 'Alice');
      assert.equal(await written, undefined, 'the key was new');
      assert.equal(await stored.get('messaging', 'last:7'), 'Alice');
    });

    it('stores many writes to one key made at once in the order they were made', async () => {
      const writes = Array.from({ length: 20 }, (_, i) => kv.set('messaging', 'counter', String(i)));
      assert.equal(await kv.get('messaging', 'counter'), '19');
      const replaced = await Promise.all(writes);
      assert.deepEqual(replaced, [undefined, ...Array.from({ length: 19 }, (_, i) => String(i))]);
      assert.equal(await stored.get('messaging', 'counter'), '19');
    });

    it('orders a delete after the writes before it', async () => {
      void kv.set('messaging', 'gone', 'soon');
      const deleted = kv.delete('messaging', 'gone');
      assert.equal(await kv.get('messaging', 'gone'), undefined);
      assert.equal(await deleted, true);
      assert.equal(await stored.get('messaging', 'gone'), undefined);
    });

    it('answers the stored value again once the database refused a write', async () => {
      await kv.set('messaging', 'topic', 'kept');
      // PostgreSQL refuses NUL characters in text.
      const refused = kv.set('messaging', 'topic', 'bad\u0000value');
      await assert.rejects(refused);
      assert.equal(await kv.get('messaging', 'topic'), 'kept');
    });
  });
}
