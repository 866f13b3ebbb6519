// Channel moderation in the messaging plugin, in the harness: operators and owners mute, kick and
// ban players they outrank, the notices members see and the words the moderated are told, what
// the muted and banned may no longer do, and every refusal (unknown names, non-operators, the
// outranked, malformed switches), each changing nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/messaging/manifest.yaml';

async function marks(harness: PluginHarness, channel: string): Promise<string[]> {
  const result = (await harness.database!.db.execute(
    sql`select m.mark, m."character"::int as id from "plugin_messaging$channel_marks" m where m.channel = ${channel} order by m.mark, m."character"`,
  )) as unknown as { rows: Array<{ mark: string; id: number }> };
  return result.rows.map((row) => `${row.mark}:${harness.world.byId(row.id)?.name ?? row.id}`);
}

describe('channel moderation', () => {
  let harness: PluginHarness;
  let olga: WorldObject; // builder, owns "public"
  let otto: WorldObject; // operator of "public"
  let mia: WorldObject;
  let nils: WorldObject;
  let ada: WorldObject; // admin, not on the channel
  let pia: WorldObject; // never joins
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    olga = harness.world.addCharacter('Olga', { role: 'builder' });
    otto = harness.world.addCharacter('Otto');
    mia = harness.world.addCharacter('Mia');
    nils = harness.world.addCharacter('Nils');
    ada = harness.world.addCharacter('Ada', { role: 'admin' });
    pia = harness.world.addCharacter('Pia');
    assert.equal((await harness.command('@channel/create public=Everyone', olga.id)).output, 'Channel public created. You have joined it.');
    for (const member of [otto, mia, nils]) assert.equal((await harness.command('@channel/join public', member.id)).error, undefined);
    assert.equal((await harness.command('@channel/op public=Otto', olga.id)).output, 'Otto is now an operator of public.');
  });
  after(() => harness.close());

  it('mutes a member, who still hears the channel but may not talk on it, and unmutes them', async () => {
    const muted = await harness.command('@channel/mute public=mia', otto.id);
    assert.equal(muted.output, 'You mute Mia on public: they may listen, but not talk.');
    assert.deepEqual(
      muted.events.map((event) => [event.stream, event.type, event.payload['text'], event.payload['exclude']]),
      [['channel:public', 'channel.mute', '[public] Mia has been muted by Otto.', [otto.id]]],
    );
    assert.ok(harness.listeners.listenersOf('channel:public').includes(mia.id), 'still on the channel');
    const talk = await harness.command('+public let me speak', mia.id);
    assert.equal(talk.error, 'You are muted on channel public: you may listen, but not talk.');
    assert.deepEqual(talk.events, []);
    assert.equal((await harness.command('@channel/mute public=Mia', olga.id)).error, 'Mia is already muted on public.');
    assert.deepEqual(await marks(harness, 'public'), ['muted:Mia', 'operator:Otto']);

    const unmuted = await harness.command('@channel/unmute public=Mia', olga.id);
    assert.equal(unmuted.output, 'You unmute Mia on public.');
    assert.equal(unmuted.events[0]?.payload['text'], '[public] Mia may talk again (unmuted by Olga).');
    assert.equal((await harness.command('+public thank you', mia.id)).events[0]?.payload['text'], '[public] Mia says, "thank you"');
    assert.equal((await harness.command('@channel/unmute public=Mia', olga.id)).error, 'Mia is not muted on public.');
  });

  it('kicks a member off the channel, telling them they may come back, and lets them rejoin', async () => {
    const kicked = await harness.command('@channel/kick public=Nils', otto.id);
    assert.equal(kicked.output, 'You kick Nils off public.');
    assert.equal(harness.listeners.listenersOf('channel:public').includes(nils.id), false);
    assert.deepEqual(kicked.events.map((event) => event.payload['text']), ['[public] Nils has been kicked off the channel by Otto.']);
    assert.deepEqual(kicked.sends, [{ characterId: nils.id, text: 'Otto has kicked you off channel public. You may join it again.' }]);
    assert.equal((await harness.command('+public hello?', nils.id)).error, 'You are not on channel public.');
    assert.equal((await harness.command('@channel/kick public=Nils', otto.id)).error, 'Nils is not on channel public.');
    assert.equal((await harness.command('@channel/join public', nils.id)).error, undefined);
  });

  it('bans a member: taken off, told, and refused when they try to join again, until unbanned', async () => {
    const banned = await harness.command('@channel/ban public=Nils', olga.id);
    assert.equal(banned.output, 'You ban Nils from public and take them off it.');
    assert.deepEqual(banned.events.map((event) => event.payload['text']), ['[public] Nils has been banned from the channel by Olga.']);
    assert.deepEqual(banned.sends, [{ characterId: nils.id, text: 'Olga has banned you from channel public.' }]);
    assert.equal(harness.listeners.listenersOf('channel:public').includes(nils.id), false);
    const rejoin = await harness.command('@channel/join public', nils.id);
    assert.equal(rejoin.error, 'You are banned from channel public.');
    assert.deepEqual(rejoin.events, []);
    assert.equal(harness.listeners.streamsOf(nils.id).includes('channel:public'), false);
    assert.equal((await harness.command('+public please', nils.id)).error, 'You are not on channel public.');
    assert.equal((await harness.command('@channel/ban public=Nils', otto.id)).error, 'Nils is already banned from public.');

    // A ban may come before someone ever joins.
    assert.equal((await harness.command('@channel/ban public=Pia', otto.id)).output, 'You ban Pia from public.');
    assert.equal((await harness.command('@channel/join public', pia.id)).error, 'You are banned from channel public.');

    const lifted = await harness.command('@channel/unban public=Nils', otto.id);
    assert.equal(lifted.output, 'You lift the ban on Nils from public.');
    assert.deepEqual(lifted.sends, [{ characterId: nils.id, text: 'Otto has lifted your ban from channel public.' }]);
    assert.equal((await harness.command('@channel/join public', nils.id)).error, undefined);
    assert.equal((await harness.command('@channel/unban public=Nils', otto.id)).error, 'Nils is not banned from public.');
    assert.equal((await harness.command('@channel/unban public=Pia', otto.id)).output, 'You lift the ban on Pia from public.');
  });

  it('lets nobody act on someone who ranks as high as they do, themself included', async () => {
    const cases: Array<[WorldObject, string, string]> = [
      [mia, '@channel/mute public=Nils', 'Permission denied: only the owner and operators of public may mute players.'],
      [mia, '@channel/kick public=Nils', 'Permission denied: only the owner and operators of public may kick players.'],
      [mia, '@channel/ban public=Nils', 'Permission denied: only the owner and operators of public may ban players.'],
      [mia, '@channel/unban public=Nils', 'Permission denied: only the owner and operators of public may lift bans.'],
      [mia, '@channel/unmute public=Nils', 'Permission denied: only the owner and operators of public may unmute players.'],
      [pia, '@channel/kick public=Mia', 'Permission denied: only the owner and operators of public may kick players.'],
      [otto, '@channel/mute public=Olga', "You can't mute Olga on public: Olga is its owner."],
      [otto, '@channel/ban public=Ada', "You can't ban Ada on public: Ada is an admin."],
      [otto, '@channel/kick public=Otto', "You can't kick yourself."],
      [olga, '@channel/ban public=Olga', "You can't ban yourself."],
      [olga, '@channel/mute public=Ada', "You can't mute Ada on public: Ada is an admin."],
    ];
    const second = harness.world.addCharacter('Oskar');
    await harness.command('@channel/join public', second.id);
    await harness.command('@channel/op public=Oskar', olga.id);
    cases.push([second, '@channel/mute public=Otto', "You can't mute Otto on public: Otto is an operator of it."]);
    const before = await marks(harness, 'public');
    for (const [actor, line, error] of cases) {
      const result = await harness.command(line, actor.id);
      assert.equal(result.error, error, line);
      assert.deepEqual(result.events, [], line);
      assert.deepEqual(result.sends, [], line);
    }
    assert.deepEqual(await marks(harness, 'public'), before);
    assert.ok(harness.listeners.listenersOf('channel:public').includes(olga.id));
  });

  it('lets the owner act on operators, and admins on anyone but admins, even off the channel', async () => {
    assert.equal((await harness.command('@channel/mute public=Otto', olga.id)).output, 'You mute Otto on public: they may listen, but not talk.');
    assert.equal((await harness.command('@channel/unmute public=Otto', olga.id)).output, 'You unmute Otto on public.');
    const adminMutes = await harness.command('@channel/mute public=Olga', ada.id);
    assert.equal(adminMutes.output, 'You mute Olga on public: they may listen, but not talk.');
    assert.equal((await harness.command('+public hm', olga.id)).error, 'You are muted on channel public: you may listen, but not talk.');
    assert.equal((await harness.command('@channel/unmute public=Olga', ada.id)).output, 'You unmute Olga on public.');
  });

  it('takes away being an operator when an operator is banned', async () => {
    const temp = harness.world.addCharacter('Tove');
    await harness.command('@channel/join public', temp.id);
    await harness.command('@channel/op public=Tove', olga.id);
    assert.ok((await marks(harness, 'public')).includes('operator:Tove'));
    assert.equal((await harness.command('@channel/ban public=Tove', olga.id)).output, 'You ban Tove from public and take them off it.');
    const now = await marks(harness, 'public');
    assert.ok(now.includes('banned:Tove') && !now.includes('operator:Tove'), now.join(' '));
    assert.equal((await harness.command('@channel/op public=Tove', olga.id)).error, 'Tove is banned from public; lift the ban first (@channel/unban).');
  });

  it('refuses unknown channels and players, and malformed or oversized switches, changing nothing', async () => {
    const before = await marks(harness, 'public');
    const cases: Array<[string, string]> = [
      ['@channel/mute nowhere=Mia', 'There is no channel called "nowhere". See @channel/list.'],
      ['@channel/mute public=Nobody', 'I don\'t recognize "Nobody".'],
      [`@channel/ban public=${'z'.repeat(300)}`, 'No character has a name that long: character names are at most 100 characters.'],
      [`@channel/kick ${'p'.repeat(300)}=Mia`, `There is no channel called "${'p'.repeat(40)}...". See @channel/list.`],
      ['@channel/mute public', 'Use @channel/mute <channel>=<player>.'],
      ['@channel/mute public=', 'Use @channel/mute <channel>=<player>.'],
      ['@channel/kick =Mia', 'Which channel? Use @channel/kick <name>=<player>.'],
      ['@channel/ban', 'Which channel? Use @channel/ban <name>=<player>.'],
      ['@channel/mute \u{1F525}=Mia', 'There is no channel called "\u{1F525}". See @channel/list.'],
      ['@channel/mute public=\u001b[2J', 'I don\'t recognize "\u001b[2J".'],
    ];
    for (const [line, error] of cases) {
      const result = await harness.command(line, olga.id);
      assert.equal(result.error, error, line);
      assert.deepEqual(result.events, [], line);
    }
    assert.deepEqual(await marks(harness, 'public'), before);
  });
});
