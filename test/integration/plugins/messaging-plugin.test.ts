// The messaging plugin in the harness: pages (one or several targets, poses, offline and unknown
// names, repeat pages remembered in KV) and channels (the table of channels, membership as the
// core's listening, talk, who, history), hostile input, and failures that leave nothing behind.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/messaging/manifest.yaml';
const UNICODE = 'caf\u00e9 \u2713 \u{1F525} \u05e9\u05dc\u05d5\u05dd e\u0301';
const LONG = 'x'.repeat(500);
const CLIPPED = `${'x'.repeat(40)}...`;
const WHOM = 'Whom do you want to page? Use page <name>=<message>.';
const WHAT = 'What do you want to page? Use page <name>=<message>.';

function lastPagedKey(character: WorldObject): string {
  return `messaging\u0000last-paged:${character.id}`;
}

async function channelRows(harness: PluginHarness): Promise<Array<{ name: string; description: string; owner: number }>> {
  const result = (await harness.database!.db.execute(
    sql`select name, description, owner::int as owner from "plugin_messaging$channels" order by name`,
  )) as unknown as { rows: Array<{ name: string; description: string; owner: number }> };
  return result.rows;
}

describe('the messaging plugin: pages', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  let carol: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob');
    carol = harness.world.addCharacter('Carol');
    harness.world.addCharacter('Dave', { connected: false });
  });
  after(() => harness.close());

  it('pages one character with an event on their stream and a reply to the sender', async () => {
    const result = await harness.command('page Bob=hi', alice.id);
    assert.equal(result.error, undefined);
    assert.equal(result.output, "You paged Bob with 'hi'.");
    assert.equal(result.events.length, 1);
    const [event] = result.events;
    assert.equal(event?.stream, `character:${bob.id}`);
    assert.equal(event?.type, 'page');
    assert.deepEqual(event?.actor, { kind: 'character', id: String(alice.id) });
    assert.deepEqual(event?.payload, { from: 'Alice', message: 'hi', pose: false, text: 'Alice pages: hi' });
  });

  it('pages several characters named in any case, with spaces around commas, each once', async () => {
    const result = await harness.command('p bob ,  CAROL,Bob = hello there', alice.id);
    assert.equal(result.output, "You paged Bob, Carol with 'hello there'.");
    assert.deepEqual(
      result.events.map((event) => [event.stream, event.payload['text']]),
      [
        [`character:${bob.id}`, 'Alice pages: hello there'],
        [`character:${carol.id}`, 'Alice pages: hello there'],
      ],
    );
  });

  it('takes names separated by spaces, as PennMUSH does, alone or mixed with commas', async () => {
    for (const line of ['page Bob Carol=hi', 'page  bob\tcarol , BOB =hi', 'page Bob,Carol Bob=hi']) {
      const result = await harness.command(line, alice.id);
      assert.equal(result.output, "You paged Bob, Carol with 'hi'.", line);
      assert.deepEqual(result.events.map((event) => event.stream), [`character:${bob.id}`, `character:${carol.id}`], line);
    }
    assert.deepEqual(JSON.parse(harness.kv.get(lastPagedKey(alice))!), { names: ['Bob', 'Carol'] });
  });

  it('keeps a name with spaces whole when quoted, or when someone has that whole name', async () => {
    const maryAnn = harness.world.addCharacter('Mary Ann');
    const quoted = await harness.command('page "mary ann" Bob=dinner', alice.id);
    assert.equal(quoted.output, "You paged Mary Ann, Bob with 'dinner'.");
    assert.deepEqual(quoted.events.map((event) => event.stream), [`character:${maryAnn.id}`, `character:${bob.id}`]);
    const unquoted = await harness.command('page Mary Ann, Carol=dinner', alice.id);
    assert.equal(unquoted.output, "You paged Mary Ann, Carol with 'dinner'.");
    // The remembered list holds the whole name, so paging again finds Mary Ann, not Mary and Ann.
    assert.deepEqual(JSON.parse(harness.kv.get(lastPagedKey(alice))!), { names: ['Mary Ann', 'Carol'] });
    const again = await harness.command('page still on?', alice.id);
    assert.deepEqual(again.events.map((event) => event.stream), [`character:${maryAnn.id}`, `character:${carol.id}`]);
    // An unclosed quote runs to the end of the list.
    assert.equal((await harness.command('page Bob "Mary Ann=hi', alice.id)).output, "You paged Bob, Mary Ann with 'hi'.");
  });

  it('refuses the whole space-separated list when one word matches no one, naming it', async () => {
    const remembered = harness.kv.get(lastPagedKey(alice));
    for (const [line, unknown] of [
      ['page Alice Wizard=hi', 'Wizard'],
      ['page Bob Carl=hi', 'Carl'],
      ['page "Bob Carol"=hi', 'Bob Carol'],
      ['page Bob "Car"ol=hi', 'Car'],
    ] as const) {
      const result = await harness.command(line, alice.id);
      assert.equal(result.error, `I don't recognize "${unknown}".`, line);
      assert.deepEqual(result.events, [], line);
    }
    assert.equal(harness.kv.get(lastPagedKey(alice)), remembered);
    for (const line of ['page ""=hi', 'page "" , ""=hi']) assert.equal((await harness.command(line, alice.id)).error, WHOM, line);
  });

  it('sends poses with ":" and possessive poses with ";"', async () => {
    const pose = await harness.command('page Bob, Carol=:waves.', alice.id);
    assert.equal(pose.output, 'Long distance to Bob, Carol: Alice waves.');
    assert.deepEqual(pose.events[0]?.payload, { from: 'Alice', message: 'waves.', pose: true, text: 'From afar, Alice waves.' });
    const possessive = await harness.command("page Bob=;'s hat tips.", alice.id);
    assert.equal(possessive.output, "Long distance to Bob: Alice's hat tips.");
    assert.equal(possessive.events[0]?.payload['text'], "From afar, Alice's hat tips.");
  });

  it('tells the sender who is not connected and pages the rest', async () => {
    const result = await harness.command('page Dave, Bob=meeting soon', alice.id);
    assert.equal(result.output, "Dave is not connected; @mail Dave=<message> reaches them.\nYou paged Bob with 'meeting soon'.");
    assert.deepEqual(result.events.map((event) => event.stream), [`character:${bob.id}`]);
  });

  it('fails, sending nothing and remembering nothing, when no one named is connected', async () => {
    await harness.command('page Bob=remember me', carol.id);
    const remembered = harness.kv.get(lastPagedKey(carol));
    const result = await harness.command('page Dave=hello?', carol.id);
    assert.equal(result.error, 'Dave is not connected; @mail Dave=<message> reaches them.');
    assert.deepEqual(result.events, []);
    assert.equal(harness.kv.get(lastPagedKey(carol)), remembered, 'the failed page did not replace the last one');
  });

  it('refuses the whole page when one name matches no one', async () => {
    const remembered = harness.kv.get(lastPagedKey(alice));
    const result = await harness.command('page Bob, Bb=hi', alice.id);
    assert.equal(result.error, 'I don\'t recognize "Bb".');
    assert.deepEqual(result.events, []);
    assert.equal(harness.kv.get(lastPagedKey(alice)), remembered);
  });

  it('pages the same people again when no names are given, from the KV store', async () => {
    const first = await harness.command('page Carol, Bob=first', bob.id);
    assert.equal(first.output, "You paged Carol, Bob with 'first'.");
    assert.deepEqual(JSON.parse(harness.kv.get(lastPagedKey(bob))!), { names: ['Carol', 'Bob'] });
    const again = await harness.command('page and again', bob.id);
    assert.equal(again.output, "You paged Carol, Bob with 'and again'.");
    assert.deepEqual(again.events.map((event) => event.stream), [`character:${carol.id}`, `character:${bob.id}`]);
    const emptyList = await harness.command('page =:nods.', bob.id);
    assert.equal(emptyList.output, 'Long distance to Carol, Bob: Bob nods.');
  });

  it('asks whom to page when there was no earlier page, and what when the message is empty', async () => {
    const erin = harness.world.addCharacter('Erin');
    for (const line of ['page hello', 'page =hello', 'page ,=hello']) {
      const result = await harness.command(line, erin.id);
      assert.equal(result.error, WHOM, line);
      assert.deepEqual(result.events, [], line);
    }
    for (const line of ['page Bob=', 'page Bob=:', 'page Bob=;  ']) {
      assert.equal((await harness.command(line, erin.id)).error, WHAT, line);
    }
    const bare = await harness.command('page', erin.id);
    assert.equal(bare.failure?.code, 'E_COMMAND_USAGE');
    assert.equal(harness.kv.has(lastPagedKey(erin)), false);
  });

  it('refuses hostile names without sending anything, repeating long ones shortened', async () => {
    const cases: Array<[string, string]> = [
      ['x'.repeat(100), CLIPPED],
      ['\u{1F525}', '\u{1F525}'],
      ['\u05d1\u05d5\u05d1', '\u05d1\u05d5\u05d1'],
      ['Bo\u0301b', 'Bo\u0301b'],
      ['B\u0007ob', 'B\u0007ob'],
      [`${'\u{1F525}'.repeat(30)}`, `${'\u{1F525}'.repeat(20)}...`],
      [`${'x'.repeat(39)}\u{1F525}tail`, `${'x'.repeat(39)}...`],
    ];
    for (const [name, shown] of cases) {
      const result = await harness.command(`page ${name}=hi`, alice.id);
      assert.equal(result.error, `I don't recognize "${shown}".`);
      assert.deepEqual(result.events, []);
    }
  });

  it('says a name longer than anyone\'s is too long, rather than unrecognized, and sends to no one on the list', async () => {
    for (const line of [`page ${LONG}=hi`, `page ${'x'.repeat(101)}=hi`, `page Bob, ${LONG}=hi`]) {
      const result = await harness.command(line, alice.id);
      assert.equal(result.error, 'No character has a name that long: character names are at most 100 characters.', line.slice(0, 20));
      assert.deepEqual(result.events, []);
    }
  });

  it('carries non-ASCII text through unchanged', async () => {
    const result = await harness.command(`page Bob=${UNICODE}`, alice.id);
    assert.equal(result.output, `You paged Bob with '${UNICODE}'.`);
    assert.equal(result.events[0]?.payload['message'], UNICODE);
    assert.equal(result.events[0]?.payload['text'], `Alice pages: ${UNICODE}`);
    const uni = harness.world.addCharacter('Zo\u00eb \u2713');
    const pose = await harness.command(`page zo\u00eb \u2713=:${UNICODE}`, alice.id);
    assert.equal(pose.output, `Long distance to Zo\u00eb \u2713: Alice ${UNICODE}`);
    assert.equal(pose.events[0]?.stream, `character:${uni.id}`);
  });

  it('removes control characters others would see, and refuses a message of nothing else', async () => {
    const result = await harness.command('page Bob=\u001b[31mred\u0007\ttab\u009b', alice.id);
    assert.equal(result.output, "You paged Bob with '[31mred tab'.");
    assert.equal(result.events[0]?.payload['text'], 'Alice pages: [31mred tab');
    const nothing = await harness.command('page Bob=:\u0007\u001b', alice.id);
    assert.equal(nothing.error, WHAT);
    assert.deepEqual(nothing.events, []);
  });
});

