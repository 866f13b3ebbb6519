// The mail plugin in the harness: sending to players online or not (names as page takes them,
// PennMUSH's subjects), listing and reading, replies and forwards, deleting, purging and folders,
// the limits, the notice at login, and that no player ever reaches another's mail. Each finding
// is checked in the plugin's own tables too, so "nothing was sent" means no row was written.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { WorldObject } from '../../../core/world/world-object.js';
import { type CommandResult, PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/mail/manifest.yaml';
const UNICODE = 'caf\u00e9 \u2713 \u{1F525} \u05e9\u05dc\u05d5\u05dd e\u0301';
const DASHES = '-'.repeat(77);
const NOTHING_SENT = 'MAIL: Nothing was sent.';

interface MessageRow {
  id: number;
  owner: number;
  folder: number;
  cleared: boolean;
  sender: number;
  sender_name: string;
  subject: string;
  forwarded: boolean;
  size: number;
  text: string;
}

async function messageRows(harness: PluginHarness): Promise<MessageRow[]> {
  const result = (await harness.database!.db.execute(
    sql`select m.row_id::int as id, m.owner::int as owner, m.folder, m.cleared, m.sender::int as sender, m.sender_name, m.subject, m.forwarded, m.size, b.text
        from "plugin_mail$messages" m left join "plugin_mail$bodies" b on b.message = m.row_id order by m.row_id`,
  )) as unknown as { rows: MessageRow[] };
  return result.rows;
}

async function bodyCount(harness: PluginHarness): Promise<number> {
  const result = (await harness.database!.db.execute(sql`select count(*)::int as count from "plugin_mail$bodies"`)) as unknown as { rows: Array<{ count: number }> };
  return result.rows[0]!.count;
}

function mailOf(rows: MessageRow[], owner: WorldObject): MessageRow[] {
  return rows.filter((row) => row.owner === owner.id);
}

/** Runs a command that must be answered by the plugin (not refused by the host). */
async function run(harness: PluginHarness, line: string, who: WorldObject): Promise<CommandResult> {
  const result = await harness.command(line, who.id);
  assert.equal(result.failure, undefined, `${line}: ${result.failure?.message}`);
  return result;
}

async function output(harness: PluginHarness, line: string, who: WorldObject): Promise<string> {
  const result = await run(harness, line, who);
  assert.equal(result.error, undefined, `${line}: ${result.error}`);
  return result.output ?? '';
}

async function refusal(harness: PluginHarness, line: string, who: WorldObject): Promise<string> {
  const result = await run(harness, line, who);
  assert.ok(result.error !== undefined, `${line} was expected to be refused, and answered: ${result.output}`);
  assert.deepEqual(result.sends, [], `${line}: a refusal sends nothing`);
  return result.error;
}

/** The list's message lines, without the dashes around them. */
function listLines(listing: string): string[] {
  return listing.split('\n').filter((line) => line.startsWith('['));
}

describe('the mail plugin: sending', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  let carol: WorldObject;
  let dave: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob');
    carol = harness.world.addCharacter('Carol');
    dave = harness.world.addCharacter('Dave', { connected: false });
  });
  after(() => harness.close());

  it('sends to a player who is not connected, and tells one who is at once', async () => {
    const result = await run(harness, `@mail Bob Dave=Market day/Meet me by the well. ${UNICODE}`, alice);
    assert.equal(result.output, 'MAIL: You sent your message to Bob.\nMAIL: You sent your message to Dave.');
    assert.deepEqual(result.sends, [{ characterId: bob.id, text: 'MAIL: You have a new message (1) from Alice.' }]);
    const rows = await messageRows(harness);
    assert.deepEqual(
      rows.map((row) => [row.owner, row.sender, row.sender_name, row.subject, row.text, row.folder, row.cleared]),
      [
        [bob.id, alice.id, 'Alice', 'Market day', `Meet me by the well. ${UNICODE}`, 0, false],
        [dave.id, alice.id, 'Alice', 'Market day', `Meet me by the well. ${UNICODE}`, 0, false],
      ],
    );
    assert.equal(rows[0]!.size, Buffer.byteLength(`Meet me by the well. ${UNICODE}`));
    assert.equal(await bodyCount(harness), 2, 'each recipient holds a copy of their own');
  });

  it('numbers new mail by its place in the inbox', async () => {
    const result = await run(harness, '@mail bob=Second', carol);
    assert.deepEqual(result.sends, [{ characterId: bob.id, text: 'MAIL: You have a new message (2) from Carol.' }]);
  });

  it('takes names separated by spaces or commas, in any case, quoted, and each once', async () => {
    harness.world.addCharacter('Mary Ann');
    const cases: Array<[string, string[]]> = [
      ['@mail carol, BOB , Carol=hi', ['Carol', 'Bob']],
      ['@mail  bob\tcarol=hi', ['Bob', 'Carol']],
      ['@mail "Bob",Carol bob=hi', ['Bob', 'Carol']],
    ];
    for (const [line, names] of cases) {
      assert.equal(await output(harness, line, alice), names.map((name) => `MAIL: You sent your message to ${name}.`).join('\n'), line);
    }
    assert.equal(await output(harness, '@mail "mary ann" me=Dinner', alice), 'MAIL: You sent your message to Mary Ann.\nMAIL: You sent your message to Alice.');
    assert.equal(await output(harness, '@mail Mary Ann=Dinner', bob), 'MAIL: You sent your message to Mary Ann.', 'someone has the whole name');
  });

  it('sends nothing, and names every player it does not know, when any name reaches no one', async () => {
    const before = await messageRows(harness);
    const error = await refusal(harness, '@mail Zed Bob "No One"=hello', alice);
    assert.equal(error, `No such unique player: Zed.\nNo such unique player: No One.\n${NOTHING_SENT}`);
    assert.deepEqual(await messageRows(harness), before);
    const long = await refusal(harness, `@mail ${'x'.repeat(300)}=hello`, alice);
    assert.match(long, /^No character has a name that long/);
    assert.doesNotMatch(long, /x{50}/, 'a hostile name is not repeated in full');
  });

  it('splits the subject at the first / within 60 characters, as PennMUSH does', async () => {
    const cases: Array<[string, string, string]> = [
      ['Plans/We ride at dawn.', 'Plans', 'We ride at dawn.'],
      ['/No subject here', '(no subject)', 'No subject here'],
      ['A//B test/Body / with a slash', 'A/B test', 'Body / with a slash'],
      ['Just a message, no subject at all', 'Just a message, no subject at all', 'Just a message, no subject at all'],
      [`${'s'.repeat(61)}/after sixty`, 's'.repeat(60), `${'s'.repeat(61)}/after sixty`],
      [`   /   spaced   `, '(no subject)', 'spaced'],
    ];
    for (const [typed, subject, text] of cases) {
      await output(harness, `@mail Carol=${typed}`, bob);
      const row = (await messageRows(harness)).at(-1)!;
      assert.deepEqual([row.subject, row.text], [subject, text], typed);
    }
  });

  it('takes control characters out of what others will read', async () => {
    await output(harness, '@mail Carol=Red\u001b[31m/alert\u0007 here\u009b', bob);
    const row = (await messageRows(harness)).at(-1)!;
    assert.deepEqual([row.subject, row.text], ['Red[31m', 'alert here']);
  });

  it('refuses mail with nothing in it, or to no one', async () => {
    const before = await messageRows(harness);
    for (const line of ['@mail Bob=', '@mail Bob=Subject/', '@mail Bob=  ', '@mail/reply 1=']) {
      assert.equal(await refusal(harness, line, alice), "MAIL: I can't figure out what you want to send.", line);
    }
    for (const line of ['@mail =hello', '@mail , , =hello', '@mail ""=hello']) {
      assert.equal(await refusal(harness, line, alice), "MAIL: I can't figure out who you want to mail to.", line);
    }
    assert.equal(await refusal(harness, '@mail/send Bob', alice), 'MAIL: Use @mail/send <players>=[<subject>/]<message>.');
    assert.deepEqual(await messageRows(harness), before);
  });

  it('keeps to its limits on length, recipients and bytes, sending nothing past them', async () => {
    const before = await messageRows(harness);
    assert.equal(
      await refusal(harness, `@mail Bob=Long/${'x'.repeat(8001)}`, alice),
      'MAIL: Your message is 8001 characters long; a message may be at most 8000. Nothing was sent.',
    );
    const many = ['Bob', 'Carol', 'Dave', 'Alice', 'Mary Ann'].map((name) => `"${name}"`).join(' ');
    for (const name of ['Eve', 'Finn']) harness.world.addCharacter(name);
    assert.equal(await refusal(harness, `@mail ${many} Eve=hi`, alice), 'MAIL: You named 6 players; one message may go to at most 5. Nothing was sent.');
    assert.match(await refusal(harness, `@mail Bob Carol Dave=${'\u00e9'.repeat(8000)}`, alice), /^MAIL: That is too much to send at once: 16000 bytes to each of 3 players\. One @mail carries at most 32000 bytes/);
    assert.deepEqual(await messageRows(harness), before);

    const fire = '\u{1F525}'.repeat(8000);
    assert.equal(await output(harness, `@mail Finn=Fire/${fire}`, alice), 'MAIL: You sent your message to Finn.', 'an emoji is one character, and 32000 bytes go to one player');
    assert.equal((await messageRows(harness)).at(-1)!.text, fire);
    assert.equal(await output(harness, `@mail ${many}=${'y'.repeat(6400)}`, alice).then((text) => text.split('\n').length), 5, '5 players, 32000 bytes in all');
  });

  it('says nothing is undone by halves: a send that fails at the last step leaves no row', async () => {
    const bare = await PluginHarness.load(MANIFEST, { manifest: { capabilities: ['read:characters', 'events:location:*', 'db:migrate'] } });
    try {
      const ann = bare.world.addCharacter('Ann');
      bare.world.addCharacter('Ben');
      const result = await bare.command('@mail Ben=hello', ann.id);
      assert.match(result.error ?? '', /lacks the capability/, 'telling Ben needs emit:character:*');
      assert.deepEqual(await messageRows(bare), []);
      assert.equal(await bodyCount(bare), 0);
    } finally {
      await bare.close();
    }
  });
});

