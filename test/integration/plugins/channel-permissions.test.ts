// Who may do what with channels in the messaging plugin, in the harness: creating (by role, as the
// game sets it), operators, deleting with confirmation, renaming, giving a channel away, private
// channels joined by invitation, and channels kept to a role that are invisible to everyone below
// it. Every refusal changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/messaging/manifest.yaml';
const SETTINGS = { join_recall_lines: '10', history_days: '30' };

async function rows(harness: PluginHarness, query: ReturnType<typeof sql>): Promise<Array<Record<string, unknown>>> {
  return ((await harness.database!.db.execute(query)) as unknown as { rows: Array<Record<string, unknown>> }).rows;
}

async function channelNames(harness: PluginHarness): Promise<string[]> {
  return (await rows(harness, sql`select name from "plugin_messaging$channels" order by name`)).map((row) => String(row['name']));
}

describe('who may create channels', () => {
  it('by default builders and admins; then as the game sets create_role, admins only for a value that is no role', async () => {
    const builders = 'Permission denied: only builders and admins may create channels.';
    const admins = 'Permission denied: only admins may create channels.';
    for (const [setting, playerMay, builderMay, refusal] of [
      [undefined, false, true, builders],
      ['admin', false, false, admins],
      ['player', true, true, ''],
      ['Wizards', false, false, admins],
    ] as const) {
      const options = setting === undefined ? {} : { manifest: { config: { ...SETTINGS, create_role: setting } } };
      const harness = await PluginHarness.load(MANIFEST, options);
      try {
        const player = harness.world.addCharacter('Pat');
        const builder = harness.world.addCharacter('Bea', { role: 'builder' });
        const admin = harness.world.addCharacter('Adam', { role: 'admin' });
        const byPlayer = await harness.command('@channel/create one', player.id);
        assert.equal(byPlayer.error, playerMay ? undefined : refusal, `${setting}: player`);
        assert.equal((await harness.command('@channel/create two', builder.id)).error, builderMay ? undefined : refusal, `${setting}: builder`);
        assert.equal((await harness.command('@channel/create three', admin.id)).error, undefined, `${setting}: admin`);
        if (!playerMay) assert.deepEqual(harness.listeners.streamsOf(player.id), [], 'a refused creator is on nothing');
        const made = ['one', 'two', 'three'].filter((_name, index) => [playerMay, builderMay, true][index]);
        assert.deepEqual(await channelNames(harness), made.sort(), `${setting}`);
        // Players join and talk on what others made, whoever may create.
        assert.match((await harness.command('@channel/join three', player.id)).output ?? '', /^You join channel three\./);
      } finally {
        await harness.close();
      }
    }
  });
});

