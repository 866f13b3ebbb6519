// The boards plugin's refusals, in the harness: boards readable and writable by role (a board a
// role may not read is not there for it, however it is named), posts changed only by their
// authors or admins, admin commands refused by the plugin itself, the confirmation that guards
// removing a board, hostile and malformed input, and failures that leave nothing half-applied.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/boards/manifest.yaml';
const NAME_RULE = "A board name is 1 to 30 letters, digits, spaces and - _ ' & . : ! ? ( ), and holds a letter.";

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

async function count(harness: PluginHarness, table: string): Promise<number> {
  const result = (await harness.database!.db.execute(sql.raw(`select count(*)::int as n from "plugin_boards$${table}"`))) as unknown as { rows: Array<{ n: number }> };
  return result.rows[0]!.n;
}

/** Everything the plugin stores, to show a refused command changed nothing. */
async function snapshot(harness: PluginHarness): Promise<string> {
  const tables = ['boards', 'post_index', 'posts', 'post_bodies', 'read_state'];
  const parts: unknown[] = [];
  for (const table of tables) parts.push((await harness.database!.db.execute(sql.raw(`select * from "plugin_boards$${table}" order by 1`))) as unknown as { rows: unknown[] });
  return JSON.stringify(parts.map((part) => (part as { rows: unknown[] }).rows));
}

