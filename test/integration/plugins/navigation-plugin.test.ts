// The navigation plugin in the harness: look, go (and bare exit names), exits, home, inventory,
// get and drop, with the exact text players read, the world changes and the events, and hostile
// input for each. Every test builds its own rooms so tests never see each other's characters.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CommandOutput } from '../../../core/plugins/plugin-abi.js';
import { renderEventFor } from '../../../core/sessions/event-renderer.js';
import { stripAnsi } from '../../../core/sessions/text-style.js';
import type { WorldObject } from '../../../core/world/world-object.js';
import { type CommandResult, PluginHarness } from '../../harness/plugin-harness.js';

const ROOM = (name: string) => `\u001b[1;36m${name}\u001b[0m`;
const EXIT = (name: string) => `\u001b[32m${name}\u001b[0m`;
const CHARACTER = (name: string) => `\u001b[1;33m${name}\u001b[0m`;
const TOO_LONG = 'No object has a name that long: object names are at most 100 characters.';
const HOSTILE_NAMES = ['x'.repeat(500), 'e\u0301\u0301\u0301', '\u05e9\u05dc\u05d5\u05dd \u202e', '\u{1F525}\u{1F9D9}\u200d\u2642\ufe0f', 'bell\u0007\u001b[2J', 'a;b=c'];

let harness: PluginHarness;
let rooms = 0;

before(async () => {
  harness = await PluginHarness.load('plugins/navigation/manifest.yaml');
});
after(() => harness.close());

/** A fresh square with a lamp, a kitchen to the north and a hole leading nowhere, and Alice in it. */
function village() {
  rooms += 1;
  const { world } = harness;
  const square = world.addRoom(`Square ${rooms}`, 'Cobbles and a well.');
  const kitchen = world.addRoom(`Kitchen ${rooms}`, 'It smells of bread.');
  const north = world.addExit('North', square.id, kitchen.id, ['n']);
  const hole = world.addExit('Hole', square.id, null);
  const south = world.addExit('South', kitchen.id, square.id, ['s', 'back']);
  const lamp = world.addThing('Lamp', square.id, 'A brass lamp.');
  const alice = world.addCharacter(`Alice${rooms}`, { room: square.id });
  return { square, kitchen, north, hole, south, lamp, alice };
}

async function run(line: string, who: WorldObject): Promise<CommandResult> {
  const result = await harness.command(line, who.id);
  assert.equal(result.failure, undefined, `"${line}" failed: ${result.failure?.message}`);
  return result;
}

/** The plugin's own answer to a line no command took, `handled` included. */
function offer(line: string, who: WorldObject): Promise<CommandOutput> {
  const actor = { id: who.id, name: who.name, role: 'player' as const, location: harness.world.get(who.id)!.locationId };
  return harness.host.callUnmatched('navigation', 'on_unmatched', { line, actor });
}

function locationOf(object: WorldObject): number | null {
  return harness.world.get(object.id)!.locationId;
}

/** A refusal as the test compares it: the player's error and the events (none are expected). */
function pick(result: CommandResult): { error?: string; events: unknown[] } {
  return { error: result.error, events: result.events };
}

/** What each event was, as players would read it: stream, type, text and who is left out. */
function trail(result: CommandResult): unknown[][] {
  return result.events.map((event) => [event.stream, event.type, event.payload['text'], event.payload['exclude']]);
}

describe('the navigation manifest', () => {
  it('asks only for the capabilities it uses', () => {
    assert.deepEqual(harness.manifest.capabilities, ['read:locations', 'read:objects', 'read:characters', 'write:objects', 'emit:location:*', 'softcode:actions']);
    assert.equal(harness.manifest.priority, 100);
    assert.equal(harness.manifest.unmatched, 'on_unmatched');
    for (const command of harness.manifest.commands) assert.ok(command.help && command.description, command.name);
  });
});

