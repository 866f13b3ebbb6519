// The event store and the world while PostgreSQL is away (a TcpProxy between them cuts every
// connection and refuses new ones): an append in flight waits and is stored once when the database
// is back, or is refused with E_DATABASE_UNAVAILABLE and stored never; a world change that cannot
// be stored changes nothing in memory either. An insert whose answer is lost is written again
// without being stored twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../../core/db/database.js';
import { isConnectionFailure } from '../../../core/db/database-health.js';
import { EventBus } from '../../../core/events/event-bus.js';
import { EventStore } from '../../../core/events/event-store.js';
import type { HearthEvent, NewEvent } from '../../../core/events/event.js';
import { errorCode } from '../../../core/errors.js';
import { World } from '../../../core/world/world.js';
import { createProxiedPostgres, postgresUnavailableReason, type ProxiedPostgres } from '../../support/proxied-postgres.js';

const actor = { kind: 'system' as const, id: 'test' };
const say = (text: string): NewEvent => ({ stream: 'location:1', type: 'say', actor, payload: { text } });

describe('the database going away under the event store and the world', { skip: postgresUnavailableReason() }, () => {
  let database: ProxiedPostgres;
  let handle: DatabaseHandle;
  let direct: pg.Client;
  const published: HearthEvent[] = [];
  let bus: EventBus;

  before(async () => {
    database = await createProxiedPostgres();
    handle = await openDatabase({ url: database.url, dataDir: 'memory://', poolSize: 4 });
    direct = new pg.Client({ connectionString: database.directUrl });
    await direct.connect();
    bus = new EventBus();
    bus.subscribeAll((event) => published.push(event));
  });
  after(async () => {
    await direct?.end();
    await handle?.close();
    await database?.drop();
  });

  async function storedTexts(): Promise<string[]> {
    const { rows } = await direct.query<{ text: string }>(`select payload->>'text' as text from events order by id`);
    return rows.map((row) => row.text);
  }

  /** Cuts the database off and waits until Hearth has noticed (an idle connection dropping is enough). */
  async function cutAndNotice(): Promise<void> {
    await database.proxy.cut();
    // A query makes sure it is noticed even if the pool held no idle connection to lose.
    await handle.execute('select 1').catch(() => undefined);
    assert.equal(handle.health.available, false, 'the lost database was noticed');
  }

  async function restore(): Promise<void> {
    await database.proxy.restore();
    assert.equal(await handle.health.waitUntilAvailable(30_000), true, 'the database was found again without a restart');
  }

  it('stores an append made during a short outage once the database is back, exactly once', async () => {
    const store = new EventStore(handle.db, bus, { health: handle.health, retryForMs: 30_000 });
    await store.append(say('before the outage'));
    await cutAndNotice();
    let settled = false;
    const inFlight = store.append(say('during the outage')).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(settled, false, 'the append waits for the database instead of failing');
    assert.ok(!published.some((event) => event.payload['text'] === 'during the outage'), 'nothing is delivered before it is stored');
    await restore();
    const stored = await inFlight;
    assert.deepEqual(await storedTexts(), ['before the outage', 'during the outage']);
    assert.equal(published.filter((event) => event.id === stored.id).length, 1, 'delivered once, after it was stored');
  });

  it('stores an insert whose answer was lost on the way exactly once, and delivers it', async () => {
    const store = new EventStore(handle.db, bus, { health: handle.health, retryForMs: 30_000 });
    const lost = database.proxy.loseReplyContaining('INSERT 0 1');
    const event = await store.append(say('answer lost'));
    await lost;
    assert.deepEqual((await storedTexts()).filter((text) => text === 'answer lost'), ['answer lost'], 'written again, but stored once');
    assert.equal(published.filter((delivered) => delivered.id === event.id).length, 1);
  });

  it('refuses an append with E_DATABASE_UNAVAILABLE when the outage outlasts the wait, and never stores it', async () => {
    const store = new EventStore(handle.db, bus, { health: handle.health, retryForMs: 200 });
    await cutAndNotice();
    await assert.rejects(store.append(say('refused')), (error: unknown) => errorCode(error) === 'E_DATABASE_UNAVAILABLE');
    await restore();
    await store.append(say('after the outage'));
    const texts = await storedTexts();
    assert.ok(!texts.includes('refused'), 'a refused event is not stored');
    assert.ok(!published.some((event) => event.payload['text'] === 'refused'), 'a refused event is not delivered');
    assert.equal(texts.at(-1), 'after the outage');
  });

  it('leaves the in-memory world unchanged when a change cannot be stored', async () => {
    const store = new EventStore(handle.db, bus, { health: handle.health });
    const world = await World.load(handle.db, store);
    const room = await world.createObject({ kind: 'room', name: 'Cellar' });
    const exit = await world.createObject({ kind: 'exit', name: 'Down', locationId: world.startingRoomId, destinationId: room.id });
    const lamp = await world.createObject({ kind: 'thing', name: 'Lamp', locationId: world.startingRoomId });
    const snapshot = (): unknown => [world.startingRoomId, room.id, exit.id, lamp.id].map((id) => [world.get(id), world.contents(id).map((item) => item.id)]);
    const before = JSON.stringify(snapshot());
    const countsBefore = world.counts();

    await cutAndNotice();
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['create', () => world.createObject({ kind: 'room', name: 'Attic' })],
      ['update', () => world.updateObject(room.id, { name: 'Wine Cellar', description: 'Dusty.' })],
      ['attribute', () => world.setAttribute(lamp.id, 'lit', true)],
      ['move', () => world.moveObject(lamp.id, room.id)],
      ['destroy', () => world.destroyObject(room.id)],
    ];
    for (const [what, attempt] of attempts) {
      await assert.rejects(attempt(), (error: unknown) => isConnectionFailure(error), `${what} fails as a lost connection`);
    }
    assert.equal(JSON.stringify(snapshot()), before, 'memory shows nothing that was not stored');
    assert.deepEqual(world.counts(), countsBefore);

    await restore();
    await world.moveObject(lamp.id, room.id);
    const reloaded = await World.load(handle.db, store);
    for (const id of [world.startingRoomId, room.id, exit.id, lamp.id]) assert.deepEqual(reloaded.get(id), world.get(id), `#${id} in memory is what is stored`);
    assert.deepEqual(reloaded.counts(), world.counts());
  });
});
