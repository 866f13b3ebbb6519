// The boards plugin in the harness: boards listed with their columns aligned, posts numbered per
// board, reading (by number, range, list and unread), replies, edits and removal, unread tracking
// per character (+bbscan, +bbnext, +bbcatchup, the notice at login), dates from the plugin's
// clock, non-ASCII text, and what the tables hold afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/boards/manifest.yaml';
const DAY_MS = 86_400_000;
const UNICODE = 'caf\u00e9 \u2713 \u{1F525} \u05e9\u05dc\u05d5\u05dd';

async function said(harness: PluginHarness, line: string, as: WorldObject): Promise<string> {
  const result = await harness.command(line, as.id);
  assert.equal(result.failure, undefined, `${line}: ${result.failure?.message}`);
  assert.equal(result.error, undefined, `${line}: ${result.error}`);
  return result.output ?? '';
}

async function refused(harness: PluginHarness, line: string, as: WorldObject): Promise<string> {
  const result = await harness.command(line, as.id);
  assert.equal(result.failure, undefined, `${line}: ${result.failure?.message}`);
  assert.equal(result.output, undefined, `${line} answered ${result.output}`);
  return result.error ?? '';
}

async function rows(harness: PluginHarness, table: string): Promise<Array<Record<string, unknown>>> {
  const result = (await harness.database!.db.execute(sql.raw(`select * from "plugin_boards$${table}" order by 1`))) as unknown as { rows: Array<Record<string, unknown>> };
  return result.rows;
}

/** The character column where `heading` starts in the line that holds it. */
function columnOf(text: string, heading: string): number {
  const line = text.split('\n').find((candidate) => candidate.includes(heading));
  assert.ok(line, `no line holds ${heading}`);
  return line.indexOf(heading);
}

