// Who may page whom (issue 16), in the messaging plugin: a character's page lock and the HAVEN
// flag refuse a page with PennMUSH's words and PAGE_LOCK`FAILURE, while the others named still
// get it; and a player's alias (ALIAS) reaches them when only they have it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

describe('the page lock and HAVEN', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  let carol: WorldObject;
  before(async () => {
    harness = await PluginHarness.load('plugins/messaging/manifest.yaml');
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob');
    carol = harness.world.addCharacter('Carol');
  });
  after(() => harness.close());

  it('refuses a page to someone whose page lock the pager fails, with their failure message', async () => {
    await harness.world.setBuilderFields(bob.id, { locks: { Page: `=#${carol.id}` } });
    const refused = await harness.command('page Bob=hi', alice.id);
    assert.equal(refused.error, 'Bob is not accepting pages.');
    assert.deepEqual(refused.events, []);
    await harness.world.writeObjectAttribute(bob.id, 'PAGE_LOCK`FAILURE', { name: 'PAGE_LOCK`FAILURE', value: 'Bob is busy, %n; try @mail.', ownerId: bob.id, flags: [] });
    assert.equal((await harness.command('page Bob=hi', alice.id)).error, 'Bob is not accepting pages.\nBob is busy, Alice; try @mail.');
    const allowed = await harness.command('page Bob=hi', carol.id);
    assert.equal(allowed.output, "You paged Bob with 'hi'.");
  });

  it('pages the others named and tells the pager who refused', async () => {
    const mixed = await harness.command('page Bob Carol=meeting', alice.id);
    assert.equal(mixed.output, "Bob is not accepting pages.\nBob is busy, Alice; try @mail.\nYou paged Carol with 'meeting'.");
    assert.deepEqual(mixed.events.map((event) => event.stream), [`character:${carol.id}`]);
  });

  it('refuses every page to a HAVEN character', async () => {
    await harness.world.setBuilderFields(carol.id, { flags: ['HAVEN'] });
    assert.equal((await harness.command('page Carol=hi', bob.id)).error, 'Carol is not accepting pages.');
    await harness.world.setBuilderFields(carol.id, { flags: [] });
    assert.equal((await harness.command('page Carol=hi', bob.id)).output, "You paged Carol with 'hi'.");
  });

  it('reaches a player by an alias only that player has', async () => {
    await harness.world.writeObjectAttribute(carol.id, 'ALIAS', { name: 'ALIAS', value: 'Caz;C', ownerId: carol.id, flags: [] });
    const paged = await harness.command('page caz=hello', alice.id);
    assert.equal(paged.output, "You paged Carol with 'hello'.");
    await harness.world.writeObjectAttribute(bob.id, 'ALIAS', { name: 'ALIAS', value: 'C', ownerId: bob.id, flags: [] });
    // Two players with one alias: it names neither, so the page says so rather than guess.
    assert.equal((await harness.command('page C=hello', alice.id)).error, 'I don\'t recognize "C".');
  });
});
