// search_objects and set_home called from inside a real plugin with whatever JSON a test writes:
// capability checks, what a non-admin may find (what they control, and the entrances of what they
// control), the cap on results, and hostile input refused with its code.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PluginHarness } from '../../harness/plugin-harness.js';
import { loadProbe, probeCall, type ProbeAnswer } from '../../support/probe-plugin.js';

interface Hit {
  id: number;
  name: string;
  kind: string;
  owner: number | null;
  destination: number | null;
  flags: string[];
}

interface Answer extends ProbeAnswer {
  objects?: Hit[];
  truncated?: boolean;
}

const call = (harness: PluginHarness, actor: number, name: string, input: unknown): Promise<Answer> => probeCall(harness, actor, name, input);

const names = (answer: Answer) => (answer.objects ?? []).map((hit) => hit.name);

describe('search_objects and set_home without capabilities', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await loadProbe([]);
  });
  after(() => harness.close());

  it('refuses both with E_CAPABILITY_DENIED and changes nothing', async () => {
    const alice = harness.world.addCharacter('Alice');
    const den = harness.world.addRoom('Den');
    assert.equal((await call(harness, alice.id, 'search_objects', {})).error?.code, 'E_CAPABILITY_DENIED');
    assert.equal((await call(harness, alice.id, 'set_home', { room: den.id })).error?.code, 'E_CAPABILITY_DENIED');
    assert.equal(harness.world.homeOf(alice.id), harness.world.startingRoomId);
  });
});

describe('search_objects with read:objects', () => {
  let harness: PluginHarness;
  let alice: number;
  let bob: number;
  let admin: number;
  let kitchen: number;

  before(async () => {
    harness = await loadProbe(['read:objects', 'write:objects']);
    const world = harness.world;
    alice = world.addCharacter('Alice').id;
    bob = world.addCharacter('Bob').id;
    admin = world.addCharacter('Wizard', { role: 'admin' }).id;
    const start = world.startingRoomId;
    kitchen = (await world.createObject({ kind: 'room', name: 'Kitchen', ownerId: alice })).id;
    await world.createObject({ kind: 'room', name: 'Kitchen Garden', ownerId: bob });
    await world.createObject({ kind: 'thing', name: 'Kettle', ownerId: alice, locationId: start });
    await world.createObject({ kind: 'exit', name: 'In', ownerId: bob, locationId: start, destinationId: kitchen });
    await world.createObject({ kind: 'exit', name: 'Back', ownerId: alice, locationId: start, destinationId: kitchen });
    await world.setBuilderFields(kitchen, { flags: ['JUMP_OK'] });
  });
  after(() => harness.close());

  it('finds only what a non-admin controls, and everything for an admin', async () => {
    assert.deepEqual(names(await call(harness, alice, 'search_objects', { name: 'kit' })), ['Kitchen']);
    assert.deepEqual(names(await call(harness, bob, 'search_objects', { name: 'kit' })), ['Kitchen Garden']);
    assert.deepEqual(names(await call(harness, admin, 'search_objects', { name: 'kit' })), ['Kitchen', 'Kitchen Garden']);
    assert.deepEqual(names(await call(harness, alice, 'search_objects', { name: 'K*e' })), ['Kettle']);
    assert.deepEqual(names(await call(harness, admin, 'search_objects', { kind: 'room', owner: bob })), ['Kitchen Garden']);
    assert.deepEqual(names(await call(harness, alice, 'search_objects', { flags: ['jump_ok'] })), ['Kitchen']);
    assert.deepEqual(names(await call(harness, bob, 'search_objects', { owner: alice })), []);
  });

  it('shows the controller of a room every exit into it, whoever owns the exit', async () => {
    assert.deepEqual(names(await call(harness, alice, 'search_objects', { destination: kitchen })), ['In', 'Back']);
    // Bob does not control the kitchen: only his own exit into it.
    assert.deepEqual(names(await call(harness, bob, 'search_objects', { destination: kitchen })), ['In']);
  });

  it('caps the answer and pages on with after', async () => {
    for (let i = 0; i < 12; i++) await harness.world.createObject({ kind: 'thing', name: `Pebble ${i}`, ownerId: alice, locationId: harness.world.startingRoomId });
    const first = await call(harness, alice, 'search_objects', { name: 'pebble', limit: 5 });
    assert.deepEqual(names(first), ['Pebble 0', 'Pebble 1', 'Pebble 2', 'Pebble 3', 'Pebble 4']);
    assert.equal(first.truncated, true);
    const next = await call(harness, alice, 'search_objects', { name: 'pebble', limit: 10, after: first.objects!.at(-1)!.id });
    assert.equal(next.objects!.length, 7);
    assert.equal(next.truncated, false);
    const defaulted = await call(harness, alice, 'search_objects', { name: 'pebble' });
    assert.equal(defaulted.objects!.length, 12);
  });

  it('refuses hostile and malformed input with its code', async () => {
    const refusals: Array<[unknown, string]> = [
      [{ limit: 501 }, 'E_HOST_CALL_INVALID'],
      [{ limit: 0 }, 'E_HOST_CALL_INVALID'],
      [{ name: 'x'.repeat(101) }, 'E_HOST_CALL_INVALID'],
      [{ name: '' }, 'E_HOST_CALL_INVALID'],
      [{ flags: ['SPARKLY'] }, 'E_FLAG_UNKNOWN'],
      [{ flags: Array(9).fill('DARK') }, 'E_HOST_CALL_INVALID'],
      [{ kind: 'player' }, 'E_HOST_CALL_INVALID'],
      [{ owner: -1 }, 'E_HOST_CALL_INVALID'],
      [{ owner: '1' }, 'E_HOST_CALL_INVALID'],
      [{ unknown: 1 }, 'E_HOST_CALL_INVALID'],
      ['{"name":', 'E_HOST_CALL_INVALID'],
    ];
    for (const [input, code] of refusals) {
      const answer = await call(harness, alice, 'search_objects', input);
      assert.equal(answer.ok ? undefined : answer.error?.code, code, JSON.stringify(input));
    }
    // A pattern of many stars is answered, not stuck on.
    const started = Date.now();
    assert.deepEqual(names(await call(harness, admin, 'search_objects', { name: '*'.repeat(50) + 'z' })), []);
    assert.ok(Date.now() - started < 2000);
  });
});

