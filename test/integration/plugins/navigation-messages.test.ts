// Messages and rendering in the navigation plugin (issue 16): descriptions and object messages
// with PennMUSH's %-substitutions and colour, made for the person reading; DROP, ODROP, MOVE and
// OMOVE; the drop lock with DFAIL and ODFAIL; flag letters after a name for those who control it;
// enter and leave with their locks and messages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { stripAnsi } from '../../../core/sessions/text-style.js';
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
  const square = world.addRoom(`Square ${places}`, 'Cobbles.%rA fountain%tplays.');
  const hall = world.addRoom(`Hall ${places}`);
  const door = world.addExit('Door', square.id, hall.id, ['d']);
  const alice = world.addCharacter(`Alice${places}`, { room: square.id });
  const bob = world.addCharacter(`Bob${places}`, { room: square.id });
  const carol = world.addCharacter(`Carol${places}`, { room: hall.id });
  return { square, hall, door, alice, bob, carol };
}

async function message(object: WorldObject, name: string, value: string): Promise<void> {
  await harness.world.writeObjectAttribute(object.id, name, { name, value, ownerId: null, flags: [] });
}

const texts = (events: Array<{ payload: Record<string, unknown> }>) => events.map((event) => event.payload['text']);
const ESC = '\u001b[';
const plain = (text: string | undefined) => stripAnsi(text ?? '');

describe('descriptions as PennMUSH renders them', () => {
  it('makes %r, %t and %-substitutions for the viewer, and colour that ends with a reset', async () => {
    const { square, alice } = await place();
    const look = await harness.command('look', alice.id);
    assert.ok((look.output ?? '').includes('Cobbles.\nA fountain\tplays.'), look.output);
    const statue = harness.world.addThing('Statue', square.id, 'It stares at %n. %xrRed%xn and %xhbold.');
    const seen = await harness.command(`look #${statue.id}`, alice.id);
    assert.ok((seen.output ?? '').endsWith(`It stares at ${alice.name}. ${ESC}31mRed${ESC}0m and ${ESC}1mbold.${ESC}0m`), JSON.stringify(seen.output));
  });

  it('evaluates a description as the object\'s softcode, and lets no escape but colour through', async () => {
    const { square, alice } = await place();
    const sign = harness.world.addThing('Sign', square.id, 'Plain text, shown  as written.');
    const plain = await harness.command(`look #${sign.id}`, alice.id);
    assert.ok(plain.output?.endsWith('Plain text, shown  as written.'), JSON.stringify(plain));
    await harness.world.writeObjectAttribute(sign.id, 'PRICE', { name: 'PRICE', value: '3', ownerId: null, flags: [] });
    await harness.world.updateObject(sign.id, { description: 'Loaves: [mul(v(price),2)] pence, [ansi(hg,fresh)]!' });
    const priced = await harness.command(`look #${sign.id}`, alice.id);
    assert.ok(priced.output?.endsWith(`Loaves: 6 pence, ${ESC}1m${ESC}32mfresh${ESC}0m!`), JSON.stringify(priced));
    // The world refuses control characters in descriptions; code cannot make them either, and its
    // output functions do nothing when a description is read.
    await harness.world.updateObject(sign.id, { description: 'Wipe[chr(27)]\\[2J out [pemit(me,boo)]%r!' });
    const wiped = await harness.command(`look #${sign.id}`, alice.id);
    assert.ok(wiped.output?.endsWith('Wipe#-1 UNPRINTABLE CHARACTER[2J out \n!'), JSON.stringify(wiped.output));
    assert.deepEqual([wiped.sends, wiped.events], [[], []]);
  });
});

describe('flag letters after a name', () => {
  it('shows the type and flag letters to those who control the object, and the dbref alone to others', async () => {
    const { square, alice } = await place();
    const ada = harness.world.addCharacter(`Ada${places}`, { role: 'admin', room: square.id });
    await harness.world.setBuilderFields(square.id, { flags: ['JUMP_OK', 'DARK'] });
    assert.ok(((await harness.command('look', ada.id)).output ?? '').includes(`(#${square.id}RDJ)`));
    const plain = (await harness.command('look', alice.id)).output ?? '';
    assert.ok(plain.includes(`(#${square.id})`) && !plain.includes(`#${square.id}R`), plain);
    assert.ok(((await harness.command('look me', alice.id)).output ?? '').includes(`(#${alice.id}P)`));
  });
});

