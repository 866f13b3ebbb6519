// The plugin key-value store on the real databases: each plugin has its own keys, and a write
// answers with the value it replaced (what undoing a failed call puts back).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PluginKvStore } from '../../../core/plugins/plugin-kv-store.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

for (const driver of availableDrivers()) {
  describe(`the plugin KV store on ${driver}`, () => {
    let database: TestDatabase;
    let kv: PluginKvStore;

    before(async () => {
      database = await openTestDatabase(driver);
      kv = new PluginKvStore(database.handle.db);
    });
    after(() => database?.dispose());

    it('answers a write with the value it replaced, and undefined for a new key', async () => {
      assert.equal(await kv.set('messaging', 'last:1', 'first'), undefined);
      assert.equal(await kv.set('messaging', 'last:1', 'second \u00e9'), 'first');
      assert.equal(await kv.set('messaging', 'last:1', ''), 'second \u00e9');
      assert.equal(await kv.get('messaging', 'last:1'), '');
    });

    it('keeps each plugin to its own keys', async () => {
      await kv.set('alpha', 'shared', 'a');
      assert.equal(await kv.set('beta', 'shared', 'b'), undefined, "beta's key is new although alpha has one of that name");
      assert.equal(await kv.get('alpha', 'shared'), 'a');
      assert.equal(await kv.delete('beta', 'shared'), true);
      assert.equal(await kv.delete('beta', 'shared'), false);
      assert.equal(await kv.get('alpha', 'shared'), 'a');
    });
  });
}
