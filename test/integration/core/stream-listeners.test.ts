import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import { StreamListeners } from '../../../core/sessions/stream-listeners.js';
import { World } from '../../../core/world/world.js';
import { EventBus } from '../../../core/events/event-bus.js';
import { EventStore } from '../../../core/events/event-store.js';
import { objects } from '../../../core/db/schema.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

for (const driver of availableDrivers()) {
  describe(`StreamListeners on ${driver}`, () => {
    let database: TestDatabase;
    let characterIds: number[];

    before(async () => {
      database = await openTestDatabase(driver);
      await World.load(database.handle.db, new EventStore(database.handle.db, new EventBus()));
      // Bare character rows are enough here: the table only references objects.
      const rows = await database.handle.db.insert(objects).values([{ kind: 'character', name: 'Ann' }, { kind: 'character', name: 'Ben' }]).returning();
      characterIds = rows.map((row) => row.id);
    });
    after(() => database.dispose());

    it('keeps who listens to what across a reload, and reports each change once', async () => {
      const [ann, ben] = characterIds as [number, number];
      const listeners = await StreamListeners.load(database.handle.db);
      const changes: string[] = [];
      listeners.onChange((id, stream, listening) => changes.push(`${id} ${stream} ${listening}`));
      assert.equal(await listeners.listen(ann, 'channel:public'), true);
      assert.equal(await listeners.listen(ann, 'channel:public'), false, 'listening twice changes nothing');
      await listeners.listen(ben, 'channel:public');
      await listeners.listen(ann, 'channel:ooc');
      assert.deepEqual(changes, [`${ann} channel:public true`, `${ben} channel:public true`, `${ann} channel:ooc true`]);
      const reloaded = await StreamListeners.load(database.handle.db);
      assert.deepEqual(reloaded.listenersOf('channel:public').sort(), [ann, ben].sort());
      assert.deepEqual(reloaded.streamsOf(ann).sort(), ['channel:ooc', 'channel:public']);
      assert.equal(await reloaded.unlisten(ann, 'channel:ooc'), true);
      assert.equal(await reloaded.unlisten(ann, 'channel:ooc'), false);
      assert.deepEqual((await StreamListeners.load(database.handle.db)).streamsOf(ann), ['channel:public']);
    });

    it('refuses names that are not streams', async () => {
      const listeners = await StreamListeners.load(database.handle.db);
      await assert.rejects(listeners.listen(characterIds[0]!, 'channel:Not Valid!'), (error: unknown) => errorCode(error) === 'E_STREAM_INVALID');
    });
  });
}
