import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventBus } from '../../../core/events/event-bus.js';
import { EventStore } from '../../../core/events/event-store.js';
import type { HearthEvent } from '../../../core/events/event.js';
import { errorCode } from '../../../core/errors.js';
import { World } from '../../../core/world/world.js';
import { LoginThrottle } from '../../../core/auth/login-throttle.js';
import { Accounts } from '../../../core/auth/accounts.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

for (const driver of availableDrivers()) {
  describe(`World on ${driver}`, () => {
    let database: TestDatabase;
    let bus: EventBus;
    let store: EventStore;
    let world: World;
    let accounts: Accounts;

    before(async () => {
      database = await openTestDatabase(driver);
      bus = new EventBus();
      store = new EventStore(database.handle.db, bus);
      world = await World.load(database.handle.db, store);
      accounts = new Accounts(database.handle.db, world, new LoginThrottle({ maxFailures: 10, windowMs: 1000 }), {
        maxFailedLogins: 5,
        maxFailedLoginsEverywhere: 5,
        lockMs: 1000,
      });
    });
    after(() => database.dispose());

    it('seeds one starting room, #1, on a fresh database and not again on reload', async () => {
      assert.equal(world.startingRoomId, 1);
      assert.equal(world.require(1).kind, 'room');
      const reloaded = await World.load(database.handle.db, store);
      assert.equal(reloaded.startingRoomId, 1);
      assert.equal(reloaded.counts().room, world.counts().room);
    });

    it('creates rooms and exits with aliases, and finds them from memory', async () => {
      const garden = await world.createObject({ kind: 'room', name: 'Garden', description: 'Green.' });
      const exit = await world.createObject({
        kind: 'exit',
        name: 'North',
        aliases: ['n'],
        locationId: world.startingRoomId,
        destinationId: garden.id,
      });
      assert.deepEqual(world.exitsOf(world.startingRoomId).map((item) => item.id), [exit.id]);
      assert.equal(world.require(exit.id).destinationId, garden.id);
      const reloaded = await World.load(database.handle.db, store);
      assert.deepEqual(reloaded.require(exit.id), exit);
    });

    it('moves a character with leave and arrive events on the two location streams', async () => {
      const account = await accounts.create('Walker', 'password1');
      const garden = await world.createObject({ kind: 'room', name: 'Orchard' });
      const seen: HearthEvent[] = [];
      const stops = [
        bus.subscribe(`location:${world.startingRoomId}`, (event) => seen.push(event)),
        bus.subscribe(`location:${garden.id}`, (event) => seen.push(event)),
      ];
      const moves: Array<[number, number | null, number]> = [];
      const stopMoves = world.onMove((object, from, to) => moves.push([object.id, from, to]));
      await world.moveObject(account.characterId, garden.id);
      stops.forEach((stop) => stop());
      stopMoves();
      assert.deepEqual(moves, [[account.characterId, world.startingRoomId, garden.id]]);
      assert.deepEqual(
        seen.map((event) => [event.type, event.stream, event.payload['text']]),
        [
          ['leave', `location:${world.startingRoomId}`, 'Walker has left.'],
          ['arrive', `location:${garden.id}`, 'Walker has arrived.'],
        ],
      );
      assert.deepEqual(world.charactersIn(garden.id).map((c) => c.id), [account.characterId]);
      assert.equal((await World.load(database.handle.db, store)).require(account.characterId).locationId, garden.id);
    });

    it('shows moves in memory at once and stores many made together so a reload finds them all', async () => {
      const rooms = [await world.createObject({ kind: 'room', name: 'East Hall' }), await world.createObject({ kind: 'room', name: 'West Hall' })];
      const things = await Promise.all(Array.from({ length: 40 }, (_, i) => world.createObject({ kind: 'thing', name: `Pebble ${i}`, locationId: world.startingRoomId })));
      const moves = things.flatMap((thing, i) => [world.moveObject(thing.id, rooms[i % 2]!.id), world.moveObject(thing.id, rooms[(i + 1) % 2]!.id)]);
      // Before anything is stored, memory already shows the last move of each.
      assert.deepEqual(world.contents(rooms[0]!.id).length + world.contents(rooms[1]!.id).length, things.length);
      await Promise.all(moves);
      const reloaded = await World.load(database.handle.db, store);
      for (const [i, thing] of things.entries()) {
        assert.equal(world.require(thing.id).locationId, rooms[(i + 1) % 2]!.id);
        assert.equal(reloaded.require(thing.id).locationId, rooms[(i + 1) % 2]!.id, `${thing.name} is stored where memory has it`);
      }
    });

    it('refuses impossible moves with E_WORLD_RULE and changes nothing', async () => {
      const box = await world.createObject({ kind: 'thing', name: 'Box', locationId: world.startingRoomId });
      const bag = await world.createObject({ kind: 'thing', name: 'Bag', locationId: box.id });
      await assert.rejects(world.moveObject(box.id, bag.id), (error: unknown) => errorCode(error) === 'E_WORLD_RULE');
      await assert.rejects(world.moveObject(world.startingRoomId, box.id), (error: unknown) => errorCode(error) === 'E_WORLD_RULE');
      await assert.rejects(world.moveObject(box.id, 999_999), (error: unknown) => errorCode(error) === 'E_OBJECT_NOT_FOUND');
      assert.equal(world.require(box.id).locationId, world.startingRoomId);
    });

    it('destroys a room without leaving exits to nowhere or anyone inside it', async () => {
      const doomed = await world.createObject({ kind: 'room', name: 'Doomed' });
      const inward = await world.createObject({ kind: 'exit', name: 'In', locationId: world.startingRoomId, destinationId: doomed.id });
      const outward = await world.createObject({ kind: 'exit', name: 'Out', locationId: doomed.id, destinationId: world.startingRoomId });
      const guest = await accounts.create('Guestly', 'password1');
      await world.moveObject(guest.characterId, doomed.id);
      const trinket = await world.createObject({ kind: 'thing', name: 'Trinket', locationId: doomed.id });
      await world.destroyObject(doomed.id);
      for (const view of [world, await World.load(database.handle.db, store)]) {
        assert.equal(view.get(doomed.id), undefined);
        assert.equal(view.get(outward.id), undefined);
        assert.equal(view.require(inward.id).destinationId, null);
        assert.equal(view.require(guest.characterId).locationId, world.startingRoomId);
        assert.equal(view.require(trinket.id).locationId, world.startingRoomId);
      }
      await assert.rejects(world.destroyObject(world.startingRoomId), (error: unknown) => errorCode(error) === 'E_WORLD_RULE');
    });

    it('validates names on create and update, and keeps the stored object unchanged on refusal', async () => {
      await assert.rejects(world.createObject({ kind: 'room', name: '' }), (error: unknown) => errorCode(error) === 'E_WORLD_RULE');
      const room = await world.createObject({ kind: 'room', name: 'Plain' });
      await assert.rejects(world.updateObject(room.id, { name: 'x'.repeat(500) }));
      const renamed = await world.updateObject(room.id, { name: 'Fancy', description: 'Now fancy.' });
      assert.equal(renamed.name, 'Fancy');
      assert.equal((await World.load(database.handle.db, store)).require(room.id).description, 'Now fancy.');
    });

    it('sets and clears attributes', async () => {
      const room = await world.createObject({ kind: 'room', name: 'Attic' });
      await world.setAttribute(room.id, 'dusty', true);
      assert.deepEqual((await World.load(database.handle.db, store)).require(room.id).attributes, { dusty: true });
      await world.setAttribute(room.id, 'dusty', null);
      assert.deepEqual(world.require(room.id).attributes, {});
    });
  });
}