describe('the boards plugin: roles', () => {
  let harness: PluginHarness;
  let wizard: WorldObject;
  let builder: WorldObject;
  let ann: WorldObject;
  let bob: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    wizard = harness.world.addCharacter('Wizard', { role: 'admin' });
    builder = harness.world.addCharacter('Bea', { role: 'builder' });
    ann = harness.world.addCharacter('Ann');
    bob = harness.world.addCharacter('Bob');
    await said(harness, '+bbnewgroup Announcements', wizard);
    await said(harness, '+bbnewgroup Staff', wizard);
    await said(harness, '+bbnewgroup Builders', wizard);
    await said(harness, '+bbnewgroup Public', wizard);
    assert.equal(await said(harness, '+bbconfig 1/write=admin', wizard), 'Board Announcements (#1): only admins may post on it now.');
    assert.equal(await said(harness, '+bbconfig staff/READ=Admin', wizard), 'Board Staff (#2): only admins may read it now.');
    assert.equal(await said(harness, '+bbconfig 3/read=builder', wizard), 'Board Builders (#3): builders and admins may read it now.');
    await said(harness, '+bbpost 1/Rules=Be kind.', wizard);
    await said(harness, '+bbpost 2/Secret=Staff only.', wizard);
    await said(harness, '+bbpost 3/Plans=Builders only.', builder);
    await said(harness, '+bbpost 4/Hello=Anyone.', ann);
  });
  after(() => harness.close());

  it('shows each role only the boards it may read, keeping their numbers', async () => {
    const forPlayers = await said(harness, '+bbread', ann);
    assert.deepEqual(forPlayers.split('\n').slice(3, 5).map((line) => line.slice(0, 20).trimEnd()), ['   1  Announcements', '   4  Public']);
    assert.ok(!forPlayers.includes('Staff') && !forPlayers.includes('Builders'));
    const forBuilders = await said(harness, '+bbread', builder);
    assert.ok(forBuilders.includes('   3  Builders') && !forBuilders.includes('Staff'));
    const forAdmins = await said(harness, '+bbread', wizard);
    for (const name of ['Announcements', 'Staff', 'Builders', 'Public']) assert.ok(forAdmins.includes(name), name);
    assert.ok(!(await said(harness, '+bblist', ann)).includes('Staff'));
    assert.equal(await said(harness, '+bbscan', ann), ['Unread messages:', '  Announcements (#1): 1 unread (1/1)', '+bbnext reads the first of them.'].join('\n'));
  });

  it('never lets a player read a board their role may not read, however they name it', async () => {
    for (const line of ['+bbread 2', '+bbread Staff', '+bbread sta', '+bbread 2/1', '+bbread Staff/1', '+bbread 2/u', '+bbread 3/1']) {
      const answer = await refused(harness, line, ann);
      assert.match(answer, /^There is no board "(2|Staff|sta|3)"\. \+bbread lists the boards\.$/, line);
    }
    for (const line of ['+bbreply 2/1=Let me in', '+bbedit 2/1=Staff/Everyone', '+bbremove 2/1', '+bbcatchup 2', '+bbpost 2/Hi=there']) {
      assert.match(await refused(harness, line, ann), /^There is no board "2"\./, line);
    }
    for (let i = 0; i < 3; i += 1) assert.doesNotMatch(await said(harness, '+bbnext', ann), /Secret|Plans/);
    assert.equal(await said(harness, '+bbnext', ann), 'You have no unread messages.');
  });

  it('never lets a player post where their role may not, nor reply there', async () => {
    const before = await snapshot(harness);
    assert.equal(await refused(harness, '+bbpost 1/Mine=Not allowed.', ann), 'You may not post on Announcements (#1): posting there takes the admin role.');
    assert.equal(await refused(harness, '+bbreply 1/1=Not allowed.', ann), 'You may not post on Announcements (#1): posting there takes the admin role.');
    assert.equal(await refused(harness, '+bbpost 1/Mine=Not allowed.', builder), 'You may not post on Announcements (#1): posting there takes the admin role.');
    assert.equal(await snapshot(harness), before);
    assert.match(await said(harness, '+bbpost 3/More=Still builders.', builder), /as message 3\/2\.$/);
  });

  it("never lets anyone but the author or an admin edit or remove a post", async () => {
    const before = await snapshot(harness);
    assert.equal(await refused(harness, '+bbedit 4/1=Anyone/Bob', bob), "You may edit only your own messages; 4/1 is Ann's.");
    assert.equal(await refused(harness, '+bbremove 4/1', bob), "You may remove only your own messages; 4/1 is Ann's.");
    assert.equal(await snapshot(harness), before);
    assert.equal(await said(harness, '+bbremove 3/1', builder), 'Message 3/1 ("Plans") is removed from Builders (#3).', 'a builder removes their own');
    assert.equal(await said(harness, '+bbedit 4/1=Anyone/Everyone', wizard), 'Message 4/1 ("Hello") edited.', 'an admin edits anyone\'s');
  });

  it('hides a board again as soon as its read role rises, and shows it when the role does', async () => {
    await said(harness, '+bbconfig 4/read=builder', wizard);
    assert.match(await refused(harness, '+bbread 4/1', ann), /^There is no board "4"/);
    harness.world.setRole(ann.id, 'builder');
    assert.match(await said(harness, '+bbread 4/1', ann), /Title: Hello/);
    harness.world.setRole(ann.id, 'player');
    await said(harness, '+bbconfig 4/read=player', wizard);
  });

  it('refuses admin commands to everyone else, in the plugin too (the harness skips the core check)', async () => {
    const before = await snapshot(harness);
    for (const [line, command] of [
      ['+bbnewgroup Mine', '+bbnewgroup'],
      ['+bbcleargroup 1', '+bbcleargroup'],
      ['+bbconfirm 1', '+bbconfirm'],
      ['+bbconfig 1/write=player', '+bbconfig'],
      ['+bbconfig 1', '+bbconfig'],
    ] as const) {
      assert.equal(await refused(harness, line, builder), `Permission denied: ${command} needs the admin role.`);
      assert.equal(await refused(harness, line, ann), `Permission denied: ${command} needs the admin role.`);
    }
    assert.equal(await snapshot(harness), before);
    for (const command of harness.manifest.commands) {
      const adminOnly = ['+bbnewgroup', '+bbcleargroup', '+bbconfirm', '+bbconfig'].includes(command.name);
      assert.equal(command.role, adminOnly ? 'admin' : 'player', command.name);
    }
  });

  it('refuses settings and roles that do not exist', async () => {
    assert.equal(await refused(harness, '+bbconfig 1/read=wizard', wizard), '"wizard" is not a role; use player, builder or admin.');
    assert.equal(await refused(harness, '+bbconfig 1/colour=red', wizard), '"colour" is not a board setting; they are read, write and name, as in +bbconfig 1/read=<role>.');
    assert.equal(await refused(harness, '+bbconfig 1/name=Staff', wizard), 'There is already a board called "Staff": Staff (#2).');
    assert.equal(await refused(harness, '+bbconfig 1/name=No/slashes', wizard), NAME_RULE);
    assert.equal(await said(harness, '+bbconfig 1/name=News', wizard), 'Board Announcements (#1) is now called News.');
    assert.equal(await said(harness, '+bbconfig news', wizard), ['Board News (#1)', '  read:  player (the least role that may read it)', '  write: admin (the least role that may post on it)', '  messages: 1'].join('\n'));
  });
});