describe('channel owners and operators', () => {
  let harness: PluginHarness;
  let olga: WorldObject; // builder, owns "guild"
  let otto: WorldObject;
  let mia: WorldObject;
  let ada: WorldObject; // admin
  let pia: WorldObject; // a player who is on nothing
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    olga = harness.world.addCharacter('Olga', { role: 'builder' });
    otto = harness.world.addCharacter('Otto');
    mia = harness.world.addCharacter('Mia');
    ada = harness.world.addCharacter('Ada', { role: 'admin' });
    pia = harness.world.addCharacter('Pia');
    await harness.command('@channel/create guild=Crafters', olga.id);
    await harness.command('@channel/join guild', otto.id);
    await harness.command('@channel/join guild', mia.id);
  });
  after(() => harness.close());

  it('makes and unmakes operators, for the owner and admins only, announcing it', async () => {
    const made = await harness.command('@channel/op guild=Otto', olga.id);
    assert.equal(made.output, 'Otto is now an operator of guild.');
    assert.deepEqual(made.events.map((event) => [event.type, event.payload['text']]), [['channel.op', '[guild] Otto is now an operator (Olga).']]);
    assert.equal((await harness.command('@channel/op guild=Otto', olga.id)).error, 'Otto is already an operator of guild.');
    assert.equal((await harness.command('@channel/op guild=Olga', olga.id)).error, 'Olga owns guild already.');
    for (const [actor, line] of [
      [otto, '@channel/op guild=Mia'],
      [mia, '@channel/op guild=Mia'],
      [otto, '@channel/deop guild=Otto'],
    ] as const) {
      const result = await harness.command(line, actor.id);
      assert.match(result.error ?? '', /^Permission denied: only the owner of guild or an admin may (make|unmake) operators\.$/, line);
      assert.deepEqual(result.events, []);
    }
    assert.equal((await harness.command('@channel/op guild=Mia', ada.id)).output, 'Mia is now an operator of guild.');
    const unmade = await harness.command('@channel/deop guild=Mia', olga.id);
    assert.equal(unmade.output, 'Mia is no longer an operator of guild.');
    assert.equal(unmade.events[0]?.payload['text'], '[guild] Mia is no longer an operator (Olga).');
    assert.equal((await harness.command('@channel/deop guild=Mia', olga.id)).error, 'Mia is not an operator of guild.');
  });

  it('shows the channel, its owner, operators and access to anyone, and marks to its operators', async () => {
    await harness.command('@channel/mute guild=Mia', otto.id);
    const forMia = await harness.command('@channel/info GUILD', mia.id);
    assert.equal(
      forMia.output,
      ['Channel:     guild', 'Description: Crafters', 'Owner:       Olga', 'Operators:   Otto', 'Access:      open', 'Members:     3 (3 connected)'].join('\n'),
    );
    const forOtto = (await harness.command('@channel/info guild', otto.id)).output ?? '';
    assert.match(forOtto, /\nMuted:       Mia\nBanned:      \(none\)\nInvited:     \(none\)$/);
    await harness.command('@channel/unmute guild=Mia', otto.id);
  });

  it('gives the channel to another player, who then runs it while the old owner may not', async () => {
    assert.equal((await harness.command('@channel/chown guild=Mia', otto.id)).error, 'Permission denied: only the owner of guild or an admin may give it away.');
    const given = await harness.command('@channel/chown guild=Otto', olga.id);
    assert.equal(given.output, 'Channel guild now belongs to Otto.');
    assert.deepEqual(given.sends, [{ characterId: otto.id, text: 'Olga has given you channel guild; you own it now.' }]);
    assert.equal(given.events[0]?.payload['text'], '[guild] Otto now owns the channel (given by Olga).');
    const owner = await rows(harness, sql`select owner::int as owner from "plugin_messaging$channels" where name = 'guild'`);
    assert.equal(owner[0]?.['owner'], otto.id);
    // Otto's operator mark went with it: he is the owner now.
    assert.deepEqual(await rows(harness, sql`select mark from "plugin_messaging$channel_marks" where channel = 'guild'`), []);
    assert.equal((await harness.command('@channel/op guild=Mia', olga.id)).error, 'Permission denied: only the owner of guild or an admin may make operators.');
    assert.equal((await harness.command('@channel/op guild=Olga', otto.id)).output, 'Olga is now an operator of guild.');
    assert.equal((await harness.command('@channel/chown guild=Otto', otto.id)).error, 'Otto owns guild already.');
    assert.equal((await harness.command('@channel/chown guild=Nobody', otto.id)).error, 'I don\'t recognize "Nobody".');
    // An admin may hand any channel on.
    assert.equal((await harness.command('@channel/chown guild=Olga', ada.id)).output, 'Channel guild now belongs to Olga.');
  });

  it('renames a channel with its members, marks, aliases and history, for the owner and admins only', async () => {
    await harness.command('+guild before the rename', mia.id);
    await harness.command('addcom gu=guild', mia.id);
    await harness.command('@channel/ban guild=Pia', olga.id);
    assert.equal((await harness.command('@channel/rename guild=crafts', otto.id)).error, 'Permission denied: only the owner of guild or an admin may rename it.');
    for (const [line, error] of [
      ['@channel/rename guild', 'Use @channel/rename <channel>=<new name>.'],
      ['@channel/rename guild=two words', 'Channel names are 1 to 32 letters, digits, "_" or "-", such as ooc or trade-talk.'],
      [`@channel/rename guild=${'n'.repeat(33)}`, 'Channel names are 1 to 32 letters, digits, "_" or "-", such as ooc or trade-talk.'],
      ['@channel/rename guild=GUILD', 'Channel guild is already called that.'],
    ] as const) {
      assert.equal((await harness.command(line, olga.id)).error, error, line);
    }
    await harness.command('@channel/create taken', olga.id);
    assert.equal((await harness.command('@channel/rename guild=Taken', olga.id)).error, 'There is already a channel called "taken".');
    assert.deepEqual(await channelNames(harness), ['guild', 'taken']);

    const renamed = await harness.command('@channel/rename guild=Crafts', olga.id);
    assert.equal(renamed.output, 'Channel guild is now called crafts.');
    assert.deepEqual(renamed.events.map((event) => [event.stream, event.payload['text']]), [['channel:crafts', '[crafts] Olga has renamed the channel from guild to crafts.']]);
    assert.deepEqual(await channelNames(harness), ['crafts', 'taken']);
    assert.deepEqual(harness.listeners.listenersOf('channel:guild'), []);
    assert.deepEqual(harness.listeners.listenersOf('channel:crafts').sort(), [olga.id, otto.id, mia.id].sort());
    const [row] = await rows(harness, sql`select description, owner::int as owner from "plugin_messaging$channels" where name = 'crafts'`);
    assert.deepEqual(row, { description: 'Crafters', owner: olga.id });
    assert.equal((await harness.command('@channel/join crafts', pia.id)).error, 'You are banned from channel crafts.');
    assert.equal((await harness.command('gu after the rename', mia.id)).events[0]?.payload['text'], '[crafts] Mia says, "after the rename"');
    // The history came along: lines said before keep the tag they were said with.
    const history = (await harness.command('@channel/history crafts', mia.id)).output ?? '';
    const before = history.indexOf('[guild] Mia says, "before the rename"');
    const renaming = history.indexOf('[crafts] Olga has renamed the channel from guild to crafts.');
    assert.ok(before > 0 && renaming > before && history.endsWith('[crafts] Mia says, "after the rename"'), history);
    assert.equal((await harness.command('+guild hello?', mia.id)).declined, true);
  });

  it('warns before deleting, then deletes a channel and everything kept for it, for the owner and admins only', async () => {
    await harness.command('@channel/create doomed=Soon gone', olga.id);
    await harness.command('@channel/join doomed', mia.id);
    await harness.command('addcom dd=doomed', mia.id);
    await harness.command('@channel/op doomed=Otto', olga.id);
    await harness.command('+doomed last words', mia.id);
    const joinedBefore = harness.listeners.listenersOf('channel:doomed').sort();

    const warning = await harness.command('@channel/delete doomed', olga.id);
    assert.equal(
      warning.output,
      "Deleting doomed cannot be undone: its 2 members are taken off it, and its history, operators, bans, mutes, invitations and everyone's aliases for it are deleted.\n" +
        'To delete it, type: @channel/delete doomed=yes',
    );
    assert.equal((await harness.command('@channel/delete doomed=no', olga.id)).error, 'To delete doomed, type: @channel/delete doomed=yes');
    assert.equal((await harness.command('@channel/delete doomed=yes', otto.id)).error, 'Permission denied: only the owner of doomed or an admin may delete it.');
    assert.equal((await harness.command('@channel/delete doomed=yes', mia.id)).error, 'Permission denied: only the owner of doomed or an admin may delete it.');
    assert.ok((await channelNames(harness)).includes('doomed'));
    assert.deepEqual(harness.listeners.listenersOf('channel:doomed').sort(), joinedBefore);

    const deleted = await harness.command('@channel/delete Doomed=YES', olga.id);
    assert.equal(deleted.output, 'Channel doomed deleted.');
    assert.deepEqual(deleted.sends, [{ characterId: mia.id, text: 'Channel doomed has been deleted by Olga.' }]);
    assert.equal((await channelNames(harness)).includes('doomed'), false);
    assert.deepEqual(harness.listeners.listenersOf('channel:doomed'), []);
    for (const table of ['channel_marks', 'channel_aliases', 'channel_lines']) {
      const left = await rows(harness, sql`select count(*)::int as n from ${sql.identifier(`plugin_messaging$${table}`)} where channel = 'doomed'`);
      assert.equal(left[0]?.['n'], 0, table);
    }
    const orphan = await harness.command('dd anyone?', mia.id);
    assert.deepEqual([orphan.output, orphan.error, orphan.events], [undefined, undefined, []], 'the alias went with the channel: the line is not the plugin\'s');

    // The name is free again, and nobody from the old channel is on the new one.
    await harness.command('@channel/create doomed', ada.id);
    assert.deepEqual(harness.listeners.listenersOf('channel:doomed'), [ada.id]);
    assert.equal((await harness.command('@channel/delete doomed=yes', ada.id)).output, 'Channel doomed deleted.');
  });
});