describe('set_home with write:objects', () => {
  let harness: PluginHarness;
  let alice: number;
  let bob: number;
  let den: number;

  before(async () => {
    harness = await loadProbe(['read:objects', 'write:objects']);
    alice = harness.world.addCharacter('Alice').id;
    bob = harness.world.addCharacter('Bob').id;
    den = harness.world.addRoom('Den').id;
  });
  after(() => harness.close());

  it('sets the actor\'s home, and only a room', async () => {
    assert.deepEqual(await call(harness, alice, 'set_home', { room: den }), { ok: true, character: alice, home: den, previous: harness.world.startingRoomId });
    assert.equal(harness.world.homeOf(alice), den);
    const thing = (await harness.world.createObject({ kind: 'thing', name: 'Box', ownerId: alice, locationId: den })).id;
    assert.equal((await call(harness, alice, 'set_home', { room: thing })).error?.code, 'E_WORLD_RULE');
    assert.equal((await call(harness, alice, 'set_home', { room: 999_999 })).error?.code, 'E_OBJECT_NOT_FOUND');
    assert.equal(harness.world.homeOf(alice), den);
  });

  it('refuses another character\'s home to a non-admin, and hostile input', async () => {
    assert.equal((await call(harness, alice, 'set_home', { character: bob, room: den })).error?.code, 'E_PERMISSION_DENIED');
    assert.equal((await call(harness, alice, 'set_home', { character: den, room: den })).error?.code, 'E_OBJECT_NOT_FOUND');
    for (const input of [{}, { room: -3 }, { room: 'den' }, { room: den, extra: true }]) {
      assert.equal((await call(harness, alice, 'set_home', input)).error?.code, 'E_HOST_CALL_INVALID', JSON.stringify(input));
    }
    assert.equal(harness.world.homeOf(bob), harness.world.startingRoomId);
  });
});
