// The builder host functions (issue 16) called from inside a real plugin with whatever JSON a
// test writes: capability checks, control of the object, what others may see, and hostile input
// (bad names, oversized values, malformed keys, someone else's object) refused with its code.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PluginHarness } from '../../harness/plugin-harness.js';
import { loadProbe, probeCall as call, type ProbeAnswer as Answer } from '../../support/probe-plugin.js';

function codeOf(answer: Answer): string | undefined {
  return answer.ok ? undefined : answer.error?.code;
}

const BUILDER_FUNCTIONS = ['get_attributes', 'read_messages', 'set_attribute_value', 'set_attribute_flags', 'set_flags', 'set_lock', 'test_lock', 'set_parent'];

describe('builder host functions without capabilities', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await loadProbe([]);
  });
  after(() => harness.close());

  it('refuses each with E_CAPABILITY_DENIED and changes nothing', async () => {
    const alice = harness.world.addCharacter('Alice');
    for (const name of BUILDER_FUNCTIONS) {
      const answer = await call(harness, alice.id, name, { id: alice.id, name: 'MOOD', names: ['SUCC'], value: 'x', key: '#1', parent: null, set: ['DARK'] });
      assert.equal(codeOf(answer), 'E_CAPABILITY_DENIED', name);
    }
    assert.deepEqual(harness.world.attributesOf(alice.id), []);
    assert.deepEqual(harness.world.get(alice.id)?.flags, []);
  });
});