describe('private channels', () => {
  let harness: PluginHarness;
  let olga: WorldObject;
  let otto: WorldObject;
  let mia: WorldObject;
  let pia: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    olga = harness.world.addCharacter('Olga', { role: 'builder' });
    otto = harness.world.addCharacter('Otto');
    mia = harness.world.addCharacter('Mia');
    pia = harness.world.addCharacter('Pia');
    await harness.command('@channel/create council', olga.id);
    await harness.command('@channel/join council', otto.id);
    await harness.command('@channel/op council=Otto', olga.id);
  });
  after(() => harness.close());

  it('is made private by its owner only, and members on it stay', async () => {
    assert.equal((await harness.command('@channel/private council=on', otto.id)).error, 'Permission denied: only the owner of council or an admin may make it private or open.');
    for (const value of ['', 'yes', 'maybe', 'o n']) {
      assert.equal((await harness.command(`@channel/private council=${value}`, olga.id)).error, 'Use @channel/private <channel>=on or @channel/private <channel>=off.', value);
    }
    const made = await harness.command('@channel/private council=ON', olga.id);
    assert.equal(made.output, 'Channel council is now private: players join it only when invited (@channel/invite council=<player>).');
    assert.equal(made.events[0]?.payload['text'], '[council] Olga has made the channel private: joining it takes an invitation.');
    assert.equal((await harness.command('@channel/private council=on', olga.id)).error, 'Channel council is already private.');
    assert.ok(harness.listeners.listenersOf('channel:council').includes(otto.id));
    assert.match((await harness.command('@channel/list', pia.id)).output ?? '', /council\s+2\s+private/);
  });

  it('refuses players without an invitation, and lets the invited join, leave and come back', async () => {
    const refused = await harness.command('@channel/join council', mia.id);
    assert.equal(refused.error, 'Channel council is private: you need an invitation to join it.');
    assert.deepEqual(harness.listeners.streamsOf(mia.id), []);
    assert.equal((await harness.command('@channel/who council', mia.id)).error, 'Channel council is private: only its members see who is on it.');
    assert.equal((await harness.command('@channel/invite council=Mia', mia.id)).error, 'Permission denied: only the owner and operators of council may invite players.');

    const invited = await harness.command('@channel/invite council=mia', otto.id);
    assert.equal(invited.output, 'You invite Mia to council.');
    assert.deepEqual(invited.sends, [{ characterId: mia.id, text: 'Otto invites you to channel council. Join it with @channel/join council.' }]);
    assert.equal((await harness.command('@channel/invite council=Mia', otto.id)).error, 'Mia is already invited to council.');
    assert.equal((await harness.command('@channel/join council', mia.id)).output, [
        'You join channel council.',
        'Recently on council:',
        '[00:00] [council] Otto has joined this channel.',
        '[00:00] [council] Otto is now an operator (Olga).',
        '[00:00] [council] Olga has made the channel private: joining it takes an invitation.',
      ].join('\n'));
    assert.equal((await harness.command('@channel/leave council', mia.id)).output, 'You leave channel council.');
    assert.match((await harness.command('@channel/join council', mia.id)).output ?? '', /^You join channel council\./);

    const withdrawn = await harness.command('@channel/uninvite council=Mia', olga.id);
    assert.equal(withdrawn.output, 'You take back the invitation of Mia to council.');
    assert.ok(harness.listeners.listenersOf('channel:council').includes(mia.id), 'taking back the invitation does not kick');
    await harness.command('@channel/kick council=Mia', olga.id);
    assert.equal((await harness.command('@channel/join council', mia.id)).error, 'Channel council is private: you need an invitation to join it.');
    assert.equal((await harness.command('@channel/uninvite council=Mia', olga.id)).error, 'Mia has no invitation to council.');
  });

  it('lets operators join without an invitation, refuses inviting the banned, and opens again', async () => {
    assert.equal((await harness.command('@channel/leave council', otto.id)).output, 'You leave channel council.');
    const back = await harness.command('@channel/join council', otto.id);
    assert.match(back.output ?? String(back.error), /^You join channel council\./);
    await harness.command('@channel/ban council=Pia', olga.id);
    assert.equal((await harness.command('@channel/invite council=Pia', olga.id)).error, 'Pia is banned from council; lift the ban first (@channel/unban).');
    const opened = await harness.command('@channel/private council=off', olga.id);
    assert.equal(opened.output, 'Channel council is now open: anyone who may see it may join.');
    assert.match((await harness.command('@channel/join council', mia.id)).output ?? '', /^You join channel council\./);
    assert.equal((await harness.command('@channel/private council=off', olga.id)).error, 'Channel council is already open to all.');
  });
});