describe('the mail plugin: listing, reading, replying and forwarding', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  let carol: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob');
    carol = harness.world.addCharacter('Carol', { connected: false });
    await output(harness, `@mail Bob Carol=Market day/Meet me by the well. ${UNICODE}`, alice);
    await output(harness, '@mail Bob=A note without a subject line', carol);
  });
  after(() => harness.close());

  it('lists the current folder as PennMUSH does, new mail marked N and connected senders *', async () => {
    const listing = await output(harness, '@mail', bob);
    const lines = listing.split('\n');
    assert.equal(lines[0], '---------------------------  MAIL (folder  0)  ------------------------------');
    assert.equal(lines.at(-1), DASHES);
    const [first, second] = listLines(listing);
    assert.match(first!, /^\[N--\]  0:1   \*Alice         Market day {21}(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} \d\d \d\d:\d\d$/);
    assert.match(second!, /^\[N--\]  0:2    Carol         A note without a subject lin {3}\S/, 'subjects are cut to 28 characters');
    assert.equal(listLines(await output(harness, '@mail 2-', bob)).length, 1, 'a range lists');
    assert.equal(listLines(await output(harness, '@mail/list 1', bob)).length, 1, '/list lists even one');
  });

  it('reads a message by its number, showing it as PennMUSH does, and marks it read', async () => {
    const page = await output(harness, '@mail 1', bob);
    const lines = page.split('\n');
    assert.equal(lines[0], DASHES);
    assert.match(lines[1]!, /^From: Alice {51}\(Conn\)$/);
    assert.match(lines[2]!, /^Date: (Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}\s+Folder:  0   Message: 1$/);
    assert.equal(lines[3], 'Status: Unread');
    assert.equal(lines[4], 'Subject: Market day');
    assert.equal(lines[5], DASHES);
    assert.equal(lines[6], `Meet me by the well. ${UNICODE}`);
    assert.equal(lines[7], DASHES);
    assert.match(listLines(await output(harness, '@mail', bob))[0]!, /^\[---\]  0:1 /);
    assert.match(await output(harness, '@mail 0:1', bob), /Status: Read/);
  });

  it('reads several, and says when there is no such message', async () => {
    const pages = await output(harness, '@mail/read 1-2', bob);
    assert.equal(pages.split('\n').filter((line) => line.startsWith('Subject: ')).length, 2);
    for (const line of ['@mail 3', '@mail/read 9-12', '@mail 999999999']) {
      assert.equal(await refusal(harness, line, bob), "MAIL: You don't have that many matching messages!", line);
    }
  });

  it('marks messages unread again', async () => {
    assert.equal(await output(harness, '@mail/unread 1-2', bob), 'MAIL: Msg #0:1 unread\nMAIL: Msg #0:2 unread');
    assert.equal(await output(harness, '@mail/unread 1', bob), 'MAIL: No messages had those flags.');
    assert.match(listLines(await output(harness, '@mail', bob))[0]!, /^\[N--\]/);
  });

  it('replies to the sender, with "Re: " and the subject unless one is given', async () => {
    const result = await run(harness, '@mail/reply 1=Count me in.', bob);
    assert.equal(result.output, 'MAIL: You sent your message to Alice.');
    assert.deepEqual(result.sends, [{ characterId: alice.id, text: 'MAIL: You have a new message (1) from Bob.' }]);
    assert.deepEqual(
      (await messageRows(harness)).filter((row) => row.owner === alice.id).map((row) => [row.subject, row.text]),
      [['Re: Market day', 'Count me in.']],
    );
    await output(harness, '@mail/reply 1=Another thought/Bring bread.', bob);
    await output(harness, '@mail/reply 1=Re-reply', alice);
    assert.deepEqual(
      mailOf(await messageRows(harness), alice).map((row) => row.subject).concat(mailOf(await messageRows(harness), bob).slice(-1).map((row) => row.subject)),
      ['Re: Market day', 'Another thought', 'Re: Market day'],
      'a subject that starts with "Re:" gets no second one',
    );
    for (const line of ['@mail/reply 9=hi', '@mail/reply 0:9=hi']) assert.equal(await refusal(harness, line, bob), "MAIL: You can't reply to nonexistent mail.", line);
    assert.equal(await refusal(harness, '@mail/reply 1-2=hi', bob), 'MAIL: Reply to one message, by its number: @mail/reply <n>=<message>.');
  });

  it('replies to everyone a message went to, but not to the one replying', async () => {
    const result = await run(harness, '@mail/replyall 1=All of us, then.', bob);
    assert.equal(result.output, 'MAIL: You sent your message to Alice.\nMAIL: You sent your message to Carol.');
    assert.deepEqual(mailOf(await messageRows(harness), carol).at(-1)!.subject, 'Re: Market day');
  });

  it('sends mail to the sender of a message named by its number', async () => {
    assert.equal(await output(harness, '@mail 2=Thanks for the note', bob), 'MAIL: You sent your message to Carol.');
    assert.equal(await refusal(harness, '@mail 99=hi', bob), `MAIL: You can't reply to nonexistent mail.\n${NOTHING_SENT}`);
  });

  it('forwards a copy, marked F and titled "Fwd: "', async () => {
    const result = await run(harness, '@mail/fwd 1=Carol', bob);
    assert.equal(result.output, 'MAIL: 1 message forwarded.');
    const copy = mailOf(await messageRows(harness), carol).at(-1)!;
    assert.deepEqual([copy.subject, copy.sender_name, copy.forwarded, copy.text], ['Fwd: Market day', 'Bob', true, `Meet me by the well. ${UNICODE}`]);
    assert.match(await output(harness, '@mail/forward 1=Alice', bob), /forwarded/);
    const listing = listLines(await output(harness, '@mail', alice));
    assert.match(listing.at(-1)!, /^\[N-F\] .*\*Bob {11}Fwd: Market day/);
    assert.equal(await refusal(harness, '@mail/forward 1-2=Carol', bob), 'MAIL: That names 2 messages; forward one at a time, such as @mail/forward 3=Bob.');
    assert.equal(await refusal(harness, '@mail/forward 1', bob), 'MAIL: To whom should I forward?');
    assert.equal(await refusal(harness, '@mail/forward 9=Carol', bob), "MAIL: You don't have any matching messages!");
  });
});