describe('look', () => {
  it('shows the room in colour: name, description, other connected characters, things and exits', async () => {
    const { square, alice } = village();
    const bob = harness.world.addCharacter(`Bob${rooms}`, { room: square.id });
    harness.world.addCharacter(`Sleeper${rooms}`, { room: square.id, connected: false });
    const result = await run('look', alice);
    const expected = [`${ROOM(square.name)}(#${square.id})`, 'Cobbles and a well.', 'Contents:', CHARACTER(bob.name), 'Lamp', 'Obvious exits:', `${EXIT('North')}, ${EXIT('Hole')}`];
    assert.equal(result.output, expected.join('\n'));
    assert.equal(stripAnsi(result.output!), `${square.name}(#${square.id})\nCobbles and a well.\nContents:\n${bob.name}\nLamp\nObvious exits:\nNorth, Hole`);
    assert.deepEqual(result.events, []);
    assert.equal((await run('l', alice)).output, result.output);
  });

  it('leaves out the description, contents and exits headings when there is nothing to show', async () => {
    const empty = harness.world.addRoom('Empty Cell');
    const prisoner = harness.world.addCharacter(`Prisoner${rooms}`, { room: empty.id });
    assert.equal((await run('look', prisoner)).output, `${ROOM('Empty Cell')}(#${empty.id})`);
  });

  it('shows a room named by "here" or by reference like a bare look', async () => {
    const { kitchen, alice } = village();
    assert.equal((await run('look here', alice)).output, (await run('look', alice)).output);
    const remote = await run(`look #${kitchen.id}`, alice);
    assert.equal(stripAnsi(remote.output!), `${kitchen.name}(#${kitchen.id})\nIt smells of bread.\nObvious exits:\nSouth`);
  });

  it('shows things (nearby or carried), characters and exits, with "You see nothing special." for no description', async () => {
    const { square, kitchen, north, hole, lamp, alice } = village();
    const rock = harness.world.addThing('Rock', square.id);
    const bob = harness.world.addCharacter(`Bob${rooms}`, { room: square.id });
    await harness.world.updateObject(north.id, { description: 'A door to the kitchen.' });
    assert.equal((await run('look lamp', alice)).output, `Lamp(#${lamp.id})\nA brass lamp.`);
    assert.equal((await run(`look #${rock.id}`, alice)).output, `Rock(#${rock.id})\nYou see nothing special.`);
    assert.equal((await run(`look ${bob.name.toLowerCase()}`, alice)).output, `${CHARACTER(bob.name)}(#${bob.id})\nYou see nothing special.`);
    assert.equal(stripAnsi((await run('look me', alice)).output!), `${alice.name}(#${alice.id}P)\nYou see nothing special.`);
    const exit = await run('look n', alice);
    assert.equal(exit.output, `${EXIT('North')}(#${north.id})\nA door to the kitchen.\nIt leads to ${ROOM(kitchen.name)}.`);
    assert.equal(stripAnsi((await run('look hole', alice)).output!), `Hole(#${hole.id})\nYou see nothing special.\nIt leads nowhere.`);
    const coin = harness.world.addThing('Coin', alice.id, 'Gold.');
    assert.equal((await run('look coin', alice)).output, `Coin(#${coin.id})\nGold.`, 'what the actor carries');
  });

  it('answers unknown, ambiguous and hostile names with a sentence and changes nothing', async () => {
    const { square, alice } = village();
    harness.world.addThing('Ball', square.id);
    harness.world.addThing('Ball', square.id);
    assert.equal((await run('look xyzzy', alice)).error, 'I don\'t see "xyzzy" here.');
    assert.equal((await run('look ball', alice)).error, 'I don\'t know which one you mean!');
    assert.equal((await run('look #999999', alice)).error, 'No object #999999 exists.');
    // Too long to be any object's name is said as such, not as "nothing here".
    assert.equal((await run(`look ${'x'.repeat(101)}`, alice)).error, TOO_LONG);
    assert.equal((await run(`look ${'x'.repeat(500)}`, alice)).error, TOO_LONG);
    assert.equal((await run(`look ${'x'.repeat(100)}`, alice)).error, `I don't see "${'x'.repeat(100)}" here.`);
    for (const name of HOSTILE_NAMES.slice(1)) assert.deepEqual(pick(await run(`look ${name}`, alice)), { error: `I don't see "${name}" here.`, events: [] });
    assert.equal(locationOf(alice), square.id);
  });
});

