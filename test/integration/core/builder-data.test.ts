// Builder data in the world (issue 16): PennMUSH-style attributes, object flags, parents and
// locks, stored in the database and loaded back, with hostile names, sizes and loops refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventBus } from '../../../core/events/event-bus.js';
import { EventStore } from '../../../core/events/event-store.js';
import { inheritedAttributes } from '../../../core/world/builder/attribute-inheritance.js';
import { World } from '../../../core/world/world.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string }).code;
}

for (const driver of availableDrivers()) {
  describe(`Builder data on ${driver}`, () => {
    let database: TestDatabase;
    let store: EventStore;
    let world: World;

    before(async () => {
      database = await openTestDatabase(driver);
      store = new EventStore(database.handle.db, new EventBus());
      world = await World.load(database.handle.db, store);
    });
    after(() => database.dispose());

    const reload = () => World.load(database.handle.db, store);

    it('stores attributes under canonical upper-case names and loads them back', async () => {
      const box = await world.createObject({ kind: 'thing', name: 'Box', locationId: world.startingRoomId });
      await world.writeObjectAttribute(box.id, 'mood', { name: 'mood', value: 'grumpy', ownerId: 1, flags: ['visual', 'no_command'] });
      await world.writeObjectAttribute(box.id, 'char`stats`str', { name: '', value: '12', ownerId: null, flags: [] });
      const expected = [
        { name: 'CHAR`STATS`STR', value: '12', ownerId: null, flags: [] },
        { name: 'MOOD', value: 'grumpy', ownerId: 1, flags: ['NO_COMMAND', 'VISUAL'] },
      ];
      assert.deepEqual(world.attributesOf(box.id), expected);
      assert.deepEqual((await reload()).attributesOf(box.id), expected);
      const previous = await world.writeObjectAttribute(box.id, 'MOOD', null);
      assert.equal(previous?.value, 'grumpy');
      assert.deepEqual((await reload()).attributesOf(box.id).map((attribute) => attribute.name), ['CHAR`STATS`STR']);
    });

    it('refuses bad attribute names, oversized values and unknown attribute flags, storing nothing', async () => {
      const box = await world.createObject({ kind: 'thing', name: 'Crate', locationId: world.startingRoomId });
      const attempts: Array<[string, string, string[], string]> = [
        ['', 'x', [], 'E_ATTRIBUTE_NAME'],
        ['A'.repeat(65), 'x', [], 'E_ATTRIBUTE_NAME'],
        ['HAS SPACE', 'x', [], 'E_ATTRIBUTE_NAME'],
        ['EQ=UALS', 'x', [], 'E_ATTRIBUTE_NAME'],
        ['TREE``GAP', 'x', [], 'E_ATTRIBUTE_NAME'],
        ['`LEADING', 'x', [], 'E_ATTRIBUTE_NAME'],
        ['NUL\u0000', 'x', [], 'E_ATTRIBUTE_NAME'],
        ['BIG', 'é'.repeat(4097), [], 'E_ATTRIBUTE_TOO_LONG'],
        ['FLAGGED', 'x', ['sparkly'], 'E_FLAG_UNKNOWN'],
      ];
      for (const [name, value, flags, code] of attempts) {
        await assert.rejects(world.writeObjectAttribute(box.id, name, { name, value, ownerId: null, flags }), (error) => codeOf(error) === code, name);
      }
      await world.writeObjectAttribute(box.id, 'A'.repeat(64), { name: '', value: 'x'.repeat(8192), ownerId: null, flags: ['hidden'] });
      assert.deepEqual(world.attributesOf(box.id).map((attribute) => [attribute.name.length, attribute.flags]), [[64, ['MORTAL_DARK']]]);
      assert.deepEqual((await reload()).attributesOf(box.id).length, 1);
    });

    it('stores flags canonically, refuses unknown ones, and keeps locks as key text', async () => {
      const lamp = await world.createObject({ kind: 'thing', name: 'Lamp', locationId: world.startingRoomId });
      const updated = await world.setBuilderFields(lamp.id, { flags: ['visual', 'DARK', 'tel_ok', 'dark'], locks: { Basic: `#${lamp.id}|#1`, 'user:wield': '=#1' } });
      assert.deepEqual(updated.flags, ['DARK', 'JUMP_OK', 'VISUAL']);
      await assert.rejects(world.setBuilderFields(lamp.id, { flags: ['DARK', 'WIZARDLY'] }), (error) => codeOf(error) === 'E_FLAG_UNKNOWN');
      await assert.rejects(world.setBuilderFields(lamp.id, { locks: { Basic: 'Bathroom Key' } }), (error) => codeOf(error) === 'E_LOCK_SYNTAX');
      await assert.rejects(world.setBuilderFields(lamp.id, { locks: { basic: '#1' } }), (error) => codeOf(error) === 'E_LOCK_TYPE_UNKNOWN');
      const loaded = (await reload()).require(lamp.id);
      assert.deepEqual(loaded.flags, ['DARK', 'JUMP_OK', 'VISUAL']);
      assert.deepEqual(loaded.locks, { Basic: `#${lamp.id}|#1`, 'user:wield': '=#1' });
    });

    it('inherits attributes from parents, refuses loops, and forgets a destroyed parent', async () => {
      const grand = await world.createObject({ kind: 'thing', name: 'Grand', locationId: world.startingRoomId });
      const parent = await world.createObject({ kind: 'thing', name: 'Parent', locationId: world.startingRoomId });
      const child = await world.createObject({ kind: 'thing', name: 'Child', locationId: world.startingRoomId });
      await world.setBuilderFields(parent.id, { parentId: grand.id });
      await world.setBuilderFields(child.id, { parentId: parent.id });
      await world.writeObjectAttribute(grand.id, 'COLOUR', { name: '', value: 'grey', ownerId: null, flags: [] });
      await world.writeObjectAttribute(grand.id, 'SECRET', { name: '', value: 'kept', ownerId: null, flags: ['no_inherit'] });
      await world.writeObjectAttribute(parent.id, 'COLOUR', { name: '', value: 'blue', ownerId: null, flags: [] });
      assert.deepEqual(inheritedAttributes(world, child.id).map((attribute) => [attribute.name, attribute.value, attribute.objectId]), [['COLOUR', 'blue', parent.id]]);
      await assert.rejects(world.setBuilderFields(grand.id, { parentId: child.id }), (error) => codeOf(error) === 'E_PARENT_LOOP');
      await assert.rejects(world.setBuilderFields(grand.id, { parentId: grand.id }), (error) => codeOf(error) === 'E_PARENT_LOOP');
      await assert.rejects(world.setBuilderFields(grand.id, { parentId: 999_999 }), (error) => codeOf(error) === 'E_OBJECT_NOT_FOUND');
      assert.equal((await reload()).require(child.id).parentId, parent.id);
      await world.destroyObject(parent.id);
      assert.equal(world.require(child.id).parentId, null);
      assert.deepEqual(world.attributesOf(parent.id), []);
      const reloaded = await reload();
      assert.equal(reloaded.require(child.id).parentId, null);
      assert.deepEqual(reloaded.attributesOf(parent.id), []);
    });

    it('refuses a parent chain longer than ten', async () => {
      const links = [await world.createObject({ kind: 'thing', name: 'Link0', locationId: world.startingRoomId })];
      for (let index = 1; index <= 11; index++) {
        const link = await world.createObject({ kind: 'thing', name: `Link${index}`, locationId: world.startingRoomId });
        const setting = world.setBuilderFields(link.id, { parentId: links[index - 1]!.id });
        if (index <= 10) await setting;
        else await assert.rejects(setting, (error) => codeOf(error) === 'E_PARENT_LOOP');
        links.push(link);
      }
      assert.equal(world.require(links[10]!.id).parentId, links[9]!.id);
      assert.equal(world.require(links[11]!.id).parentId, null);
    });
  });
}