describe('the mail plugin: deleting, purging and folders', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob');
    for (const subject of ['one', 'two', 'three', 'four']) await output(harness, `@mail Bob=${subject}/text of ${subject}`, alice);
    await output(harness, '@mail 1', bob);
  });
  after(() => harness.close());

  it('deletes and undeletes, warning when an unread message is deleted', async () => {
    assert.equal(await output(harness, '@mail/delete 1', bob), 'MAIL: Msg #0:1 cleared.');
    assert.equal(await output(harness, '@mail/delete 2-3', bob), 'MAIL: Unread Msg #0:2 cleared! Use @mail/undelete 0:2 to recover.\nMAIL: Unread Msg #0:3 cleared! Use @mail/undelete 0:3 to recover.');
    assert.deepEqual(listLines(await output(harness, '@mail', bob)).map((line) => line.slice(0, 5)), ['[-C-]', '[NC-]', '[NC-]', '[N--]']);
    assert.equal(await output(harness, '@mail/delete 1', bob), 'MAIL: All messages had those flags already.');
    assert.equal(await output(harness, '@mail/undelete 3', bob), 'MAIL: Msg #0:3 uncleared.');
    assert.equal(await output(harness, '@mail/unclear 4', bob), 'MAIL: No messages had those flags.');
    assert.deepEqual(
      mailOf(await messageRows(harness), bob).map((row) => row.cleared),
      [true, true, false, false],
    );
  });

  it('clears a whole folder, and purges cleared mail for good, numbering what is left afresh', async () => {
    assert.equal(await output(harness, '@mail/undelete', bob), 'MAIL: Msg #0:1 uncleared.\nMAIL: Msg #0:2 uncleared.');
    const cleared = await output(harness, '@mail/clear', bob);
    assert.equal(cleared.split('\n').length, 4);
    assert.ok(mailOf(await messageRows(harness), bob).every((row) => row.cleared));
    await output(harness, '@mail/unclear 2-3', bob);
    assert.equal(await output(harness, '@mail/purge', bob), 'MAIL: Mailbox purged.');
    const rows = mailOf(await messageRows(harness), bob);
    assert.deepEqual(rows.map((row) => row.subject), ['two', 'three']);
    assert.equal(await bodyCount(harness), 2, 'the texts went with them');
    assert.deepEqual(listLines(await output(harness, '@mail', bob)).map((line) => line.slice(0, 36)), ['[N--]  0:1   *Alice         two     ', '[N--]  0:2   *Alice         three   ']);
    assert.match(await output(harness, '@mail 1', bob), /Subject: two/);
  });

  it('changes at most ten messages one at a time, but a whole folder at once', async () => {
    for (let i = 0; i < 10; i++) await output(harness, `@mail Bob=bulk ${i}`, alice);
    assert.equal(
      await refusal(harness, '@mail/delete 1-11', bob),
      'MAIL: That would change 11 messages one at a time; one command changes at most 10. Name fewer, or change a whole folder at once with @mail/clear or @mail/unclear and no list.',
    );
    assert.match(await output(harness, '@mail/delete 2-11', bob), /Msg #0:11 cleared/);
    assert.match(await output(harness, '@mail/delete 1-12', bob), /Msg #0:1 cleared/, 'the last one makes the whole folder alike: one step');
    assert.match(await output(harness, '@mail/clear cleared', bob), /All messages had those flags already/);
    assert.match(await output(harness, '@mail/unclear cleared', bob), /Msg #0:12 uncleared/);
  });

  it('shows each folder, names them, makes one current, and files messages into it', async () => {
    assert.equal(await output(harness, '@mail/folder', bob), 'MAIL: 12 messages in folder 0 [inbox] (11 unread, 0 cleared).\nMAIL: Current folder is 0 [inbox].');
    assert.equal(await output(harness, '@mail/folder 2=Keep', bob), "MAIL: Folder 2 now named 'Keep'");
    assert.equal(await output(harness, '@mail/file 1-2=keep', bob), 'MAIL: Msg 0:1 filed in folder 2 [Keep]\nMAIL: Msg 0:2 filed in folder 2 [Keep]');
    assert.equal(
      await output(harness, '@mail/folder', bob),
      'MAIL: 10 messages in folder 0 [inbox] (10 unread, 0 cleared).\nMAIL: 2 messages in folder 2 [Keep] (1 unread, 0 cleared).\nMAIL: Current folder is 0 [inbox].',
    );
    assert.equal(listLines(await output(harness, '@mail 2:', bob)).length, 2, 'another folder lists by its number');
    assert.match(await output(harness, '@mail 2:2', bob), /Folder:  2   Message: 2/);
    assert.equal(await output(harness, '@mail/folder KEEP', bob), 'MAIL: Current folder set to 2 [Keep].');
    assert.match(await output(harness, '@mail', bob), /MAIL \(folder  2\)/);
    assert.equal(await output(harness, '@mail/file 1=inbox', bob), 'MAIL: Msg 2:1 filed in folder 0 [inbox]');
    assert.deepEqual(mailOf(await messageRows(harness), bob).map((row) => row.folder).slice(0, 2), [0, 2], 'back where it came from, in its place');
    assert.match(listLines(await output(harness, '@mail 0:', bob))[0]!, / two /, 'in its place, first');
    assert.equal(await output(harness, '@mail/unfolder 2', bob), 'MAIL: Folder 2 now has no name');
    assert.equal(await output(harness, '@mail/folder 0', bob), 'MAIL: Current folder set to 0 [inbox].');
  });

  it('refuses folders that are not there and names that are not names', async () => {
    for (const line of ['@mail/folder 16', '@mail/folder nowhere', '@mail/file 1=16', '@mail/file 1=-1', '@mail/unfolder 99', '@mail/folder =Name']) {
      assert.equal(await refusal(harness, line, bob), 'MAIL: What folder is that?', line);
    }
    assert.equal(await refusal(harness, '@mail/folder 3=Two Words', bob), 'MAIL: Illegal folder name: use letters and digits, starting with a letter.');
    assert.equal(await refusal(harness, '@mail/folder 3=9lives', bob), 'MAIL: Illegal folder name: use letters and digits, starting with a letter.');
    assert.equal(await refusal(harness, `@mail/folder 3=${'n'.repeat(17)}`, bob), 'MAIL: Folder name too long: use at most 16 letters and digits.');
    assert.equal(await refusal(harness, '@mail/folder 3=caf\u00e9', bob), 'MAIL: Illegal folder name: use letters and digits, starting with a letter.');
    assert.equal(await refusal(harness, '@mail/unfolder', bob), 'MAIL: You must specify a folder name or number');
    assert.equal(await refusal(harness, '@mail/file 1', bob), 'MAIL: File them where? Use @mail/file <message-list>=<folder>.');
    assert.equal(await refusal(harness, '@mail/file 1-6=3', bob), 'MAIL: That names 6 messages; file at most 5 at a time.');
    assert.equal(await refusal(harness, '@mail/read/list 1', bob), 'MAIL: Use one switch at a time, such as @mail/read 3.');
  });
});

describe('the mail plugin: full mailboxes', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  let carol: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST, { manifest: { config: { mailbox_limit: '2', max_message_length: '8000', max_recipients: '5' } } });
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob');
    carol = harness.world.addCharacter('Carol');
  });
  after(() => harness.close());

  it('refuses mail to a full inbox, and then sends nothing to anyone', async () => {
    await output(harness, '@mail Bob=one', alice);
    await output(harness, '@mail Bob=two', alice);
    const before = await messageRows(harness);
    assert.equal(await refusal(harness, '@mail Carol Bob=three', alice), `MAIL: Bob's mailbox is full. Can't send.\n${NOTHING_SENT}`);
    assert.deepEqual(await messageRows(harness), before, 'Carol got nothing either');
  });

  it('warns at login when the inbox is nearly full', async () => {
    harness.sends.length = 0;
    await harness.deliver({ stream: 'location:1', type: 'connect', actor: { kind: 'character', id: String(bob.id) }, payload: { object: bob.id } });
    assert.deepEqual(harness.sends, [{ characterId: bob.id, text: 'MAIL: 2 messages in folder 0 [inbox] (2 unread, 0 cleared).\nMAIL: Warning! Limit on inbox messages is 2!' }]);
  });

  it('makes room again once mail is purged, and keeps other folders to the same size', async () => {
    await output(harness, '@mail/file 1=1', bob);
    await output(harness, '@mail Bob=three', alice);
    await output(harness, '@mail/delete 1', bob);
    await output(harness, '@mail/purge', bob);
    await output(harness, '@mail Bob=four', alice);
    assert.equal(await refusal(harness, '@mail/file 1-2=1', bob), 'MAIL: Folder 1 [unnamed] is full; a folder holds at most 2 messages.');
    assert.deepEqual(mailOf(await messageRows(harness), bob).map((row) => [row.subject, row.folder]), [['one', 1], ['three', 0], ['four', 0]]);
    assert.equal(mailOf(await messageRows(harness), carol).length, 0);
  });
});

