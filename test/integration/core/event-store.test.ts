import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventBus } from '../../../core/events/event-bus.js';
import { EventStore } from '../../../core/events/event-store.js';
import type { HearthEvent, NewEvent } from '../../../core/events/event.js';
import { errorCode } from '../../../core/errors.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const actor = { kind: 'system', id: 'test' } as const;

function say(stream: string, n: number): NewEvent {
  return { stream, type: 'say', actor, payload: { n, text: `message ${n} \u00e9\u2713\u{1F525}` } };
}

for (const driver of availableDrivers()) {
  describe(`EventStore on ${driver}`, () => {
    let database: TestDatabase;
    let bus: EventBus;
    let store: EventStore;

    before(async () => {
      database = await openTestDatabase(driver);
      bus = new EventBus();
      store = new EventStore(database.handle.db, bus, { maxBatch: 50 });
    });
    after(() => database.dispose());

    it('stores an event before delivering it, and delivers what it stored', async () => {
      const delivered: HearthEvent[] = [];
      let storedWhenDelivered: Promise<number> | undefined;
      const stop = bus.subscribe('location:1', (event) => {
        delivered.push(event);
        storedWhenDelivered = store.read('location:1').then((rows) => rows.length);
      });
      const event = await store.append(say('location:1', 1));
      stop();
      assert.deepEqual(delivered, [event]);
      const [stored] = await store.read('location:1');
      assert.deepEqual(stored, event);
      assert.equal(await storedWhenDelivered, 1);
    });

    it('keeps id order in storage and delivery when many appends race, across batches', async () => {
      const delivered: string[] = [];
      const stop = bus.subscribe('location:2', (event) => delivered.push(event.id));
      const appended = await Promise.all(Array.from({ length: 237 }, (_, n) => store.append(say('location:2', n))));
      stop();
      const ids = appended.map((event) => event.id);
      assert.deepEqual([...ids].sort(), ids);
      assert.deepEqual(delivered, ids);
      assert.deepEqual(appended.map((event) => event.payload['n']), Array.from({ length: 237 }, (_, n) => n));
      const all = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.read('location:2', after, 100);
        if (page.length === 0) break;
        all.push(...page);
        after = page.at(-1)!.id;
      }
      assert.deepEqual(all.map((event) => event.id), ids);
    });

    it('reads the newest events across streams, oldest first', async () => {
      const mine = await store.appendMany([say('character:5', 1), say('location:3', 2), say('location:4', 3), say('character:5', 4)]);
      const latest = await store.readLatest(['character:5', 'location:3'], mine[0]!.id, 2);
      assert.deepEqual(latest.map((event) => event.payload['n']), [2, 4]);
      assert.deepEqual(await store.readLatest([], undefined, 5), []);
    });

    it('round-trips payloads with Unicode and nesting exactly', async () => {
      const payload = { text: 'caf\u00e9 \u{1F525} \u2713', nested: { list: [1, 'two', null], flag: true } };
      const event = await store.append({ stream: 'channel:public', type: 'channel.message', actor, payload });
      const [stored] = await store.read('channel:public');
      assert.deepEqual(stored?.payload, payload);
      assert.equal(stored?.timestamp, event.timestamp);
    });

    it('refuses bad streams, bad types and oversized payloads without storing anything', async () => {
      const before = await store.count();
      const attempts: Array<[NewEvent, string]> = [
        [{ stream: 'nowhere', type: 'say', actor, payload: {} }, 'E_STREAM_INVALID'],
        [{ stream: 'system', type: 'Bad Type', actor, payload: {} }, 'E_EVENT_TYPE_INVALID'],
        [{ stream: 'system', type: 'say', actor, payload: { text: 'x'.repeat(70_000) } }, 'E_EVENT_TOO_LARGE'],
        // Small but 4,000 levels deep: every plugin's recursive parser would run out of stack.
        [{ stream: 'system', type: 'say', actor, payload: { nest: JSON.parse('['.repeat(4000) + ']'.repeat(4000)) as unknown } }, 'E_EVENT_TOO_DEEP'],
      ];
      for (const [event, code] of attempts) {
        await assert.rejects(store.append(event), (error: unknown) => errorCode(error) === code);
      }
      assert.equal(await store.count(), before);
    });

    it('fails only the batch whose insert failed, and keeps serving afterwards', async () => {
      const failing = new EventStore(database.handle.db, bus);
      // A NUL character cannot be stored in PostgreSQL text or jsonb: the insert fails for real.
      const bad = failing.append({ stream: 'system', type: 'say', actor, payload: { text: 'nul \u0000 here' } });
      await assert.rejects(bad);
      const good = await failing.append(say('system', 9));
      const stored = await failing.read('system');
      assert.deepEqual(stored.map((event) => event.id), [good.id]);
    });

    it('flush waits for everything pending', async () => {
      const pending = Array.from({ length: 20 }, (_, n) => store.append(say('location:9', n)));
      await store.flush();
      assert.equal((await store.read('location:9')).length, 20);
      await Promise.all(pending);
    });
  });
}