describe('walking: DROP, ODROP, MOVE and OMOVE', () => {
  it('shows the new room, then the exit\'s DROP and the mover\'s MOVE; the room arrived in reads ODROP and OMOVE', async () => {
    const { door, alice, hall } = await place();
    await message(door, 'DROP', 'You step into the hall, %n.');
    await message(door, 'ODROP', 'comes in, brushing off %p coat.');
    await message(alice, 'MOVE', 'Your boots squeak.');
    await message(alice, 'OMOVE', 'squeaks in.');
    const walked = await harness.command('go Door', alice.id);
    assert.equal(harness.world.get(alice.id)?.locationId, hall.id);
    const shown = (walked.output ?? '').split('\n');
    assert.ok(shown[0]!.includes(`Hall ${places}`), walked.output);
    assert.deepEqual(shown.slice(-2), [`You step into the hall, ${alice.name}.`, 'Your boots squeak.']);
    const arrivals = walked.events.filter((event) => event.stream === `location:${hall.id}`);
    assert.deepEqual(texts(arrivals), [`${alice.name} has arrived.`, `${alice.name} comes in, brushing off their coat.`, `${alice.name} squeaks in.`]);
  });
});

describe('drop: the drop lock, DROP, ODROP, DFAIL and ODFAIL', () => {
  it('refuses those who fail the drop lock, and replaces the plain lines with the messages set', async () => {
    const { square, alice, bob } = await place();
    const ring = harness.world.addThing('Ring', alice.id);
    await harness.world.setBuilderFields(ring.id, { locks: { Drop: `=#${bob.id}` } });
    const kept = await harness.command('drop Ring', alice.id);
    assert.equal(kept.output, "You can't drop that.");
    assert.equal(harness.world.get(ring.id)?.locationId, alice.id);
    await message(ring, 'DFAIL', 'The ring will not leave your finger.');
    await message(ring, 'ODFAIL', 'tugs at a ring.');
    const refused = await harness.command('drop Ring', alice.id);
    assert.equal(refused.output, 'The ring will not leave your finger.');
    assert.deepEqual(texts(refused.events), [`${alice.name} tugs at a ring.`]);

    await harness.world.setBuilderFields(ring.id, { locks: {} });
    await message(ring, 'DROP', 'You let the ring fall.');
    await message(ring, 'ODROP', 'lets a ring fall.');
    const dropped = await harness.command('drop ring', alice.id);
    assert.equal(dropped.output, 'You let the ring fall.');
    assert.deepEqual(texts(dropped.events), [`${alice.name} lets a ring fall.`]);
    assert.equal(harness.world.get(ring.id)?.locationId, square.id);
  });
});

describe('partial names', () => {
  it('finds a thing by the start of a word, and says which-one when two match', async () => {
    const { square, alice } = await place();
    harness.world.addThing('Loaf of Bread', square.id);
    assert.equal((await harness.command('get loaf', alice.id)).output, 'You pick up Loaf of Bread.');
    harness.world.addThing('Bread knife', square.id);
    harness.world.addThing('Bread basket', square.id);
    assert.equal((await harness.command('get bread', alice.id)).error, "I don't know which one you mean!");
  });
});