describe('the mail plugin: nobody reaches anyone else\'s mail', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let mallory: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    alice = harness.world.addCharacter('Alice');
    const bob = harness.world.addCharacter('Bob');
    mallory = harness.world.addCharacter('Mallory');
    await output(harness, '@mail Alice=Secret/The key is under the mat.', bob);
    await output(harness, '@mail Alice=Second secret', bob);
    await output(harness, '@mail/delete 2', alice);
  });
  after(() => harness.close());

  it('lists, reads, changes and purges only the player\'s own mail', async () => {
    const before = await messageRows(harness);
    assert.equal(listLines(await output(harness, '@mail', mallory)).length, 0);
    assert.doesNotMatch(await output(harness, '@mail/folder', mallory), /messages in folder/);
    for (const line of ['@mail 1', '@mail/read 1-2', '@mail 0:1', '@mail 1:1', '@mail/read cleared']) {
      assert.equal(await refusal(harness, line, mallory), "MAIL: You don't have that many matching messages!", line);
    }
    for (const line of ['@mail/delete 1', '@mail/undelete 2', '@mail/clear', '@mail/unread 1', '@mail/file 1=1', '@mail/forward 1=Mallory']) {
      assert.equal(await refusal(harness, line, mallory), "MAIL: You don't have any matching messages!", line);
    }
    assert.equal(await refusal(harness, '@mail/reply 1=gotcha', mallory), "MAIL: You can't reply to nonexistent mail.");
    assert.equal(await output(harness, '@mail/purge', mallory), 'MAIL: Mailbox purged.');
    assert.deepEqual(await messageRows(harness), before, "Alice's mail, cleared message included, is as it was");
    assert.match(await output(harness, '@mail 1', alice), /The key is under the mat\./);
  });

  it('reads no mail for malformed, hostile or huge message lists', async () => {
    const before = await messageRows(harness);
    const invalid = ['0', '-', '1-2-3', 'abc', '1:2:3', ':1', '-0', '0-', '1--2', '1 2', '9999999999', '1e3', '0x1', '+1', '1.5', '\u0661', `${'9'.repeat(500)}`, `'; drop table x; --`];
    for (const list of invalid) {
      assert.equal(await refusal(harness, `@mail/read ${list}`, alice), 'MAIL: Invalid message specification', list);
      assert.equal(await refusal(harness, `@mail/delete ${list}`, alice), 'MAIL: Invalid message specification', list);
    }
    for (const list of ['16:1', '99:1', '1:x', '16:', 'x:1']) {
      assert.match(await refusal(harness, `@mail/read ${list}`, alice), /^MAIL: (What folder is that\? Folders are numbered 0 to 15\.|Invalid message specification)$/, list);
    }
    assert.equal(await refusal(harness, '@mail/read 2-1', alice), "MAIL: You don't have that many matching messages!", 'a backward range matches nothing');
    assert.equal(await refusal(harness, '@mail/read 999999999', alice), "MAIL: You don't have that many matching messages!");
    assert.match(await output(harness, '@mail/read -1', alice), /Subject: Secret/, '-1 is the range up to 1');
    assert.deepEqual(await messageRows(harness), before);
  });
});