describe('the boards plugin: posting and reading', () => {
  let harness: PluginHarness;
  let wizard: WorldObject;
  let ann: WorldObject;
  let bob: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    wizard = harness.world.addCharacter('Wizard', { role: 'admin' });
    ann = harness.world.addCharacter('Ann');
    bob = harness.world.addCharacter('Bob');
  });
  after(() => harness.close());

  it('has no boards at first, and lets an admin make them, numbered in order', async () => {
    assert.equal(await said(harness, '+bbread', ann), 'There are no boards you can read yet.');
    assert.equal(
      await said(harness, '+bbnewgroup Announcements', wizard),
      'Board 1, Announcements, created. Everyone may read and post on it; +bbconfig 1/read=<role> and +bbconfig 1/write=<role> change that.',
    );
    assert.match(await said(harness, '+bbnewgroup General', wizard), /^Board 2, General, created\./);
    assert.deepEqual(
      (await rows(harness, 'boards')).map((row) => [row['name'], row['read_role'], row['write_role']]),
      [
        ['Announcements', 'player', 'player'],
        ['General', 'player', 'player'],
      ],
    );
  });

  it('posts to a board named by number, name or the start of a name, numbering posts per board', async () => {
    assert.equal(await said(harness, '+bbpost 1/Welcome=Hello, everyone.%rRead the rules.', wizard), 'You post "Welcome" to Announcements (#1) as message 1/1.');
    harness.clock.advance(DAY_MS + 3_600_000);
    assert.equal(await said(harness, '+bbpost general/Market day=The market opens at dawn.', ann), 'You post "Market day" to General (#2) as message 2/1.');
    assert.equal(await said(harness, `+bbpost GEN / ${UNICODE} = Body ${UNICODE}`, bob), `You post "${UNICODE}" to General (#2) as message 2/2.`);
    assert.equal((await rows(harness, 'posts')).length, 3);
    assert.equal((await rows(harness, 'post_bodies')).length, 3);
  });

  it('lists the boards with aligned columns and * where something is unread', async () => {
    const list = await said(harness, '+bbread', ann);
    const lines = list.split('\n');
    assert.equal(lines[0], '='.repeat(78));
    assert.equal(lines[1], '   #  Group Name                        Last Post   # of messages');
    assert.equal(lines[2], '-'.repeat(78));
    assert.equal(lines[3], '   1  Announcements                  *  Thu Jan 01              1');
    assert.equal(lines[4], '   2  General                        *  Fri Jan 02              2');
    assert.equal(lines[5], '='.repeat(78));
    assert.equal(columnOf(list, 'Last Post'), lines[3]!.indexOf('Thu Jan 01'));
    assert.equal(columnOf(list, '# of messages') + '# of messages'.length, lines[3]!.length, 'the count ends under its heading');
  });

  it("lists a board's posts with the unread ones marked, columns under their headings", async () => {
    const list = await said(harness, '+bbread 2', ann);
    const lines = list.split('\n');
    assert.equal(lines[1], '**** General (#2) ****');
    const ownPost = lines.find((line) => line.includes('Market day'))!;
    const bobsPost = lines.find((line) => line.includes(UNICODE))!;
    assert.match(ownPost, /^ 2\/1 {7}Market day +Fri Jan 02  Ann$/, 'her own post counts as read');
    assert.match(bobsPost, /^ 2\/2 {5}\* /);
    // Columns are counted in characters, so the emoji in the title does not push the date along.
    assert.equal([...bobsPost].indexOf('F'), columnOf(list, 'Posted'));
    assert.equal([...ownPost].indexOf('F'), columnOf(list, 'Posted'));
    assert.equal(await said(harness, '+bbread gEnErAl', ann), list);
  });

  it('shows a post with its header and %r line breaks, and marks it read', async () => {
    const post = await said(harness, '+bbread 1/1', ann);
    assert.deepEqual(post.split('\n'), [
      '='.repeat(78),
      'Message: 1/1                           Board: Announcements (#1)',
      'Title: Welcome',
      'Author: Wizard                         Posted: Thu Jan 01 2026 00:00 UTC',
      '-'.repeat(78),
      'Hello, everyone.',
      'Read the rules.',
      '='.repeat(78),
    ]);
    assert.ok((await said(harness, '+bbread', ann)).includes('\n   1  Announcements                     Thu Jan 01              1\n'), 'no longer marked unread');
  });

  it('round-trips non-ASCII text in titles and bodies', async () => {
    const post = await said(harness, '+bbread 2/2', ann);
    assert.ok(post.includes(`Title: ${UNICODE}`));
    assert.ok(post.includes(`Body ${UNICODE}`));
  });

  it('tells each character, with +bbscan and at login, where their unread posts are', async () => {
    assert.equal(await said(harness, '+bbscan', ann), 'You have no unread messages.');
    assert.equal(
      await said(harness, '+bbscan', bob),
      ['Unread messages:', '  Announcements (#1): 1 unread (1/1)', '  General (#2): 1 unread (2/1)', '+bbnext reads the first of them.'].join('\n'),
    );
    const sendsBefore = harness.sends.length;
    const delivered = await harness.deliver({ stream: `location:${harness.world.startingRoomId}`, type: 'connect', actor: { kind: 'character', id: String(bob.id) }, payload: {} });
    assert.equal(delivered.failure, undefined, delivered.failure?.message);
    assert.equal(delivered.handled, false, 'other plugins hear the connect too');
    assert.deepEqual(harness.sends.slice(sendsBefore), [
      { characterId: bob.id, text: 'You have unread posts on: Announcements (1), General (1). +bbnext reads the first, +bbscan lists them.' },
    ]);
    await harness.deliver({ stream: `location:${harness.world.startingRoomId}`, type: 'connect', actor: { kind: 'character', id: String(ann.id) }, payload: {} });
    assert.equal(harness.sends.length, sendsBefore + 1, 'nothing unread, no notice');
  });

  it('reads the first unread post anywhere with +bbnext (and +bbnew), until none is left', async () => {
    assert.match(await said(harness, '+bbnext', bob), /Message: 1\/1 /);
    assert.match(await said(harness, '+bbnew', bob), /Message: 2\/1 /);
    assert.equal(await said(harness, '+bbnext', bob), 'You have no unread messages.');
  });

  it('replies with a new post titled Re:, which points back at the original', async () => {
    harness.clock.advance(DAY_MS);
    assert.equal(await said(harness, '+bbreply 2/1=I will be there.', bob), 'You reply to 2/1 with message 2/3, "Re: Market day".');
    assert.equal(await said(harness, '+bbreply 2/3=Good.', ann), 'You reply to 2/3 with message 2/4, "Re: Market day".', 'never Re: Re:');
    const reply = await said(harness, '+bbread 2/3', ann);
    assert.ok(reply.includes('In reply to: 2/1 Market day'), reply);
    assert.ok(reply.includes('Posted: Sat Jan 03 2026 01:00 UTC'), reply);
  });

  it('reads ranges, lists and u (unread), each post once, marking each read', async () => {
    await said(harness, '+bbcatchup all', wizard);
    const several = await said(harness, '+bbread 2/3-4,1,3', wizard);
    assert.deepEqual([...several.matchAll(/Message: (\S+)/g)].map((match) => match[1]), ['2/3', '2/4', '2/1']);
    await said(harness, '+bbpost 2/One=1', ann);
    await said(harness, '+bbpost 2/Two=2', ann);
    const unread = await said(harness, '+bbread 2/u', wizard);
    assert.deepEqual([...unread.matchAll(/Message: (\S+)/g)].map((match) => match[1]), ['2/5', '2/6']);
    assert.equal(await refused(harness, '+bbread 2/u', wizard), 'You have read every message on General (#2).');
  });

  it('lets the author, and only the author or an admin, edit a post as @edit does', async () => {
    assert.equal(await said(harness, '+bbedit 2/1=dawn/noon', ann), 'Message 2/1 ("Market day") edited.');
    await said(harness, '+bbedit 2/1=^/[Moved]%b', ann);
    await said(harness, '+bbedit 2/1=$/%r-- Ann', ann);
    harness.clock.advance(60_000);
    await said(harness, '+bbedit 2/1=The /', wizard);
    const post = await said(harness, '+bbread 2/1', ann);
    assert.ok(post.includes('[Moved] market opens at noon.\n-- Ann'), post);
    assert.ok(post.includes('Edited: Sat Jan 03 2026 01:01 UTC'), post);
    assert.equal(await refused(harness, '+bbedit 2/1=noon/midnight', bob), "You may edit only your own messages; 2/1 is Ann's.");
    assert.equal(await refused(harness, '+bbedit 2/1=dusk/noon', ann), '"dusk" is not in message 2/1; nothing changed.');
    assert.equal(await refused(harness, '+bbedit 2/1=noon', ann), 'Say what to change as <old>/<new>, such as +bbedit 1/2=dawn/noon.');
    assert.equal(await refused(harness, '+bbedit 2/5=1/', ann), 'That would leave message 2/5 empty; +bbremove removes it.');
  });

  it('lets the author or an admin remove a post; later posts move up one number', async () => {
    assert.equal(await refused(harness, '+bbremove 2/1', bob), "You may remove only your own messages; 2/1 is Ann's.");
    assert.equal(await said(harness, '+bbremove 2/1', ann), 'Message 2/1 ("Market day") is removed from General (#2).');
    const reply = await said(harness, '+bbread 2/2', ann);
    assert.ok(reply.includes('Message: 2/2 ') && reply.includes('Title: Re: Market day'), reply);
    assert.ok(reply.includes('In reply to: a message since removed'), reply);
    assert.equal(await said(harness, '+bbremove 2/1', wizard), `Message 2/1 ("${UNICODE}") is removed from General (#2).`);
    assert.equal((await rows(harness, 'posts')).length, 5);
    assert.equal((await rows(harness, 'post_bodies')).length, 5);
    assert.match(await said(harness, '+bbread', ann), /\n {3}2 {2}General {24}[ *] {2}Sat Jan 03 {14}4/);
  });

  it('catches up on one board or all of them', async () => {
    await said(harness, '+bbpost 1/News=Fresh news.', wizard);
    await said(harness, '+bbpost 2/Chat=Hello.', wizard);
    assert.equal(await said(harness, '+bbcatchup announcements', bob), 'Caught up on Announcements (#1): 1 message marked read.');
    assert.match(await said(harness, '+bbscan', bob), /^Unread messages:\n {2}General \(#2\): \d+ unread/);
    assert.match(await said(harness, '+bbcatchup ALL', bob), /^Caught up on every board: \d+ messages? marked read\.$/);
    assert.equal(await said(harness, '+bbcatchup all', bob), 'You have read every message on every board.');
    assert.equal(await said(harness, '+bbcatchup 1', bob), 'You have read every message on Announcements (#1).');
  });

  it('keeps read marks short: one row per character, a number per board when read in order', async () => {
    const marks = (await rows(harness, 'read_state')).find((row) => Number(row['reader']) === bob.id)!;
    const boards = marks['boards'] as Record<string, string>;
    assert.deepEqual(Object.values(boards).map((value) => /^\d+$/.test(value)), [true, true]);
  });

  it('lists who may read and post on each board with +bblist', async () => {
    assert.deepEqual((await said(harness, '+bblist', ann)).split('\n').slice(1, 5), [
      '   #  Group Name                      Read      Post      You may post',
      '-'.repeat(78),
      '   1  Announcements                   player    player    yes',
      '   2  General                         player    player    yes',
    ]);
  });
});