describe('the boards plugin: removing a board', () => {
  let harness: PluginHarness;
  let wizard: WorldObject;
  let root: WorldObject;
  let ann: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    wizard = harness.world.addCharacter('Wizard', { role: 'admin' });
    root = harness.world.addCharacter('Root', { role: 'admin' });
    ann = harness.world.addCharacter('Ann');
    for (const name of ['One', 'Two', 'Three']) await said(harness, `+bbnewgroup ${name}`, wizard);
    await said(harness, '+bbpost 2/First=1', ann);
    await said(harness, '+bbpost 2/Second=2', ann);
    await said(harness, '+bbpost 3/Third=3', ann);
    await said(harness, '+bbread 2/1', wizard);
  });
  after(() => harness.close());

  it('asks for a confirmation first, and removes nothing until it comes', async () => {
    const before = await snapshot(harness);
    assert.equal(await said(harness, '+bbcleargroup two', wizard), 'Board Two (#2) holds 2 messages. To remove it and them for good, type +bbconfirm 2 within 60 seconds.');
    assert.equal(await snapshot(harness), before);
    assert.equal(await refused(harness, '+bbconfirm 3', wizard), 'You have not asked to remove Three (#3); +bbcleargroup 3 starts that.');
    assert.equal(await refused(harness, '+bbconfirm 2', root), 'You have not asked to remove Two (#2); +bbcleargroup 2 starts that.', 'one admin cannot confirm for another');
    harness.clock.advance(61_000);
    assert.equal(await refused(harness, '+bbconfirm 2', wizard), 'Your +bbcleargroup of Two (#2) was more than 60 seconds ago; type it again to start over.');
    assert.equal(await snapshot(harness), before);
  });

  it('removes the board, its posts and their bodies on confirmation; later boards move up', async () => {
    await said(harness, '+bbcleargroup 2', wizard);
    assert.equal(await said(harness, '+bbconfirm 2', wizard), 'Board Two and its 2 messages are removed. The boards after it move up one number.');
    assert.equal(await count(harness, 'boards'), 2);
    assert.equal(await count(harness, 'posts'), 1);
    assert.equal(await count(harness, 'post_bodies'), 1);
    assert.equal(await count(harness, 'post_index'), 1, 'Three has one; One never had a post');
    assert.match(await said(harness, '+bbread 2/1', ann), /Message: 2\/1 +Board: Three \(#2\)/);
    assert.equal(await refused(harness, '+bbconfirm 2', wizard), 'You have not asked to remove Three (#2); +bbcleargroup 2 starts that.');
    // The wizard's marks for the removed board go at their next read.
    await said(harness, '+bbcatchup all', wizard);
    const marks = (await harness.database!.db.execute(sql.raw(`select boards from "plugin_boards$read_state" where reader = ${wizard.id}`))) as unknown as { rows: Array<{ boards: Record<string, string> }> };
    // Board ids never come back: Two was 2, Three is 3 (One, with no posts, has no marks).
    assert.deepEqual(Object.keys(marks.rows[0]!.boards), ['3']);
  });

  it('undoes every step when one fails: nothing is half-removed', async () => {
    const limited = await PluginHarness.load(MANIFEST, { limits: { dbWritesPerSecond: 0, dbWriteBurst: 9 } });
    try {
      const admin = limited.world.addCharacter('Wizard', { role: 'admin' });
      await said(limited, '+bbnewgroup Doomed', admin); // one table write
      await said(limited, '+bbpost 1/Post=Body', admin); // four: the post, its body, the index, the read marks
      await said(limited, '+bbnewgroup Filler', admin); // one: three are left
      await said(limited, '+bbcleargroup 1', admin); // none (the offer is kept in KV)
      const before = await snapshot(limited);
      // Removing takes four deletes (bodies, posts, the index, the board): the last is refused.
      assert.match(await refused(limited, '+bbconfirm 1', admin), /limit/);
      assert.equal(await snapshot(limited), before);
      assert.equal(await count(limited, 'posts'), 1);
      assert.equal(await count(limited, 'boards'), 2);
    } finally {
      await limited.close();
    }
  });

  it('undoes a post whose last step fails: no post without its body or index', async () => {
    const limited = await PluginHarness.load(MANIFEST, { limits: { dbWritesPerSecond: 0, dbWriteBurst: 3 } });
    try {
      const admin = limited.world.addCharacter('Wizard', { role: 'admin' });
      await said(limited, '+bbnewgroup Board', admin);
      const before = await snapshot(limited);
      assert.match(await refused(limited, '+bbpost 1/Title=Body', admin), /limit/);
      assert.equal(await snapshot(limited), before);
      assert.equal(await count(limited, 'posts'), 0);
      assert.equal(await count(limited, 'post_bodies'), 0);
    } finally {
      await limited.close();
    }
  });
});