describe('the messaging plugin: pages whose KV write is refused', () => {
  let harness: PluginHarness;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST, { limits: { kvWritesPerSecond: 0, kvWriteBurst: 0 } });
  });
  after(() => harness.close());

  it('drops the events already emitted, so the page fails whole', async () => {
    const alice = harness.world.addCharacter('Alice');
    harness.world.addCharacter('Bob');
    const result = await harness.command('page Bob=hi', alice.id);
    assert.match(result.error ?? '', /exceeded its limit of 0 KV writes per second/);
    assert.deepEqual(result.events, []);
    assert.deepEqual(harness.events, []);
    assert.equal(harness.kv.size, 0);
  });
});

describe('the messaging plugin: channels', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  let carol: WorldObject;
  let dave: WorldObject;
  before(async () => {
    // These cases are about names, membership and talk, so any player may create a channel here;
    // who may create by default is tested in channel-permissions.test.ts.
    harness = await PluginHarness.load(MANIFEST, { manifest: { config: { create_role: 'player', join_recall_lines: '10', history_days: '30' } } });
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob');
    carol = harness.world.addCharacter('Carol');
    dave = harness.world.addCharacter('Dave');
  });
  after(() => harness.close());

  it('says there are no channels yet, and shows usage for a bare @channel', async () => {
    assert.equal((await harness.command('@channel/list', alice.id)).output, 'There are no channels yet. Create one with @channel/create <name>.');
    const usage = (await harness.command('@channel', alice.id)).output ?? '';
    for (const form of ['@channel/create <name>', '@channel/join <name>', '@channel/leave <name>', '@channel/list', '@channel/who <name>', '@channel/history <name>', '+<name> <message>']) {
      assert.ok(usage.includes(form), form);
    }
  });

  it('creates a channel in lower case, owned by its creator, who joins it', async () => {
    const result = await harness.command('@channel/create Public = General chat', alice.id);
    assert.equal(result.output, 'Channel public created. You have joined it.');
    assert.deepEqual(result.events, []);
    assert.deepEqual(await channelRows(harness), [{ name: 'public', description: 'General chat', owner: alice.id }]);
    assert.deepEqual(harness.listeners.listenersOf('channel:public'), [alice.id]);
    const createdAt = (await harness.database!.db.execute(sql`select created_at from "plugin_messaging$channels"`)) as unknown as { rows: Array<{ created_at: unknown }> };
    assert.ok(!Number.isNaN(new Date(createdAt.rows[0]!.created_at as string).getTime()), 'created_at comes from the database clock');
  });

  it('refuses a second channel of the same name, and bad names, changing nothing', async () => {
    const before = await channelRows(harness);
    assert.equal((await harness.command('@channel/create PUBLIC', bob.id)).error, 'There is already a channel called "public".');
    const rule = 'Channel names are 1 to 32 letters, digits, "_" or "-", such as ooc or trade-talk.';
    for (const name of ['Public!', LONG, 'a'.repeat(33), '\u{1F525}', 'caf\u00e9', 'e\u0301', '\u05e9\u05dc\u05d5\u05dd', '\u212Aelvin', 'two words', 'tab\u0007bell']) {
      const result = await harness.command(`@channel/create ${name}`, bob.id);
      assert.equal(result.error, rule, name);
    }
    assert.equal((await harness.command('@channel/create', bob.id)).error, 'What should the channel be called? Use @channel/create <name>.');
    assert.equal((await harness.command('@channel/create =just a description', bob.id)).error, 'What should the channel be called? Use @channel/create <name>.');
    assert.equal((await harness.command(`@channel/create chat=${'d'.repeat(201)}`, bob.id)).error, 'A channel description may be at most 200 characters.');
    assert.equal((await harness.command('@channel/create chat=\u001b[2Jgone', bob.id)).error, 'A channel description may not contain control characters.');
    assert.deepEqual(await channelRows(harness), before);
    assert.deepEqual(harness.listeners.streamsOf(bob.id), []);
  });

  it('joins a channel, announcing it on the channel', async () => {
    const result = await harness.command('@channel/join PUBLIC', bob.id);
    assert.equal(result.output, 'You join channel public.');
    assert.equal(result.events.length, 1);
    const [event] = result.events;
    assert.equal(event?.stream, 'channel:public');
    assert.equal(event?.type, 'channel.join');
    assert.deepEqual(event?.payload, { channel: 'public', character: bob.id, name: 'Bob', text: '[public] Bob has joined this channel.' });
    assert.deepEqual(harness.listeners.listenersOf('channel:public').sort(), [alice.id, bob.id].sort());
    const again = await harness.command('@channel/join public', bob.id);
    assert.equal(again.error, 'You are already on channel public.');
    assert.deepEqual(again.events, []);
  });

  it('refuses unknown and hostile channel names for every command that takes one', async () => {
    const cases: Array<[string, string]> = [
      ['nowhere', 'nowhere'],
      [LONG, CLIPPED],
      ['\u{1F525}', '\u{1F525}'],
      ['Public!', 'Public!'],
      ['\u05e9\u05dc\u05d5\u05dd', '\u05e9\u05dc\u05d5\u05dd'],
    ];
    for (const [name, shown] of cases) {
      for (const line of [`@channel/join ${name}`, `@channel/leave ${name}`, `@channel/who ${name}`, `@channel/history ${name}`]) {
        const result = await harness.command(line, carol.id);
        assert.equal(result.error, `There is no channel called "${shown}". See @channel/list.`, line);
        assert.deepEqual(result.events, [], line);
      }
      // `+word` for no channel is left to softcode's $-commands (`$+finger *`).
      const talk = await harness.command(`+${name} hi`, carol.id);
      assert.deepEqual([talk.declined, talk.error, talk.output, talk.events], [true, undefined, undefined, []], name);
    }
    assert.deepEqual(harness.listeners.streamsOf(carol.id), []);
    assert.equal((await harness.command('@channel/join', carol.id)).error, 'Which channel? Use @channel/join <name>.');
    assert.equal((await harness.command('@channel/who', carol.id)).error, 'Which channel? Use @channel/who <name>.');
  });

  it('lets the core refuse unknown switches, and refuses more than one', async () => {
    assert.equal((await harness.command('@channel/destroy public', alice.id)).failure?.code, 'E_COMMAND_USAGE');
    const two = await harness.command('@channel/join/leave public', carol.id);
    assert.equal(two.error, 'Use one switch at a time, such as @channel/join <name>.');
    assert.deepEqual(harness.listeners.streamsOf(carol.id), []);
  });

  it('talks and poses on a channel, for members only', async () => {
    const said = await harness.command('+Public hi', bob.id);
    assert.equal(said.error, undefined);
    assert.equal(said.output, undefined, 'the talker hears it on the channel like everyone else');
    assert.equal(said.events.length, 1);
    assert.equal(said.events[0]?.stream, 'channel:public');
    assert.equal(said.events[0]?.type, 'channel.message');
    assert.deepEqual(said.events[0]?.payload, { channel: 'public', talker: 'Bob', message: 'hi', pose: false, text: '[public] Bob says, "hi"' });
    assert.equal((await harness.command('+public :waves', bob.id)).events[0]?.payload['text'], '[public] Bob waves');
    assert.equal((await harness.command("+public ;'s cat purrs", bob.id)).events[0]?.payload['text'], "[public] Bob's cat purrs");
    const unicode = await harness.command(`+public ${UNICODE}`, alice.id);
    assert.equal(unicode.events[0]?.payload['text'], `[public] Alice says, "${UNICODE}"`);
    assert.equal(unicode.events[0]?.payload['message'], UNICODE);
    const controls = await harness.command('+public \u001b[2Jhi\u0007', alice.id);
    assert.equal(controls.events[0]?.payload['text'], '[public] Alice says, "[2Jhi"');
    const outsider = await harness.command('+public let me in', carol.id);
    assert.equal(outsider.error, 'You are not on channel public.');
    assert.deepEqual(outsider.events, []);
    assert.equal((await harness.command('+public :', bob.id)).error, 'What do you want to say on public? Use +public <message>.');
    assert.equal((await harness.command('+public', bob.id)).failure?.code, 'E_COMMAND_USAGE');
  });

  it('shows who is connected on a channel', async () => {
    await harness.command('@channel/join public', dave.id);
    harness.world.setConnected(dave.id, false);
    assert.equal((await harness.command('@channel/who PUBLIC', carol.id)).output, 'Members of public connected now: Alice, Bob.');
    await harness.command('@channel/create quiet', dave.id);
    assert.equal((await harness.command('@channel/who quiet', carol.id)).output, 'No members of quiet are connected now.');
    harness.world.setConnected(dave.id, true);
  });

  it('lists channels with member counts, your channels marked, who may join and descriptions', async () => {
    const list = await harness.command('@channel/list', bob.id);
    const lines = ['Channel  Members  On    Access  Description', 'public         3  (on)  open    General chat', 'quiet          1        open'];
    assert.equal(list.output, lines.join('\n'));
    // Each heading starts its column: the counts end under "Members", the marker and the text start under theirs.
    const [heading, row] = lines as [string, string];
    assert.equal(row.indexOf('3') + 1, heading.indexOf('Members') + 'Members'.length);
    assert.equal(row.indexOf('(on)'), heading.indexOf('On'));
    assert.equal(row.indexOf('open'), heading.indexOf('Access'));
    assert.equal(row.indexOf('General'), heading.indexOf('Description'));
  });

  it('widens the name column to the longest channel name, keeping the columns under their headings', async () => {
    const long = 'a-very-long-channel-name_32chars';
    await harness.command(`@channel/create ${long}=Long one`, carol.id);
    const output = (await harness.command('@channel/list', carol.id)).output ?? '';
    const [heading, ...rows] = output.split('\n') as [string, ...string[]];
    const row = rows.find((line) => line.startsWith(long))!;
    assert.equal(heading, `${'Channel'.padEnd(long.length)}  Members  On    Access  Description`);
    assert.equal(row, `${long}        1  (on)  open    Long one`);
    assert.equal(row.indexOf('Long one'), heading.indexOf('Description'));
    await harness.command(`@channel/leave ${long}`, carol.id);
  });

  it('shows the last 20 things said on a channel to its members, with UTC times, and where older ones are', async () => {
    assert.equal((await harness.command('@channel/history quiet', dave.id)).output, 'Nothing has been said on quiet yet.');
    assert.equal((await harness.command('@channel/history public', carol.id)).error, 'You are not on channel public.');
    for (let i = 1; i <= 25; i += 1) await harness.command(`+public line ${i}`, alice.id);
    // The harness clock stands at 2026-01-01 00:00 UTC, the time every line was said.
    const expected = harness.events
      .filter((event) => event.stream === 'channel:public')
      .slice(-20)
      .map((event) => `[00:00] ${String(event.payload['text'])}`);
    const history = await harness.command('@channel/history Public', bob.id);
    assert.equal(history.output, ['History of public, page 1 (the newest lines):', ...expected, 'Older lines: @channel/history public=2'].join('\n'));
    assert.equal(expected.length, 20);
    assert.equal(expected[0], '[00:00] [public] Alice says, "line 6"');
    assert.equal(expected[19], '[00:00] [public] Alice says, "line 25"');
  });

  it('leaves a channel, announcing it, and refuses to leave twice', async () => {
    const result = await harness.command('@channel/leave public', bob.id);
    assert.equal(result.output, 'You leave channel public.');
    assert.deepEqual(
      result.events.map((event) => [event.stream, event.type, event.payload['text']]),
      [['channel:public', 'channel.leave', '[public] Bob has left this channel.']],
    );
    assert.equal(harness.listeners.streamsOf(bob.id).includes('channel:public'), false);
    const again = await harness.command('@channel/leave public', bob.id);
    assert.equal(again.error, 'You are not on channel public.');
    assert.deepEqual(again.events, []);
    assert.equal((await harness.command('+public still here?', bob.id)).error, 'You are not on channel public.');
    assert.equal((await harness.command('@channel/history public', bob.id)).error, 'You are not on channel public.');
  });
});