describe('enter and leave', () => {
  it('lets a character into an ENTER_OK thing, with ENTER, OENTER and OXENTER, and shows its IDESC', async () => {
    const { square, alice, bob } = await place();
    const wagon = harness.world.addThing('Wagon', square.id, 'A covered wagon.');
    assert.equal((await harness.command('enter wagon', alice.id)).output, 'Permission denied.');
    await harness.world.setBuilderFields(wagon.id, { flags: ['ENTER_OK'] });
    await message(wagon, 'ENTER', 'You climb up, %n.');
    await message(wagon, 'OENTER', 'climbs in beside you.');
    await message(wagon, 'OXENTER', 'climbs into the wagon.');
    await message(wagon, 'IDESC', 'Sacks of flour.');
    const first = await harness.command('enter wagon', bob.id);
    assert.equal(harness.world.get(bob.id)?.locationId, wagon.id);
    assert.deepEqual(texts(first.events.filter((event) => event.stream === `location:${square.id}`)), [`${bob.name} has left.`, `${bob.name} climbs into the wagon.`]);
    const entered = await harness.command('enter wagon', alice.id);
    const view = plain(entered.output).split('\n');
    assert.equal(view[0], `You climb up, ${alice.name}.`);
    assert.ok(view[1]!.startsWith('Wagon('), entered.output);
    assert.equal(view[2], 'Sacks of flour.');
    assert.deepEqual(texts(entered.events.filter((event) => event.stream === `location:${wagon.id}`)), [`${alice.name} has arrived.`, `${alice.name} climbs in beside you.`]);
  });

  it('keeps out those who fail the enter lock with EFAIL and OEFAIL, and lets people out past the leave lock', async () => {
    const { square, alice, bob } = await place();
    const tent = harness.world.addThing('Tent', square.id);
    await harness.world.setBuilderFields(tent.id, { flags: ['ENTER_OK'], locks: { Enter: `=#${alice.id}`, Leave: `=#${alice.id}` } });
    await message(tent, 'EFAIL', 'The flap is laced shut.');
    await message(tent, 'OEFAIL', 'tugs at the tent flap.');
    const refused = await harness.command('enter tent', bob.id);
    assert.equal(refused.output, 'The flap is laced shut.');
    assert.deepEqual(texts(refused.events), [`${bob.name} tugs at the tent flap.`]);
    await harness.command('enter tent', alice.id);
    assert.equal(harness.world.get(alice.id)?.locationId, tent.id);
    await message(tent, 'OXLEAVE', 'crawls out of the tent.');
    await message(tent, 'LEAVE', 'You crawl out.');
    const out = await harness.command('leave', alice.id);
    assert.ok(plain(out.output).startsWith(`You crawl out.\nSquare ${places}(`), out.output);
    assert.equal(harness.world.get(alice.id)?.locationId, square.id);
    assert.ok(texts(out.events).includes(`${alice.name} crawls out of the tent.`));
    await harness.world.moveObject(bob.id, tent.id);
    assert.equal((await harness.command('leave', bob.id)).output, "You can't leave.");
    assert.equal(harness.world.get(bob.id)?.locationId, tent.id);
  });

  it('refuses what cannot be entered, and leave where there is no thing to leave', async () => {
    const { square, alice, bob, door } = await place();
    assert.equal((await harness.command(`enter ${bob.name}`, alice.id)).error, "You can't enter that.");
    assert.equal((await harness.command(`enter #${door.id}`, alice.id)).error, "You can't enter that.");
    assert.equal((await harness.command('leave', alice.id)).error, "You can't leave here; walk out through an exit, or go home.");
    const box = harness.world.addThing('Box', alice.id);
    await harness.world.setBuilderFields(box.id, { flags: ['ENTER_OK'] });
    assert.equal((await harness.command('enter box', alice.id)).error, "I don't see that here.");
    assert.equal(harness.world.get(alice.id)?.locationId, square.id);
  });
});

describe('action attributes set off beside the messages', () => {
  it('queues ASUCC or AFAIL, ADROP and AMOVE as the object\'s own code with the actor as %#', async () => {
    const { square, door, alice, bob } = await place();
    const before = harness.queuedActions.length;
    const lamp = harness.world.addThing('Lamp', square.id);
    await message(lamp, 'ASUCC', '@emit The lamp flickers for %n.');
    await message(lamp, 'ADROP', '@emit The lamp clanks.');
    await message(door, 'ADROP', '@pemit %#=Mind the step.');
    await message(alice, 'AMOVE', '@pemit me=Walked.');
    await harness.command('get lamp', alice.id);
    await harness.command('drop lamp', alice.id);
    await harness.command('go Door', alice.id);
    await harness.world.setBuilderFields(lamp.id, { locks: { Basic: '#FALSE' } });
    await message(lamp, 'AFAIL', '@pemit %#=It will not budge.');
    await harness.command('get lamp', bob.id);
    assert.deepEqual(
      harness.queuedActions.slice(before).map(({ objectId, attribute, enactor }) => [objectId, attribute, enactor]),
      [[lamp.id, 'ASUCC', alice.id], [lamp.id, 'ADROP', alice.id], [door.id, 'ADROP', alice.id], [alice.id, 'AMOVE', alice.id], [lamp.id, 'AFAIL', bob.id]],
    );
  });
});
