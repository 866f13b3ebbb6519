// Basic locks in the navigation plugin (issue 16): `get` and exits test the lock, show the
// object's SUCC or FAIL to the actor and OSUCC or OFAIL, after the actor's name, to the room,
// and fall back to the plain refusal when no FAIL is set.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

let harness: PluginHarness;
let places = 0;

before(async () => {
  harness = await PluginHarness.load('plugins/navigation/manifest.yaml');
});
after(() => harness.close());

async function place() {
  places += 1;
  const { world } = harness;
  const square = world.addRoom(`Square ${places}`);
  const vault = world.addRoom(`Vault ${places}`, 'Gold everywhere.');
  const door = world.addExit('Door', square.id, vault.id, ['d']);
  const idol = world.addThing('Idol', square.id);
  const alice = world.addCharacter(`Alice${places}`, { room: square.id });
  const bob = world.addCharacter(`Bob${places}`, { room: square.id });
  return { square, vault, door, idol, alice, bob };
}

async function message(object: WorldObject, name: string, value: string): Promise<void> {
  await harness.world.writeObjectAttribute(object.id, name, { name, value, ownerId: null, flags: [] });
}

async function lock(object: WorldObject, key: string): Promise<void> {
  await harness.world.setBuilderFields(object.id, { locks: { Basic: key } });
}

const texts = (events: Array<{ payload: Record<string, unknown> }>) => events.map((event) => event.payload['text']);

describe('get and a basic lock', () => {
  it('refuses those who fail, with FAIL and OFAIL, and lets the others take it with SUCC and OSUCC', async () => {
    const { idol, alice, bob } = await place();
    await lock(idol, `=#${alice.id}`);
    await message(idol, 'FAIL', 'The idol is too heavy for you.');
    await message(idol, 'OFAIL', 'strains at the idol in vain.');
    await message(idol, 'SUCC', 'You lift the idol reverently.');
    await message(idol, 'OSUCC', 'lifts the idol.');
    const refused = await harness.command('get Idol', bob.id);
    assert.equal(refused.output, 'The idol is too heavy for you.');
    assert.deepEqual(texts(refused.events), [`${bob.name} strains at the idol in vain.`]);
    assert.equal(harness.world.get(idol.id)?.locationId, bob.locationId);
    const taken = await harness.command('get Idol', alice.id);
    assert.equal(taken.output, 'You lift the idol reverently.');
    assert.deepEqual(texts(taken.events), [`${alice.name} lifts the idol.`, `${alice.name} picks up Idol.`]);
    assert.equal(harness.world.get(idol.id)?.locationId, alice.id);
  });

  it("says PennMUSH's refusal when no FAIL is set, and tells the room OFAIL alone", async () => {
    const { idol, bob } = await place();
    await lock(idol, '#FALSE');
    await message(idol, 'OFAIL', 'tries to take the idol.');
    const refused = await harness.command('get Idol', bob.id);
    assert.equal(refused.output, "You can't pick that up.");
    assert.deepEqual(texts(refused.events), [`${bob.name} tries to take the idol.`]);
    assert.equal(harness.world.get(idol.id)?.locationId, bob.locationId);
  });

  it('reads messages inherited from a parent, and ones the actor could not examine', async () => {
    const { idol, alice, square } = await place();
    const template = harness.world.addThing('Template', square.id);
    await harness.world.writeObjectAttribute(template.id, 'FAIL', { name: 'FAIL', value: 'Not for you.', ownerId: null, flags: ['MORTAL_DARK'] });
    await harness.world.setBuilderFields(idol.id, { parentId: template.id });
    await lock(idol, '#FALSE');
    assert.equal((await harness.command('get Idol', alice.id)).output, 'Not for you.');
  });
});

describe('exits and a basic lock', () => {
  it('keeps out those who fail, and lets the others through with SUCC and OSUCC', async () => {
    const { door, alice, bob, square, vault } = await place();
    await lock(door, `=#${alice.id}`);
    await message(door, 'FAIL', 'The door is locked.');
    await message(door, 'OFAIL', 'rattles the door.');
    await message(door, 'SUCC', 'The door swings open for you.');
    await message(door, 'OSUCC', 'slips through the door.');
    const kept = await harness.command('go Door', bob.id);
    assert.equal(kept.output, 'The door is locked.');
    assert.deepEqual(texts(kept.events), [`${bob.name} rattles the door.`]);
    assert.equal(harness.world.get(bob.id)?.locationId, square.id);
    const shortcut = await harness.command('d', bob.id);
    assert.equal(shortcut.output, 'The door is locked.');
    const through = await harness.command('go Door', alice.id);
    assert.equal(harness.world.get(alice.id)?.locationId, vault.id);
    assert.ok(through.sends.some((send) => send.text === 'The door swings open for you.'), JSON.stringify(through.sends));
    assert.ok(texts(through.events).includes(`${alice.name} slips through the door.`));
  });

  it("says PennMUSH's refusal when no FAIL is set, and lets everyone through an unlocked exit", async () => {
    const { door, bob, vault } = await place();
    await lock(door, '#FALSE');
    assert.equal((await harness.command('go Door', bob.id)).output, "You can't go that way.");
    await harness.world.setBuilderFields(door.id, { locks: {} });
    await harness.command('go Door', bob.id);
    assert.equal(harness.world.get(bob.id)?.locationId, vault.id);
  });
});