describe('the mail plugin: at login', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob', { connected: false });
  });
  after(() => harness.close());

  async function connect(who: WorldObject): Promise<Array<{ characterId: number; text: string }>> {
    harness.sends.length = 0;
    const delivered = await harness.deliver({ stream: 'location:1', type: 'connect', actor: { kind: 'character', id: String(who.id) }, payload: { object: who.id } });
    assert.equal(delivered.failure, undefined, delivered.failure?.message);
    assert.equal(delivered.handled, false, 'other plugins hear the connect too');
    return [...harness.sends];
  }

  it('says nothing to a player without mail', async () => {
    assert.deepEqual(await connect(bob), []);
  });

  it('tells a player how much mail each folder holds, in PennMUSH\'s words', async () => {
    for (let i = 0; i < 3; i++) await output(harness, `@mail Bob=news ${i}`, alice);
    assert.deepEqual(await connect(bob), [{ characterId: bob.id, text: 'MAIL: 3 messages in folder 0 [inbox] (3 unread, 0 cleared).' }]);
    await output(harness, '@mail 1', bob);
    await output(harness, '@mail/file 3=4', bob);
    await output(harness, '@mail/delete 2', bob);
    assert.deepEqual(await connect(bob), [
      { characterId: bob.id, text: 'MAIL: 2 messages in folder 0 [inbox] (1 unread, 1 cleared).\nMAIL: 1 message in folder 4 [unnamed] (1 unread, 0 cleared).' },
    ]);
  });

  it('takes mail that came in meanwhile into the inbox, so numbers work at once', async () => {
    for (let i = 0; i < 30; i++) await output(harness, `@mail Bob=backlog ${i}`, alice);
    assert.equal(await refusal(harness, '@mail/delete 32', bob), 'MAIL: Much has come into your inbox since it was last listed. List it with @mail first, then try again.');
    assert.deepEqual(await connect(bob), [
      { characterId: bob.id, text: 'MAIL: 32 messages in folder 0 [inbox] (31 unread, 1 cleared).\nMAIL: 1 message in folder 4 [unnamed] (1 unread, 0 cleared).' },
    ]);
    assert.match(await output(harness, '@mail/delete 32', bob), /Unread Msg #0:32 cleared!/);
  });

  it('ignores connects that are not a character\'s', async () => {
    harness.sends.length = 0;
    await harness.deliver({ stream: 'location:1', type: 'connect', actor: { kind: 'system', id: 'core' }, payload: {} });
    await harness.deliver({ stream: 'location:1', type: 'connect', actor: { kind: 'character', id: 'not a number' }, payload: {} });
    assert.deepEqual(harness.sends, []);
  });
});

