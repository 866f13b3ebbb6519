// evaluate_text from inside a real plugin: behind softcode:evaluate, what the actor typed runs as
// the actor's own softcode (their privileges, never another's), with no output of its own, and
// hostile input ends in an error the plugin can show.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PluginHarness } from '../../harness/plugin-harness.js';
import { loadProbe, probeCall } from '../../support/probe-plugin.js';

describe('evaluate_text', () => {
  let denied: PluginHarness;
  let allowed: PluginHarness;
  before(async () => {
    denied = await loadProbe(['read:objects']);
    allowed = await loadProbe(['softcode:evaluate']);
  });
  after(async () => {
    await denied.close();
    await allowed.close();
  });

  it('is refused without softcode:evaluate', async () => {
    const alice = denied.world.addCharacter('Alice');
    assert.equal((await probeCall(denied, alice.id, 'evaluate_text', { text: '[add(1,2)]' })).error?.code, 'E_CAPABILITY_DENIED');
  });

  it("evaluates as the actor, with the actor's privileges and no output", async () => {
    const { world } = allowed;
    const bea = world.addCharacter('Bea');
    const ada = world.addCharacter('Ada', { role: 'admin' });
    const chest = world.addThing('Chest', world.startingRoomId);
    await world.updateObject(chest.id, { ownerId: bea.id });
    await world.writeObjectAttribute(chest.id, 'SECRET', { name: 'SECRET', value: 'gold', ownerId: bea.id, flags: [] });
    const carol = world.addCharacter('Carol');
    const read = `[name(me)] sees [get(#${chest.id}/SECRET)][pemit(#${bea.id},boo)]`;
    assert.deepEqual(await probeCall(allowed, bea.id, 'evaluate_text', { text: read }), { ok: true, text: 'Bea sees gold' });
    assert.deepEqual(await probeCall(allowed, ada.id, 'evaluate_text', { text: read }), { ok: true, text: 'Ada sees gold' });
    const stranger = await probeCall(allowed, carol.id, 'evaluate_text', { text: read });
    assert.ok(String(stranger['text']).startsWith('Carol sees #-1'), JSON.stringify(stranger));
    assert.deepEqual(allowed.sends, []);
  });

  it('answers runaway and oversized text with errors, not a stall', async () => {
    const dave = allowed.world.addCharacter('Dave');
    const runaway = await probeCall(allowed, dave.id, 'evaluate_text', { text: '[repeat(x,1000000000)][iter(lnum(100000),iter(lnum(100000),x))]' });
    assert.equal(runaway.ok, true);
    assert.ok(String(runaway['text']).length <= 8191);
    assert.equal((await probeCall(allowed, dave.id, 'evaluate_text', { text: 'x'.repeat(20_000) })).error?.code, 'E_HOST_CALL_INVALID');
    assert.equal((await probeCall(allowed, dave.id, 'evaluate_text', { text: 42 })).error?.code, 'E_HOST_CALL_INVALID');
  });
});