describe('the boards plugin: hostile and malformed input', () => {
  let harness: PluginHarness;
  let wizard: WorldObject;
  let ann: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    wizard = harness.world.addCharacter('Wizard', { role: 'admin' });
    ann = harness.world.addCharacter('Ann');
    await said(harness, '+bbnewgroup General', wizard);
    await said(harness, '+bbpost 1/First=The first.', wizard);
  });
  after(() => harness.close());

  it('refuses board names that break the rule, or are taken in any case', async () => {
    for (const name of ['12', 'A'.repeat(31), 'Caf\u00e9', 'Bad/Name', 'x=y', 'Tab\there', '\u001b[31mRed', '\u{1F525}']) {
      assert.equal(await refused(harness, `+bbnewgroup ${name}`, wizard), NAME_RULE, JSON.stringify(name));
    }
    assert.equal(await refused(harness, '+bbnewgroup GENERAL', wizard), 'There is already a board called "General": General (#1).');
    assert.match(await said(harness, `+bbnewgroup ${'A'.repeat(30)}`, wizard), /^Board 2, A{30}, created\./);
    assert.match(await said(harness, "+bbnewgroup OOC: Q&A (new!) - it's_fine?", wizard), /^Board 3, OOC: Q&A \(new!\) - it's_fine\?, created\./);
  });

  it('refuses titles and bodies past their limits, counting characters, and storing nothing', async () => {
    const before = await snapshot(harness);
    assert.equal(await refused(harness, `+bbpost 1/${'t'.repeat(61)}=Body`, ann), 'A title may be at most 60 characters; yours has 61.');
    assert.equal(await refused(harness, `+bbpost 1/Title=${'b'.repeat(8001)}`, ann), 'A message may be at most 8000 characters; yours has 8001.');
    assert.equal(await refused(harness, `+bbreply 1/1=${'\u{1F525}'.repeat(8001)}`, ann), 'A message may be at most 8000 characters; yours has 8001.');
    assert.equal(await refused(harness, '+bbpost 1/\u0007\u001b=Body', ann), 'Give the message a title: +bbpost <board>/<title>=<body>.');
    assert.equal(await refused(harness, '+bbpost 1/Title=\u0007', ann), 'What should the message say? Write it after the "=".');
    assert.equal(await refused(harness, `+bbedit 1/1=./${'x'.repeat(8000)}`, wizard), 'A message may be at most 8000 characters; yours has 8009.');
    assert.equal(await snapshot(harness), before);
    assert.match(await said(harness, `+bbpost 1/${'\u{1F525}'.repeat(60)}=${'\u00e9'.repeat(8000)}`, ann), /as message 1\/2\.$/);
  });

  it('takes control characters out of what it stores, so no one can repaint a reader\'s screen', async () => {
    await said(harness, '+bbpost 1/\u001b[2JClear=Ring \u0007 the \u001b[31mbell', ann);
    const post = await said(harness, '+bbread 1/3', wizard);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(post), JSON.stringify(post));
    assert.ok(post.includes('Title: [2JClear') && post.includes('Ring  the [31mbell'), post);
  });

  it('refuses malformed, negative, zero and huge message numbers, and unknown boards', async () => {
    const before = await snapshot(harness);
    const cases: Array<[string, string]> = [
      ['+bbread 1/0', '"0" is not a message number: use a whole number from 1, as +bbread <board> lists them.'],
      ['+bbread 1/-1', '"-1" is not a message number: use a whole number from 1, as +bbread <board> lists them.'],
      ['+bbread 1/1.5', '"1.5" is not a message number: use a whole number from 1, as +bbread <board> lists them.'],
      ['+bbread 1/one', '"one" is not a message number: use a whole number from 1, as +bbread <board> lists them.'],
      ['+bbread 1/', '"" is not a message number: use a whole number from 1, as +bbread <board> lists them.'],
      ['+bbread 1/1,,2', '"" is not a message number: use a whole number from 1, as +bbread <board> lists them.'],
      ['+bbread 1/3-1', 'A range runs from the lower number up, such as 1-3.'],
      ['+bbread 1/99', 'General (#1) has no message 99; it holds 3 messages.'],
      ['+bbread 1/99999999999999999999', 'General (#1) has no message 99999999999999999999; it holds 3 messages.'],
      ['+bbremove 1/99999999999999999999', 'General (#1) has no message 99999999999999999999; it holds 3 messages.'],
      ['+bbremove 1/0', '"0" is not a message number: use a whole number from 1, as +bbread <board> lists them.'],
      ['+bbedit 1/-2=a/b', '"-2" is not a message number: use a whole number from 1, as +bbread <board> lists them.'],
      ['+bbreply 1/\uff11=hi', '"\uff11" is not a message number: use a whole number from 1, as +bbread <board> lists them.'],
      ['+bbread 0', 'There is no board "0". +bbread lists the boards.'],
      ['+bbread -1', 'There is no board "-1". +bbread lists the boards.'],
      ['+bbread 99999999999999999999', 'There is no board "99999999999999999999". +bbread lists the boards.'],
      ['+bbread Nowhere', 'There is no board "Nowhere". +bbread lists the boards.'],
      [`+bbread ${'x'.repeat(5000)}`, `There is no board "${'x'.repeat(40)}...". +bbread lists the boards.`],
      ['+bbpost Nowhere/Title=Body', 'There is no board "Nowhere". +bbread lists the boards.'],
      ['+bbcatchup Nowhere', 'There is no board "Nowhere". +bbread lists the boards.'],
    ];
    for (const [line, answer] of cases) assert.equal(await refused(harness, line, ann), answer, line);
    assert.equal(await snapshot(harness), before);
  });

  it('takes the start of a name when it fits one board, and asks when it fits several', async () => {
    await said(harness, '+bbnewgroup Gossip', wizard);
    assert.equal(await refused(harness, '+bbread g', ann), '"g" could be General (#1) or Gossip (#4); give more of the name, or the number.');
    assert.match(await said(harness, '+bbread GO', ann), /\*\*\*\* Gossip \(#4\) \*\*\*\*/);
  });

  it('leaves lines that do not fit a pattern to the core, with the usage', async () => {
    for (const [line, usage] of [
      ['+bbpost General', '+bbpost <board>/<title>=<body>'],
      ['+bbpost General/Title', '+bbpost <board>/<title>=<body>'],
      ['+bbreply 1=hi', '+bbreply <board>/<number>=<body>'],
      ['+bbremove', '+bbremove <board>/<number>'],
      ['+bbscan everything', '+bbscan'],
    ] as const) {
      const result = await harness.command(line, ann.id);
      assert.equal(result.failure?.code, 'E_COMMAND_USAGE', line);
      assert.equal(result.failure?.message, `Usage: ${usage}`, line);
    }
  });
});