describe('go, and exit names typed on their own', () => {
  it('walks through an exit, shows the new room, and the core announces leaving and arriving', async () => {
    const { square, kitchen, alice } = village();
    const result = await run('go north', alice);
    assert.equal(locationOf(alice), kitchen.id);
    assert.equal(result.output, `${ROOM(kitchen.name)}(#${kitchen.id})\nIt smells of bread.\nObvious exits:\n${EXIT('South')}`);
    assert.deepEqual(trail(result), [
      [`location:${square.id}`, 'leave', `${alice.name} has left.`, [alice.id]],
      [`location:${kitchen.id}`, 'arrive', `${alice.name} has arrived.`, [alice.id]],
    ]);
  });

  it('matches names and aliases ignoring case, through go, move and bare words', async () => {
    const { square, kitchen, alice } = village();
    for (const [line, room] of [['move N', kitchen], ['go BACK', square], ['north', kitchen], ['  s  ', square], ['n', kitchen], ['South', square]] as const) {
      const result = await run(line, alice);
      assert.equal(locationOf(alice), room.id, line);
      assert.equal(stripAnsi(result.output!).split('\n')[0], `${room.name}(#${room.id})`, line);
      assert.equal(result.events.length, 2, line);
    }
  });

  it('prefers an exit named exactly over another exit\'s alias', async () => {
    const { square, alice } = village();
    const cellar = harness.world.addRoom('Cellar');
    harness.world.addExit('N', square.id, cellar.id);
    await run('n', alice);
    assert.equal(locationOf(alice), cellar.id);
  });

  it('refuses unknown and unlinked exits without moving anyone', async () => {
    const { square, alice } = village();
    for (const line of ['go west', 'go hole', 'hole', `go ${'x'.repeat(500)}`, ...HOSTILE_NAMES.map((name) => `go ${name}`)]) {
      const error = /hole/.test(line) ? 'That exit leads nowhere.' : "You can't go that way.";
      assert.deepEqual(pick(await run(line, alice)), { error, events: [] }, line);
    }
    assert.equal(locationOf(alice), square.id);
    assert.equal((await harness.command('go', alice.id)).failure?.message, 'Usage: go <exit>');
  });

  it('passes every line that names no exit, whatever it holds, so the core can say "Huh?"', async () => {
    const { square, kitchen, alice } = village();
    const garbage = ['', '   ', 'x'.repeat(10_000), '\u0000\u0001\u001b[2J\u007f', '\u{1F525}\u{1F525}', '#1', `#${square.id}`, ';', '=', 'north;south', 'n=1', '\ud800', 'lamp', 'say hello', 'e\u0301'];
    for (const line of garbage) {
      assert.deepEqual(await offer(line, alice), { handled: false }, JSON.stringify(line.slice(0, 20)));
    }
    assert.equal(locationOf(alice), square.id);
    assert.deepEqual(await offer('hole', alice), { handled: true, error: 'That exit leads nowhere.' });
    const walked = await offer(' North ', alice);
    assert.equal(walked.handled, true);
    assert.equal(stripAnsi(walked.output!).split('\n')[0], `${kitchen.name}(#${kitchen.id})`);
    assert.equal(locationOf(alice), kitchen.id);
  });
});

describe('exits', () => {
  it('lists each exit with aliases and destination, or says there are none', async () => {
    const { square, kitchen, north, alice } = village();
    const result = await run('exits', alice);
    assert.equal(stripAnsi(result.output!), `Obvious exits:\n  North (n) leads to ${kitchen.name}(#${kitchen.id}).\n  Hole leads nowhere.`);
    assert.ok(result.output!.includes(`${EXIT('North')} (n) leads to ${ROOM(kitchen.name)}(#${kitchen.id}).`));
    assert.equal((await run(`go #${north.id}`, alice)).error, "You can't go that way.", 'exits are walked by name, not reference');
    await run('n', alice);
    assert.equal(stripAnsi((await run('exits', alice)).output!), `Obvious exits:\n  South (s, back) leads to ${square.name}(#${square.id}).`);
    const empty = harness.world.addRoom('Closet');
    const hider = harness.world.addCharacter(`Hider${rooms}`, { room: empty.id });
    assert.equal((await run('exits', hider)).output, 'There are no obvious exits here.');
  });
});

describe('home', () => {
  it('takes the actor home with the room view, then says it is already there', async () => {
    const { kitchen, alice } = village();
    await run('n', alice);
    const start = harness.world.startingRoomId;
    const result = await run('home', alice);
    assert.equal(locationOf(alice), start);
    assert.equal(result.output, `There's no place like home...\n${ROOM('The Hearth')}(#${start})\nA warm common room.`);
    assert.deepEqual(trail(result), [
      [`location:${kitchen.id}`, 'leave', `${alice.name} has left.`, [alice.id]],
      [`location:${start}`, 'arrive', `${alice.name} has arrived.`, [alice.id]],
    ]);
    const again = await run('home', alice);
    assert.equal(again.error, 'You are already home.');
    assert.deepEqual(again.events, []);
  });
});