describe('channels kept to a role', () => {
  let harness: PluginHarness;
  let ada: WorldObject; // admin, owns "staff"
  let abe: WorldObject; // admin
  let bea: WorldObject; // builder
  let pat: WorldObject; // player
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    ada = harness.world.addCharacter('Ada', { role: 'admin' });
    abe = harness.world.addCharacter('Abe', { role: 'admin' });
    bea = harness.world.addCharacter('Bea', { role: 'builder' });
    pat = harness.world.addCharacter('Pat');
    await harness.command('@channel/create staff=Admins only', ada.id);
    for (const member of [abe, bea, pat]) await harness.command('@channel/join staff', member.id);
  });
  after(() => harness.close());

  it('takes members below the role off at once, telling them', async () => {
    assert.equal((await harness.command('@channel/restrict staff=admin', bea.id)).error, 'Permission denied: only the owner of staff or an admin may restrict it.');
    for (const value of ['', 'wizard', 'royalty', 'ADMIN!']) {
      const result = await harness.command(`@channel/restrict staff=${value}`, ada.id);
      assert.match(result.error ?? '', value === '' ? /^Use @channel\/restrict <channel>=<role>/ : /^Roles are player, builder and admin\./, value);
    }
    const restricted = await harness.command('@channel/restrict staff=Admin', ada.id);
    assert.equal(restricted.output, 'Channel staff is now for admins only; members below that were taken off it.');
    assert.deepEqual(harness.listeners.listenersOf('channel:staff').sort(), [ada.id, abe.id].sort());
    assert.deepEqual(
      restricted.sends.sort((a, b) => a.characterId - b.characterId),
      [bea, pat].map((member) => ({ characterId: member.id, text: 'You are no longer on channel staff: it is for admins only.' })).sort((a, b) => a.characterId - b.characterId),
    );
    assert.equal((await harness.command('@channel/restrict staff=admin', ada.id)).error, 'Channel staff is already for admins.');
  });

  it('does not exist for anyone below the role, whatever they try', async () => {
    const missing = 'There is no channel called "staff". See @channel/list.';
    for (const line of ['@channel/join staff', '@channel/who staff', '@channel/info staff', '@channel/history staff', '+staff hello', '@channel/leave staff', 'addcom st=staff']) {
      for (const character of [bea, pat]) {
        const result = await harness.command(line, character.id);
        // `+staff` is declined as for a channel that does not exist: it goes on to softcode.
        if (line.startsWith('+')) assert.equal(result.declined, true, `${line} as ${character.name}`);
        else assert.equal(result.error, missing, `${line} as ${character.name}`);
        assert.deepEqual(result.events, [], line);
      }
    }
    assert.equal((await harness.command('@channel/list', pat.id)).output, 'There are no channels yet. Create one with @channel/create <name>.');
    assert.match((await harness.command('@channel/list', abe.id)).output ?? '', /staff\s+2\s+\(on\)\s+admins\s+Admins only/);
    assert.equal((await harness.command('@channel/invite staff=Pat', ada.id)).error, "Pat can't join staff: it is for admins only.");
    assert.equal((await harness.command('@channel/op staff=Bea', ada.id)).error, "Bea can't be an operator of staff: it is for admins only.");
    assert.equal((await harness.command('@channel/chown staff=Bea', ada.id)).error, "Bea can't own staff: it is for admins only.");
  });

  it('takes off a member whose role drops, before they hear the next line', async () => {
    harness.world.setRole(abe.id, 'player');
    const said = await harness.command('+staff for admins only', ada.id);
    assert.deepEqual(said.sends, [{ characterId: abe.id, text: 'You are no longer on channel staff: it is for admins only.' }]);
    assert.deepEqual(harness.listeners.listenersOf('channel:staff'), [ada.id]);
    assert.equal((await harness.command('+staff still here?', abe.id)).declined, true);
    harness.world.setRole(abe.id, 'admin');
  });

  it('lets builders keep a channel to builders, not to admins, and opens it again with player', async () => {
    await harness.command('@channel/create workshop', bea.id);
    assert.equal((await harness.command('@channel/restrict workshop=admin', bea.id)).error, "You can't keep workshop to admins: you would no longer see it yourself.");
    assert.equal((await harness.command('@channel/restrict workshop=builder', bea.id)).output, 'Channel workshop is now for builders and admins only; members below that were taken off it.');
    assert.equal((await harness.command('@channel/join workshop', pat.id)).error, 'There is no channel called "workshop". See @channel/list.');
    assert.match((await harness.command('@channel/join workshop', abe.id)).output ?? '', /^You join channel workshop\./);
    assert.equal((await harness.command('@channel/restrict workshop=none', bea.id)).output, 'Channel workshop is now open to everyone.');
    assert.match((await harness.command('@channel/join workshop', pat.id)).output ?? '', /^You join channel workshop\./);
  });
});