describe('the messaging plugin: channel commands the host refuses partway', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST, { limits: { playerEmitsPerSecond: 0, playerEmitBurst: 0, dbWritesPerSecond: 0, dbWriteBurst: 0 } });
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob', { role: 'builder' });
    await harness.database!.db.execute(sql`insert into "plugin_messaging$channels" (name, owner) values ('quiet', ${alice.id})`);
    await harness.listeners.listen(alice.id, 'channel:quiet');
  });
  after(() => harness.close());

  it('creates nothing when the table refuses the row', async () => {
    const result = await harness.command('@channel/create other', bob.id);
    assert.match(result.error ?? '', /exceeded its limit of 0 table writes per second/);
    assert.deepEqual((await channelRows(harness)).map((row) => row.name), ['quiet']);
    assert.deepEqual(harness.listeners.streamsOf(bob.id), []);
  });

  it('undoes a join and a leave whose announcement is refused', async () => {
    const join = await harness.command('@channel/join quiet', bob.id);
    assert.match(join.error ?? '', /exceeded its limit of 0 events per second for one player/);
    assert.deepEqual(harness.listeners.streamsOf(bob.id), [], 'the listen made during the call was undone');
    const leave = await harness.command('@channel/leave quiet', alice.id);
    assert.match(leave.error ?? '', /exceeded its limit of 0 events per second for one player/);
    assert.deepEqual(harness.listeners.streamsOf(alice.id), ['channel:quiet'], 'still on the channel');
    assert.deepEqual(harness.events, []);
  });
});