describe('builder host functions with read:objects and write:objects', () => {
  let harness: PluginHarness;
  let alice: number;
  let bob: number;
  let admin: number;
  let box: number;

  before(async () => {
    harness = await loadProbe(['read:objects', 'write:objects']);
    alice = harness.world.addCharacter('Alice').id;
    bob = harness.world.addCharacter('Bob').id;
    admin = harness.world.addCharacter('Wizard', { role: 'admin' }).id;
    box = (await harness.world.createObject({ kind: 'thing', name: 'Box', ownerId: alice, locationId: harness.world.startingRoomId })).id;
  });
  after(() => harness.close());

  it('sets attributes under canonical names, owned by the actor, and removes them', async () => {
    assert.deepEqual(await call(harness, alice, 'set_attribute_value', { id: box, name: 'mood', value: 'grumpy é' }), { ok: true, name: 'MOOD', set: true, existed: false });
    assert.deepEqual(await call(harness, alice, 'set_attribute_value', { id: box, name: 'tree`leaf', value: 'x' }), { ok: true, name: 'TREE`LEAF', set: true, existed: false });
    assert.deepEqual(await call(harness, alice, 'set_attribute_value', { id: box, name: 'TREE`LEAF', value: null }), { ok: true, name: 'TREE`LEAF', set: false, existed: true });
    const read = await call(harness, alice, 'get_attributes', { id: box });
    assert.deepEqual(read, { ok: true, id: box, controls: true, flags: [], parent: null, locks: {}, attributes: [{ name: 'MOOD', value: 'grumpy é', owner: alice, flags: [] }] });
  });

  it('refuses bad names, oversized values and malformed input, storing nothing', async () => {
    const refusals: Array<[string, unknown, string]> = [
      ['set_attribute_value', { id: box, name: 'HAS SPACE', value: 'x' }, 'E_ATTRIBUTE_NAME'],
      ['set_attribute_value', { id: box, name: 'A'.repeat(65), value: 'x' }, 'E_ATTRIBUTE_NAME'],
      ['set_attribute_value', { id: box, name: 'EQ=UALS', value: 'x' }, 'E_ATTRIBUTE_NAME'],
      ['set_attribute_value', { id: box, name: 'TREE``GAP', value: 'x' }, 'E_ATTRIBUTE_NAME'],
      ['set_attribute_value', { id: box, name: 'BIG', value: 'x'.repeat(8193) }, 'E_ATTRIBUTE_TOO_LONG'],
      ['set_attribute_value', { id: box, name: 'N', value: 5 }, 'E_HOST_CALL_INVALID'],
      ['set_attribute_value', { id: -1, name: 'N', value: 'x' }, 'E_HOST_CALL_INVALID'],
      ['set_attribute_value', { id: 999_999, name: 'N', value: 'x' }, 'E_OBJECT_NOT_FOUND'],
      ['set_attribute_value', '{"id":', 'E_HOST_CALL_INVALID'],
      ['set_attribute_flags', { id: box, name: 'MOOD', set: ['sparkly'] }, 'E_FLAG_UNKNOWN'],
      ['set_attribute_flags', { id: box, name: 'NOPE', set: ['visual'] }, 'E_ATTRIBUTE_NOT_FOUND'],
      ['set_flags', { id: box, set: ['WIZARDLY'] }, 'E_FLAG_UNKNOWN'],
      ['set_flags', { id: box, set: ['DARK'], clear: ['dark'] }, 'E_HOST_CALL_INVALID'],
      ['set_lock', { id: box, key: '(#1' }, 'E_LOCK_SYNTAX'],
      ['set_lock', { id: box, key: '#1&' }, 'E_LOCK_SYNTAX'],
      ['set_lock', { id: box, key: '('.repeat(100) + '#1' + ')'.repeat(100) }, 'E_LOCK_TOO_COMPLEX'],
      ['set_lock', { id: box, type: 'frobnicate', key: '#1' }, 'E_LOCK_TYPE_UNKNOWN'],
      ['set_lock', { id: box, key: 'Nothing Like It' }, 'E_OBJECT_NOT_FOUND'],
      ['set_lock', { id: box, key: '#999999' }, 'E_OBJECT_NOT_FOUND'],
      ['set_parent', { id: box, parent: box }, 'E_PARENT_LOOP'],
      ['set_parent', { id: box, parent: 999_999 }, 'E_OBJECT_NOT_FOUND'],
    ];
    for (const [name, input, code] of refusals) assert.equal(codeOf(await call(harness, alice, name, input)), code, `${name} ${JSON.stringify(input).slice(0, 80)}`);
    assert.deepEqual(harness.world.attributesOf(box).map((attribute) => attribute.name), ['MOOD']);
    assert.deepEqual(harness.world.get(box)?.flags, []);
    assert.deepEqual(harness.world.get(box)?.locks, {});
    assert.equal(harness.world.get(box)?.parentId, null);
  });

  it("refuses changes to someone else's object, and lets admins make them", async () => {
    const changes: Array<[string, unknown]> = [
      ['set_attribute_value', { id: box, name: 'MOOD', value: 'hacked' }],
      ['set_attribute_flags', { id: box, name: 'MOOD', set: ['visual'] }],
      ['set_flags', { id: box, set: ['DARK'] }],
      ['set_lock', { id: box, key: 'me' }],
      ['set_parent', { id: box, parent: bob }],
    ];
    for (const [name, input] of changes) assert.equal(codeOf(await call(harness, bob, name, input)), 'E_PERMISSION_DENIED', name);
    assert.equal(harness.world.attributesOf(box)[0]?.value, 'grumpy é');
    assert.ok((await call(harness, admin, 'set_attribute_value', { id: box, name: 'NOTE', value: 'by admin' })).ok);
    assert.equal(harness.world.attributesOf(box).find((attribute) => attribute.name === 'NOTE')?.ownerId, admin);
  });

  it('shows others only VISUAL attributes, all on a VISUAL object, never MORTAL_DARK ones, and no locks', async () => {
    await call(harness, alice, 'set_attribute_value', { id: box, name: 'PUBLIC_NOTE', value: 'hello' });
    await call(harness, alice, 'set_attribute_value', { id: box, name: 'SECRET', value: 'hush' });
    assert.deepEqual(await call(harness, alice, 'set_attribute_flags', { id: box, name: 'public_note', set: ['visual'] }), { ok: true, name: 'PUBLIC_NOTE', flags: ['VISUAL'] });
    await call(harness, alice, 'set_attribute_flags', { id: box, name: 'SECRET', set: ['hidden', 'visual'] });
    await call(harness, alice, 'set_lock', { id: box, key: 'me' });
    const names = async (actor: number, pattern?: string) => ((await call(harness, actor, 'get_attributes', { id: box, pattern })).attributes as Array<{ name: string }>).map((attribute) => attribute.name);
    assert.deepEqual(await names(bob), ['PUBLIC_NOTE']);
    assert.deepEqual((await call(harness, bob, 'get_attributes', { id: box })).locks, {});
    assert.deepEqual(await call(harness, bob, 'set_flags', { id: box, set: ['visual'] }).then(codeOf), 'E_PERMISSION_DENIED');
    assert.deepEqual(await call(harness, alice, 'set_flags', { id: box, set: ['visual', 'dark'] }), { ok: true, flags: ['DARK', 'VISUAL'], set: ['DARK', 'VISUAL'], cleared: [] });
    assert.deepEqual(await names(bob), ['MOOD', 'NOTE', 'PUBLIC_NOTE']);
    assert.deepEqual(await names(bob, 'p*'), ['PUBLIC_NOTE']);
    assert.deepEqual(await names(alice), ['MOOD', 'NOTE', 'PUBLIC_NOTE', 'SECRET']);
    assert.deepEqual(await call(harness, alice, 'set_flags', { id: box, set: ['dark'], clear: ['visual'] }), { ok: true, flags: ['DARK'], set: [], cleared: ['VISUAL'] });
  });

  it('reads a few attributes by name; read_messages reads only message attributes, hidden or not, evaluated for the reader', async () => {
    await call(harness, alice, 'set_attribute_value', { id: box, name: 'OFAIL', value: 'rattles the box, %n: [add(1,2)].' });
    await call(harness, alice, 'set_attribute_flags', { id: box, name: 'OFAIL', set: ['hidden'] });
    await call(harness, alice, 'set_attribute_value', { id: box, name: 'PASSWORD', value: 'swordfish' });
    await call(harness, alice, 'set_attribute_flags', { id: box, name: 'PASSWORD', set: ['hidden'] });
    assert.deepEqual((await call(harness, bob, 'get_attributes', { id: box, names: ['OFAIL', 'PASSWORD'] })).attributes, []);
    const messages = await call(harness, bob, 'read_messages', { id: box, names: ['ofail', 'SUCC', 'DESC'] });
    const bobName = harness.world.get(bob)!.name;
    assert.deepEqual(messages, { ok: true, messages: { OFAIL: `rattles the box, ${bobName}: 3.` } });
    for (const input of [{ id: box }, { id: box, names: [] }, { id: box, names: ['OFAIL', 'PASSWORD'] }, { id: box, names: ['*'] }, { id: box, names: Array(17).fill('SUCC') }, { id: box, names: ['x'.repeat(200)] }]) {
      const answer = await call(harness, bob, 'read_messages', input);
      assert.ok(['E_HOST_CALL_INVALID', 'E_ATTRIBUTE_NAME'].includes(codeOf(answer) ?? ''), `${JSON.stringify(input).slice(0, 60)}: ${JSON.stringify(answer).slice(0, 120)}`);
      assert.ok(!JSON.stringify(answer).includes('swordfish'));
    }
    for (const name of ['OFAIL', 'PASSWORD']) await call(harness, alice, 'set_attribute_value', { id: box, name, value: null });
  });

  it('stores locks as canonical text and tests who passes them', async () => {
    assert.deepEqual(await call(harness, alice, 'set_lock', { id: box, key: 'me | Bob' }), { ok: true, type: 'Basic', key: `#${alice}|#${bob}`, existed: true });
    assert.deepEqual(await call(harness, alice, 'set_lock', { id: box, type: 'use', key: '!=me' }), { ok: true, type: 'Use', key: `!=#${alice}`, existed: false });
    assert.deepEqual(harness.world.get(box)?.locks, { Basic: `#${alice}|#${bob}`, Use: `!=#${alice}` });
    assert.equal((await call(harness, bob, 'test_lock', { id: box })).passed, true);
    assert.equal((await call(harness, admin, 'test_lock', { id: box })).passed, false);
    assert.equal((await call(harness, alice, 'test_lock', { id: box, type: 'Use' })).passed, false);
    assert.equal((await call(harness, alice, 'test_lock', { id: box, type: 'Use', actor: bob })).passed, true);
    assert.deepEqual(await call(harness, alice, 'test_lock', { id: box, type: 'Enter' }), { ok: true, type: 'Enter', locked: false, passed: true });
    assert.deepEqual(await call(harness, alice, 'set_lock', { id: box, type: 'use', key: null }), { ok: true, type: 'Use', key: null, existed: true });
    await call(harness, alice, 'set_attribute_value', { id: alice, name: 'CLAN', value: 'Otter' });
    await call(harness, alice, 'set_lock', { id: box, key: 'CLAN:ott*' });
    assert.equal((await call(harness, alice, 'test_lock', { id: box })).passed, true);
    assert.equal((await call(harness, bob, 'test_lock', { id: box })).passed, false);
  });

  it('sets parents the actor may use, refuses loops, and shows inherited attributes', async () => {
    const bobsThing = (await harness.world.createObject({ kind: 'thing', name: 'Pebble', ownerId: bob, locationId: harness.world.startingRoomId })).id;
    assert.equal(codeOf(await call(harness, bob, 'set_parent', { id: bobsThing, parent: box })), 'E_PERMISSION_DENIED');
    await call(harness, alice, 'set_flags', { id: box, set: ['LINK_OK'] });
    assert.deepEqual(await call(harness, bob, 'set_parent', { id: bobsThing, parent: box }), { ok: true, id: bobsThing, parent: box });
    assert.equal(codeOf(await call(harness, alice, 'set_parent', { id: box, parent: bobsThing })), 'E_PERMISSION_DENIED');
    assert.equal(codeOf(await call(harness, admin, 'set_parent', { id: box, parent: bobsThing })), 'E_PARENT_LOOP');
    const inherited = (await call(harness, bob, 'get_attributes', { id: bobsThing, inherit: true })).attributes as Array<{ name: string; from?: number }>;
    // Bob controls the Pebble but not the Box it inherits from: he sees what the Box shows others.
    assert.deepEqual(inherited.map((attribute) => [attribute.name, attribute.from]), [['PUBLIC_NOTE', box]]);
    const seenByAdmin = (await call(harness, admin, 'get_attributes', { id: bobsThing, inherit: true })).attributes as Array<{ name: string }>;
    assert.deepEqual(seenByAdmin.map((attribute) => attribute.name), ['MOOD', 'NOTE', 'PUBLIC_NOTE', 'SECRET']);
    assert.deepEqual(await call(harness, bob, 'set_parent', { id: bobsThing, parent: null }), { ok: true, id: bobsThing, parent: null });
  });
});