describe('the mail plugin: a full mailbox of long messages', () => {
  // The host reruns a command from the start after each wait on the database, so a command's cost
  // grows with the square of its waits: every command must still finish within its allowance
  // with a folder of 480 long messages (seeded straight into the tables, as if they had arrived).
  let harness: PluginHarness;
  let sender: WorldObject;
  let bob: WorldObject;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST, { limits: { dbWritesPerSecond: 10_000, dbWriteBurst: 10_000 } });
    sender = harness.world.addCharacter('S'.repeat(20));
    bob = harness.world.addCharacter('Bob');
    for (const name of ['Carol', 'Dave']) harness.world.addCharacter(name);
    await harness.database!.db.execute(sql.raw(`
      with m as (
        insert into "plugin_mail$messages" (owner, sender, sender_name, subject, size)
        select ${bob.id}, ${sender.id}, '${'S'.repeat(20)}', lpad(g::text, 60, 'x'), 16000 from generate_series(1, 480) g returning row_id)
      insert into "plugin_mail$bodies" (message, owner, delivery, recipients, text)
      select row_id, ${bob.id}, row_id, '${bob.id}', repeat('\u00e9', 8000) from m`));
    await harness.database!.db.execute(sql.raw(`insert into "plugin_mail$mailboxes" (owner, inbox) values (${bob.id}, 480)`));
  });
  after(() => harness.close());

  it('takes 480 new messages in at login, and then lists, reads, changes, files, forwards and purges them', async () => {
    const login = await harness.deliver({ stream: 'location:1', type: 'connect', actor: { kind: 'character', id: String(bob.id) }, payload: { object: bob.id } });
    assert.equal(login.failure, undefined, login.failure?.message);
    assert.equal(harness.sends.at(-1)?.text, 'MAIL: 480 messages in folder 0 [inbox] (480 unread, 0 cleared).');
    assert.equal(listLines(await output(harness, '@mail', bob)).length, 480);
    assert.match(await output(harness, '@mail 480', bob), /Message: 480/);
    assert.equal((await output(harness, '@mail/read 1-5', bob)).split('\n').filter((line) => line.startsWith('Subject:')).length, 2, 'as many as fit in one answer');
    assert.equal((await output(harness, '@mail/delete 471-480', bob)).split('\n').length, 10);
    assert.match(await output(harness, '@mail/undelete 471-480', bob), /uncleared/);
    assert.equal((await output(harness, '@mail/file 476-480=1', bob)).split('\n').length, 5);
    assert.match(await output(harness, '@mail/forward 1=Carol', bob), /1 message forwarded/);
    assert.match(await refusal(harness, '@mail/forward 1=Carol Dave Bob', bob), /too much to send at once: 16000 bytes to each of 3 players/);
    assert.match(await output(harness, '@mail/clear', bob), /and 455 more/);
    assert.equal(await output(harness, '@mail/purge', bob), 'MAIL: Mailbox purged.');
    assert.equal(mailOf(await messageRows(harness), bob).length, 5, 'the five filed away are left');
  });
});

describe('the mail plugin: its manifest', () => {
  it('gives @mail help text, and every switch the handler knows', async () => {
    const harness = await PluginHarness.load(MANIFEST);
    try {
      const [command] = harness.manifest.commands;
      assert.equal(command?.name, '@mail');
      assert.match(command?.help ?? '', /@mail\/purge/);
      assert.deepEqual([...(command?.switches ?? [])].sort(), ['clear', 'delete', 'file', 'folder', 'forward', 'fwd', 'list', 'purge', 'read', 'reply', 'replyall', 'send', 'unclear', 'undelete', 'unfolder', 'unread']);
    } finally {
      await harness.close();
    }
  });
});
