// Events on the embedded database: journaled before anyone sees them, copied into the database in
// batches, readable meanwhile, and recovered from the journal after a crash (a server that never
// flushed), a line cut short included.
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type DatabaseHandle } from '../../../core/db/database.js';
import { EventBus } from '../../../core/events/event-bus.js';
import { EventJournal } from '../../../core/events/event-journal.js';
import { EventStore, insertEvents } from '../../../core/events/event-store.js';
import type { HearthEvent } from '../../../core/events/event.js';
import { WriteBehindEvents } from '../../../core/events/write-behind-events.js';

const actor = { kind: 'system', id: 'test' } as const;

describe('write-behind events on PGlite', () => {
  let folder: string;
  let handle: DatabaseHandle;
  const journalDir = () => join(folder, 'event-journal');

  async function storeWith(intervalMs: number): Promise<{ store: EventStore; writes: WriteBehindEvents }> {
    const writes = await WriteBehindEvents.start((events) => insertEvents(handle.db, events), EventJournal.open(journalDir()), undefined, { intervalMs });
    return { store: new EventStore(handle.db, new EventBus(), { writeBehind: writes }), writes };
  }

  async function storedIds(stream: string): Promise<string[]> {
    const reader = new EventStore(handle.db, new EventBus());
    return (await reader.read(stream, undefined, 1000)).map((event) => event.id);
  }

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-journal-'));
    handle = await openDatabase({ dataDir: join(folder, 'db') });
  });
  after(async () => {
    await handle.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('delivers a journaled event at once, reads it before it is copied in, and copies it in a batch', async () => {
    const { store, writes } = await storeWith(60_000);
    const appended = await Promise.all([1, 2, 3].map((n) => store.append({ stream: 'location:7', type: 'say', actor, payload: { n } })));
    assert.deepEqual(await storedIds('location:7'), [], 'not in the database yet');
    assert.deepEqual((await store.read('location:7')).map((event) => event.id), appended.map((event) => event.id));
    assert.deepEqual((await store.readLatest(['location:7'], appended[0]!.id, 1)).map((event) => event.id), [appended[2]!.id]);
    assert.equal(await store.count(), 3);
    await writes.close();
    assert.deepEqual(await storedIds('location:7'), appended.map((event) => event.id));
    assert.deepEqual(await readdir(journalDir()), [], 'copied segments are deleted');
  });

  it('after a crash, stores what the journal holds, skipping a line cut short and rows already stored', async () => {
    const { store } = await storeWith(60_000);
    const appended: HearthEvent[] = [];
    for (let n = 0; n < 5; n += 1) appended.push(await store.append({ stream: 'location:8', type: 'say', actor, payload: { n, text: 'caf\u00e9 \u{1F525}' } }));
    // The process dies here: nothing was copied. One event had also reached the database already.
    await insertEvents(handle.db, [appended[0]!]);
    const [segment] = await readdir(journalDir());
    await appendFile(join(journalDir(), segment!), '{"id":"01J","stream":"location:8","ty');
    const { writes } = await storeWith(60_000);
    assert.deepEqual(await storedIds('location:8'), appended.map((event) => event.id));
    assert.deepEqual(await readdir(journalDir()), []);
    await writes.close();
  });

  it('copies on its own after the interval', async () => {
    const { store, writes } = await storeWith(20);
    const event = await store.append({ stream: 'location:9', type: 'say', actor, payload: {} });
    for (let attempt = 0; attempt < 200 && (await storedIds('location:9')).length === 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(await storedIds('location:9'), [event.id]);
    await writes.close();
  });
});
