// Channel aliases in the messaging plugin, in the harness: addcom joins and remembers an alias of
// the player's own, `<alias> <message>` talks (through the unmatched-line handler), comlist shows
// them in a table, delcom removes them (leaving with the last one), and the refusals: bad and
// oversized aliases, command words, unknown, private and forbidden channels, too many aliases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/messaging/manifest.yaml';
const UNICODE = 'caf\u00e9 \u2713 \u{1F525} \u05e9\u05dc\u05d5\u05dd';

async function aliasRows(harness: PluginHarness, character: WorldObject): Promise<string[]> {
  const result = (await harness.database!.db.execute(
    sql`select alias, channel from "plugin_messaging$channel_aliases" where "character" = ${character.id} order by alias`,
  )) as unknown as { rows: Array<{ alias: string; channel: string }> };
  return result.rows.map((row) => `${row.alias}=${row.channel}`);
}

describe('channel aliases', () => {
  let harness: PluginHarness;
  let olga: WorldObject; // builder, owns the channels
  let bob: WorldObject;
  let carol: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    olga = harness.world.addCharacter('Olga', { role: 'builder' });
    bob = harness.world.addCharacter('Bob');
    carol = harness.world.addCharacter('Carol');
    await harness.command('@channel/create public=Everyone', olga.id);
    await harness.command('@channel/create trade', olga.id);
    await harness.command('@channel/create council', olga.id);
    await harness.command('@channel/private council=on', olga.id);
    const ada = harness.world.addCharacter('Ada', { role: 'admin' });
    await harness.command('@channel/create staff', ada.id);
    await harness.command('@channel/restrict staff=admin', ada.id);
  });
  after(() => harness.close());

  it('adds an alias, joining the channel, and talks and poses through it', async () => {
    const added = await harness.command('addcom pub=Public', bob.id);
    assert.equal(added.output, 'Channel public added with alias pub.\nYou join channel public.');
    assert.deepEqual(added.events.map((event) => event.payload['text']), ['[public] Bob has joined this channel.']);
    assert.deepEqual(await aliasRows(harness, bob), ['pub=public']);

    const said = await harness.command('pub hello all', bob.id);
    assert.equal(said.output, undefined, 'the talker hears it on the channel like everyone else');
    assert.deepEqual(said.events.map((event) => [event.stream, event.type, event.payload['text']]), [['channel:public', 'channel.message', '[public] Bob says, "hello all"']]);
    assert.equal((await harness.command('PUB   :waves.', bob.id)).events[0]?.payload['text'], '[public] Bob waves.');
    assert.equal((await harness.command("pub ;'s hat tips.", bob.id)).events[0]?.payload['text'], "[public] Bob's hat tips.");
    assert.equal((await harness.command(`pub ${UNICODE}`, bob.id)).events[0]?.payload['text'], `[public] Bob says, "${UNICODE}"`);
    assert.equal((await harness.command('pub', bob.id)).error, 'What do you want to say on public? Use pub <message>.');
    assert.equal((await harness.command('pub :', bob.id)).error, 'What do you want to say on public? Use pub <message>.');
    const long = await harness.command(`pub ${'w'.repeat(2001)}`, bob.id);
    assert.equal(long.error, 'A channel message may be at most 2000 characters.');
    assert.deepEqual(long.events, []);
    assert.equal((await harness.command(`pub ${'\u{1F525}'.repeat(2000)}`, bob.id)).error, undefined, '2000 emoji are 2000 characters');
  });

  it('adds a second alias for a channel already joined, and keeps aliases to their owner', async () => {
    const second = await harness.command('addcom p2=public', bob.id);
    assert.equal(second.output, 'Channel public added with alias p2.');
    assert.deepEqual(second.events, []);
    assert.equal((await harness.command('p2 again', bob.id)).events[0]?.payload['text'], '[public] Bob says, "again"');
    // Carol has no alias "pub": the line is not the plugin's, and nothing is said.
    const notHers = await harness.command('pub hi', carol.id);
    assert.deepEqual([notHers.output, notHers.error, notHers.events], [undefined, undefined, []]);
    const plain = await harness.command('dance wildly', bob.id);
    assert.deepEqual([plain.output, plain.error, plain.events], [undefined, undefined, []]);
  });

  it('lists the aliases in a table with each channel and the status there', async () => {
    await harness.command('addcom tr=trade', bob.id);
    await harness.command('@channel/leave trade', bob.id);
    await harness.command('@channel/mute public=Bob', olga.id);
    const listed = await harness.command('comlist', bob.id);
    assert.equal(listed.output, ['Alias  Channel  Status', 'p2     public   on, muted', 'pub    public   on, muted', 'tr     trade    off'].join('\n'));
    assert.equal((await harness.command('pub muted?', bob.id)).error, 'You are muted on channel public: you may listen, but not talk.');
    await harness.command('@channel/unmute public=Bob', olga.id);
    await harness.command('@channel/ban trade=Bob', olga.id);
    assert.match((await harness.command('comlist', bob.id)).output ?? '', /\ntr {5}trade {4}banned$/);
    assert.equal((await harness.command('tr let me back', bob.id)).error, 'You are not on channel trade.');
    await harness.command('@channel/unban trade=Bob', olga.id);
    assert.equal((await harness.command('comlist', carol.id)).output, 'You have no channel aliases. Add one with addcom <alias>=<channel>.');
  });

  it('removes an alias, and leaves the channel with the last alias for it', async () => {
    const first = await harness.command('delcom P2', bob.id);
    assert.equal(first.output, 'Alias p2 for channel public deleted.');
    assert.deepEqual(first.events, []);
    assert.ok(harness.listeners.listenersOf('channel:public').includes(bob.id));
    const last = await harness.command('delcom pub', bob.id);
    assert.equal(last.output, 'Alias pub for channel public deleted.\nYou leave channel public.');
    assert.deepEqual(last.events.map((event) => event.payload['text']), ['[public] Bob has left this channel.']);
    assert.equal(harness.listeners.listenersOf('channel:public').includes(bob.id), false);
    // Not on trade any more: the last alias goes without leaving anything.
    assert.equal((await harness.command('delcom tr', bob.id)).output, 'Alias tr for channel trade deleted.');
    assert.deepEqual(await aliasRows(harness, bob), []);
    for (const [typed, shown] of [['pub', 'pub'], ['nothing', 'nothing'], ['x'.repeat(60), `${'x'.repeat(40)}...`], ['\u{1F525}', '\u{1F525}']]) {
      assert.equal((await harness.command(`delcom ${typed}`, bob.id)).error, `You have no channel alias "${shown}". See comlist.`, typed);
    }
  });

  it('refuses aliases that break the rule, shadow a command, or name a channel the player may not join', async () => {
    const rule = 'An alias is 1 to 16 letters, digits, "_" or "-", starting with a letter, such as pub or ooc2.';
    for (const alias of ['a'.repeat(17), '9lives', '_x', 'caf\u00e9', '\u{1F525}', '\u212Aelvin', '+pub', '@pub', 'x\u001b[2J']) {
      assert.equal((await harness.command(`addcom ${alias}=public`, carol.id)).error, rule, alias);
    }
    const shadow = 'an alias by that name would never reach a channel. Choose another.';
    assert.equal((await harness.command('addcom page=public', carol.id)).error, `"page" is a command: ${shadow}`);
    assert.equal((await harness.command('addcom P=public', carol.id)).error, `"p" is a command (page): ${shadow}`);
    assert.equal((await harness.command('addcom comlist=public', carol.id)).error, `"comlist" is a command: ${shadow}`);
    assert.equal((await harness.command('addcom WHO=public', carol.id)).error, `"who" is a word Hearth itself answers: ${shadow}`);
    assert.equal((await harness.command('addcom quit=public', carol.id)).error, `"quit" is a word Hearth itself answers: ${shadow}`);
    assert.equal((await harness.command('addcom pub=nowhere', carol.id)).error, 'There is no channel called "nowhere". See @channel/list.');
    assert.equal((await harness.command(`addcom pub=${'n'.repeat(300)}`, carol.id)).error, `There is no channel called "${'n'.repeat(40)}...". See @channel/list.`);
    assert.equal((await harness.command('addcom st=staff', carol.id)).error, 'There is no channel called "staff". See @channel/list.');
    assert.equal((await harness.command('addcom co=council', carol.id)).error, 'Channel council is private: you need an invitation to join it.');
    await harness.command('@channel/ban trade=Carol', olga.id);
    assert.equal((await harness.command('addcom tr=trade', carol.id)).error, 'You are banned from channel trade.');
    assert.equal((await harness.command('addcom pub', carol.id)).failure?.code, 'E_COMMAND_USAGE');
    assert.deepEqual(await aliasRows(harness, carol), [], 'no refused alias was kept');
    assert.deepEqual(harness.listeners.streamsOf(carol.id), []);

    await harness.command('addcom pub=public', carol.id);
    assert.equal((await harness.command('addcom PUB=trade', carol.id)).error, 'You already have the alias pub, for channel public. Remove it first with delcom pub.');
  });

  it('allows 40 aliases at most', async () => {
    const dora = harness.world.addCharacter('Dora');
    for (let i = 1; i <= 40; i += 1) assert.equal((await harness.command(`addcom a${i}=public`, dora.id)).error, undefined, `a${i}`);
    assert.equal((await harness.command('addcom a41=public', dora.id)).error, 'You have 40 channel aliases, the most one may have; remove one with delcom first.');
    assert.equal((await aliasRows(harness, dora)).length, 40);
  });

  it('tells a player whose alias is for a channel now beyond their role, without saying anything there', async () => {
    await harness.command('addcom tr2=trade', olga.id);
    await harness.command('@channel/restrict trade=admin', harness.world.addCharacter('Abe', { role: 'admin' }).id);
    const stale = await harness.command('tr2 hello', olga.id);
    assert.equal(stale.error, 'Your alias tr2 is for channel trade, which you can no longer use. Remove it with delcom tr2.');
    assert.deepEqual(stale.events, []);
    assert.match((await harness.command('comlist', olga.id)).output ?? '', /tr2 +trade +gone/);
  });
});