describe('inventory, get and drop', () => {
  it('picks a thing up and puts it down, telling the room, with inventory following', async () => {
    const { square, lamp, alice } = village();
    const bob = harness.world.addCharacter(`Bob${rooms}`, { room: square.id });
    assert.equal((await run('inventory', alice)).output, "You aren't carrying anything.");

    const got = await run('get lamp', alice);
    assert.equal(got.output, 'You pick up Lamp.');
    assert.equal(locationOf(lamp), alice.id);
    const [picked] = got.events;
    assert.deepEqual(trail(got), [[`location:${square.id}`, 'get', `${alice.name} picks up Lamp.`, [alice.id]]]);
    assert.deepEqual([picked!.actor, picked!.payload['object'], picked!.payload['name']], [{ kind: 'character', id: String(alice.id) }, lamp.id, 'Lamp']);
    assert.deepEqual([renderEventFor(picked!, bob.id), renderEventFor(picked!, alice.id)], [`${alice.name} picks up Lamp.`, null]);

    const rock = harness.world.addThing('Rock', square.id);
    assert.equal((await run('take rock', alice)).output, 'You pick up Rock.');
    assert.equal((await run('i', alice)).output, 'You are carrying:\nLamp\nRock');
    assert.equal(stripAnsi((await run('look', alice)).output!).includes('Lamp'), false);

    const dropped = await run('drop LAMP', alice);
    assert.equal(dropped.output, 'You drop Lamp.');
    assert.equal(locationOf(lamp), square.id);
    assert.deepEqual(trail(dropped), [[`location:${square.id}`, 'drop', `${alice.name} drops Lamp.`, [alice.id]]]);
    assert.equal((await run('inventory', alice)).output, 'You are carrying:\nRock');
    assert.equal(locationOf(rock), alice.id);
  });

  it('picks up only things lying in the room, and changes nothing when it refuses', async () => {
    const { square, kitchen, lamp, alice } = village();
    const bob = harness.world.addCharacter(`Bob${rooms}`, { room: square.id });
    const pie = harness.world.addThing('Pie', kitchen.id);
    harness.world.addThing('Ball', square.id);
    harness.world.addThing('Ball', square.id);
    const refusals: Array<[string, string]> = [
      [`get ${bob.name}`, "You can't pick that up."],
      ['get north', "You can't pick that up."],
      ['get here', "You can't pick that up."],
      ['get me', "You can't pick that up."],
      [`get #${pie.id}`, "I don't see that here."],
      ['get xyzzy', 'I don\'t see "xyzzy" here.'],
      ['get ball', 'I don\'t know which one you mean!'],
      [`get ${'x'.repeat(500)}`, TOO_LONG],
      ...HOSTILE_NAMES.slice(1).map((name): [string, string] => [`get ${name}`, `I don't see "${name}" here.`]),
    ];
    for (const [line, error] of refusals) assert.deepEqual(pick(await run(line, alice)), { error, events: [] }, line);
    await run('get lamp', alice);
    assert.equal((await run('get lamp', alice)).error, 'You already have that.');
    assert.equal(locationOf(pie), kitchen.id);
    assert.equal(locationOf(bob), square.id);
    assert.equal((await harness.command('get', alice.id)).failure?.message, 'Usage: get <thing>');
    assert.equal(locationOf(lamp), alice.id);
  });

  it('drops only what the actor carries', async () => {
    const { square, lamp, alice } = village();
    const refusal = "You aren't carrying that; type inventory to see what you carry.";
    for (const line of ['drop lamp', 'drop north', 'drop me', 'drop here']) assert.deepEqual(pick(await run(line, alice)), { error: refusal, events: [] }, line);
    assert.equal((await run('drop xyzzy', alice)).error, 'I don\'t see "xyzzy" here.');
    assert.equal((await run(`drop ${'x'.repeat(500)}`, alice)).error, TOO_LONG);
    assert.equal((await harness.command('drop', alice.id)).failure?.message, 'Usage: drop <thing>');
    assert.equal(locationOf(lamp), square.id);
  });
});