describe('the boards plugin: many posts', () => {
  let harness: PluginHarness;
  let wizard: WorldObject;
  let ann: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    wizard = harness.world.addCharacter('Wizard', { role: 'admin' });
    ann = harness.world.addCharacter('Ann');
    await said(harness, '+bbnewgroup Lore', wizard);
    for (let i = 1; i <= 12; i += 1) await said(harness, `+bbpost 1/Chapter ${i}=${'Once upon a time. '.repeat(400)}`, wizard);
  });
  after(() => harness.close());

  it('reads at most 10 posts by number, and u takes the first unread that fit', async () => {
    assert.equal(await refused(harness, '+bbread 1/1-12', ann), 'You can read at most 10 messages at once, such as +bbread 1/1-10.');
    assert.equal(await refused(harness, '+bbread 1/1-999999', ann), 'Lore (#1) has no message 999999; it holds 12 messages.');
    assert.equal(await refused(harness, '+bbread 1/1,2,3,4,5,6,7,8,9,10,11', ann), 'You can read at most 10 messages at once, such as +bbread 1/1-10.');
    const first = await said(harness, '+bbread 1/u', ann);
    const shown = [...first.matchAll(/Message: (\S+)/g)].map((match) => match[1]);
    // Long posts: a +bbread stops after about 24 KB and names what it left.
    assert.deepEqual(shown, ['1/1', '1/2', '1/3', '1/4']);
    assert.ok(first.endsWith('That is as much as one +bbread shows; read the rest with +bbread 1/5, 1/6, 1/7, 1/8, 1/9, 1/10.\n2 more unread messages on Lore (#1): +bbread 1/u reads on.'), first.slice(-300));
    assert.match(await said(harness, '+bbscan', ann), /Lore \(#1\): 8 unread \(1\/5, 1\/6, 1\/7, 1\/8, 1\/9, 1\/10, 1\/11, 1\/12\)/);
  });

  it('refuses a board that is full', async () => {
    await harness.database!.db.execute(
      sql.raw(`update "plugin_boards$post_index" set post_ids = (select string_agg(g::text, ',') from generate_series(1000, 1199) g)`),
    );
    assert.equal(await refused(harness, '+bbpost 1/One more=Too many.', ann), 'Lore (#1) is full (200 messages); ask an admin to remove old ones.');
  });
});