describe('non-ASCII names and descriptions', () => {
  it('round-trip through look, go, exits, get, inventory and drop', async () => {
    const { world } = harness;
    const cafe = world.addRoom('Caf\u00e9 \u2713 \u{1F525}', '\u00dcn\u00efc\u00f6d\u00e9 \u2014 \u05e9\u05dc\u05d5\u05dd \u{1F319}\nSecond line.');
    const garden = world.addRoom('\u82b1\u56ed');
    world.addExit('\u00c9st', cafe.id, garden.id, ['\u00e9']);
    const dessert = world.addThing('Cr\u00e8me br\u00fbl\u00e9e', cafe.id, 'Sucr\u00e9e \u{1F36E}');
    const zoe = world.addCharacter(`Zo\u00eb${rooms}`, { room: cafe.id });
    assert.equal(
      stripAnsi((await run('look', zoe)).output!),
      `Caf\u00e9 \u2713 \u{1F525}(#${cafe.id})\n\u00dcn\u00efc\u00f6d\u00e9 \u2014 \u05e9\u05dc\u05d5\u05dd \u{1F319}\nSecond line.\nContents:\nCr\u00e8me br\u00fbl\u00e9e\nObvious exits:\n\u00c9st`,
    );
    assert.equal((await run('look CR\u00c8ME BR\u00dbL\u00c9E', zoe)).output, `Cr\u00e8me br\u00fbl\u00e9e(#${dessert.id})\nSucr\u00e9e \u{1F36E}`);
    assert.equal(stripAnsi((await run('exits', zoe)).output!), `Obvious exits:\n  \u00c9st (\u00e9) leads to \u82b1\u56ed(#${garden.id}).`);
    const got = await run('get cr\u00e8me br\u00fbl\u00e9e', zoe);
    assert.equal(got.output, 'You pick up Cr\u00e8me br\u00fbl\u00e9e.');
    assert.equal(got.events[0]?.payload['text'], `${zoe.name} picks up Cr\u00e8me br\u00fbl\u00e9e.`);
    assert.equal((await run('i', zoe)).output, 'You are carrying:\nCr\u00e8me br\u00fbl\u00e9e');
    await run('\u00c9', zoe);
    assert.equal(locationOf(zoe), garden.id);
    assert.equal((await run('drop cr\u00e8me br\u00fbl\u00e9e', zoe)).output, 'You drop Cr\u00e8me br\u00fbl\u00e9e.');
    assert.equal(locationOf(dessert), garden.id);
  });
});

describe('when the host refuses part of a command', () => {
  it('a get whose event is refused leaves the thing where it was and emits nothing', async (t) => {
    const limited = await PluginHarness.load('plugins/navigation/manifest.yaml', { limits: { playerEmitsPerSecond: 0, playerEmitBurst: 0 } });
    t.after(() => limited.close());
    const room = limited.world.addRoom('Shop');
    const lamp = limited.world.addThing('Lamp', room.id);
    const alice = limited.world.addCharacter('Alice', { room: room.id });
    const result = await limited.command('get lamp', alice.id);
    assert.equal(result.error, 'Plugin "navigation" exceeded its limit of 0 events per second for one player; slow down.');
    assert.equal(limited.world.get(lamp.id)!.locationId, room.id);
    assert.deepEqual(result.events, []);
  });

  it('an exit name typed without write:objects says why and moves no one', async (t) => {
    const unprivileged = await PluginHarness.load('plugins/navigation/manifest.yaml', { manifest: { capabilities: ['read:locations', 'read:objects'] } });
    t.after(() => unprivileged.close());
    const hall = unprivileged.world.addRoom('Hall');
    const alice = unprivileged.world.addCharacter('Alice');
    unprivileged.world.addExit('Door', alice.locationId!, hall.id);
    const result = await unprivileged.command('door', alice.id);
    assert.equal(result.error, 'Plugin "navigation" may not move objects: it lacks the capability "write:objects" in its manifest.');
    assert.equal(unprivileged.world.get(alice.id)!.locationId, unprivileged.world.startingRoomId);
    assert.deepEqual(result.events, []);
  });
});

describe('capabilities', () => {
  it('were never refused during any of the above', () => {
    assert.deepEqual(harness.denials(), []);
  });
});
