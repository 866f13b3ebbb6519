// The scenes plugin in the harness: creating and running scenes, the log kept from the room's
// speech events, pose order and its modes, nudges, idle pausing by the clock, content warnings
// for arrivals, paging the log, the publishing vote, and the published web pages, with hostile
// input and people who are not taking part refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { WorldObject } from '../../../core/world/world-object.js';
import { PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/scenes/manifest.yaml';
const HOSTILE = '<script>alert("pwned")</script> \u001b[31mred\u001b[0m & \'quotes\'';

type Kind = 'say' | 'pose' | 'semipose' | 'emit' | 'ooc';

/** What the communication plugin emits when `who` speaks in their room. */
function speak(harness: PluginHarness, who: WorldObject, type: Kind, message: string) {
  const text = type === 'say' ? `${who.name} says, "${message}"` : type === 'pose' ? `${who.name} ${message}` : type === 'semipose' ? `${who.name}${message}` : type === 'ooc' ? `<OOC> ${who.name} says, "${message}"` : message;
  return harness.deliver({
    stream: `location:${who.locationId}`,
    type,
    actor: { kind: 'character', id: String(who.id) },
    payload: { name: who.name, message, text },
  });
}

function shown(result: { output?: string; error?: string; failure?: Error }): string {
  return result.error ?? result.output ?? result.failure?.message ?? '';
}

/** The texts the room's `scene.notice` events carry: [for others, for the actor]. */
function notice(result: { events: Array<{ type: string; payload: Record<string, unknown> }> }): [unknown, unknown] {
  const event = result.events.find((candidate) => candidate.type === 'scene.notice');
  return [event?.payload['text'], event?.payload['self_text']];
}

describe('the scenes plugin', () => {
  let harness: PluginHarness;
  let alice: WorldObject;
  let bob: WorldObject;
  let carol: WorldObject;
  let dave: WorldObject;
  let wizard: WorldObject;
  let garden: WorldObject;

  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    alice = harness.world.addCharacter('Alice');
    bob = harness.world.addCharacter('Bob');
    carol = harness.world.addCharacter('Carol');
    garden = harness.world.addRoom('Garden');
    dave = harness.world.addCharacter('Dave', { room: garden.id });
    wizard = harness.world.addCharacter('Wizard', { role: 'admin', room: garden.id });
  });
  after(() => harness.close());

  it('asks only for what it uses, and serves four pages', () => {
    assert.deepEqual(harness.manifest.capabilities, ['read:locations', 'emit:location:*', 'emit:character:*', 'events:location:*', 'db:migrate', 'web:pages']);
    assert.deepEqual(harness.manifest.pages.map((page) => page.path), ['', 'log', 'log.txt', 'log.html']);
    assert.ok((harness.manifest.commands[0]?.help ?? '').includes('+scene/publish <id>'));
  });

  it('creates a scene in the room, with its creator taking part, and tells the room', async () => {
    assert.equal(shown(await harness.command('+scene', alice.id)).split('\n')[0], 'Scene commands (help +scene says more):');
    const created = await harness.command('+scene/create Tea at the \u001b[31mLantern\u001b[0m ✓', alice.id);
    assert.equal(created.error, undefined, created.error);
    assert.deepEqual(notice(created), [
      'Alice starts scene #1 "Tea at the [31mLantern[0m ✓" here. +scene/join 1 to take part.',
      'You start scene #1 "Tea at the [31mLantern[0m ✓" here, and take part in it. Everything said and posed here is logged until it ends (+scene/end 1).',
    ]);
    assert.equal(created.events[0]?.stream, `location:${harness.world.startingRoomId}`);
    assert.equal(shown(await harness.command('+scene/create Another', bob.id)), 'Scene #1 "Tea at the [31mLantern[0m ✓" is already active here; end it first (+scene/end 1).');
  });

  it('refuses titles that are empty or too long, and scene numbers that are not numbers', async () => {
    assert.equal(shown(await harness.command('+scene/create   ', dave.id)), 'What is the scene called? Use +scene/create <title>.');
    assert.equal(shown(await harness.command(`+scene/create ${'x'.repeat(81)}`, dave.id)), 'A scene title may be at most 80 characters.');
    assert.equal(shown(await harness.command('+scene/info abc', dave.id)), '"abc" is not a scene number; +scene/list shows them.');
    assert.equal(shown(await harness.command(`+scene/info ${'9'.repeat(40)}`, dave.id)), `"${'9'.repeat(20)}..." is not a scene number; +scene/list shows them.`);
    assert.equal(shown(await harness.command('+scene/info 99', dave.id)), 'There is no scene #99.');
    assert.equal(shown(await harness.command('+scene/info', dave.id)), 'There is no scene running here. Name one: +scene/info <id> (+scene/list shows them).');
    assert.equal(shown(await harness.command('+scene/join 1=x', dave.id)), '+scene/join takes a scene number only, such as +scene/join 3.');
  });

  it('lets people in the room join and leave, showing the content warning to joiners', async () => {
    const warned = await harness.command(`+scene/warn 1=Spiders ${HOSTILE}`, alice.id);
    assert.equal(notice(warned)[0], `Content warning for scene #1 "Tea at the [31mLantern[0m ✓": Spiders <script>alert("pwned")</script> [31mred[0m & 'quotes'`);
    const joined = await harness.command('+scene/join', bob.id);
    assert.equal(notice(joined)[0], 'Bob joins scene #1 "Tea at the [31mLantern[0m ✓".');
    assert.match(String(notice(joined)[1]), /^You join scene #1 .* \(active, free pose order\)\.\nContent warning: Spiders <script>/);
    assert.equal(shown(await harness.command('+scene/join 1', bob.id)), 'You are already taking part in scene #1 "Tea at the [31mLantern[0m ✓".');
    assert.equal(shown(await harness.command('+scene/join 1', dave.id)), 'Scene #1 "Tea at the [31mLantern[0m ✓" is in another room; go there to join it.');
    assert.equal(shown(await harness.command(`+scene/warn 1=${'w'.repeat(301)}`, alice.id)), 'A content warning may be at most 300 characters.');
    assert.equal(shown(await harness.command('+scene/warn 1=Nope', dave.id)), 'Only those taking part in scene #1 "Tea at the [31mLantern[0m ✓" may set its content warning.');
  });

  it('tells whoever arrives or connects in the room that a scene runs there, with its warning', async () => {
    const arrived = await harness.deliver({ stream: `location:${harness.world.startingRoomId}`, type: 'arrive', actor: { kind: 'character', id: String(carol.id) }, payload: { object: carol.id, name: 'Carol' } });
    assert.equal(arrived.failure, undefined);
    const told = harness.sends.at(-1)!;
    assert.equal(told.characterId, carol.id);
    assert.match(told.text, /^Scene #1 .* is running here \(\+scene\/info 1; \+scene\/join 1 to take part\)\.\nContent warning: Spiders/);
    const before = harness.sends.length;
    await harness.deliver({ stream: `location:${garden.id}`, type: 'arrive', actor: { kind: 'character', id: String(dave.id) }, payload: { object: dave.id, name: 'Dave' } });
    assert.equal(harness.sends.length, before, 'a room without a scene says nothing');
  });

  it('logs says, poses, semiposes, emits and ooc in the room, and makes speakers participants', async () => {
    for (const [who, type, text] of [[alice, 'pose', 'pours the tea.'], [bob, 'say', 'Thank you ✓'], [alice, 'semipose', "'s cup rattles."], [bob, 'emit', 'The kettle sings.'], [bob, 'ooc', 'brb']] as const) {
      const result = await speak(harness, who, type, text);
      assert.equal(result.failure, undefined);
      assert.equal(result.handled, false, 'the chain goes on to other plugins');
    }
    await speak(harness, carol, 'say', 'Hello?');
    assert.equal(harness.sends.at(-1)?.text, 'You are now taking part in scene #1 "Tea at the [31mLantern[0m ✓", since your words are in its log. +scene/leave 1 steps out.');
    await harness.deliver({ stream: `location:${harness.world.startingRoomId}`, type: 'say', actor: { kind: 'plugin', id: 'echo' }, payload: { text: 'An echo.' } });
    await speak(harness, dave, 'say', 'Elsewhere.');
    const log = shown(await harness.command('+scene/log 1', alice.id)).split('\n');
    assert.deepEqual(log, [
      'Log of scene #1 "Tea at the [31mLantern[0m ✓", page 1 of 1:',
      '[00:00] Alice pours the tea.',
      '[00:00] Bob says, "Thank you ✓"',
      "[00:00] Alice's cup rattles.",
      '[00:00] The kettle sings.',
      '[00:00] (OOC) <OOC> Bob says, "brb"',
      '[00:00] Carol says, "Hello?"',
    ]);
    assert.match(shown(await harness.command('+scene/info 1', dave.id)), /Taking part: Alice, Bob, Carol$/);
  });

  it('shows who has posed since whom and who is next, and keeps strict and 3-pose order', async () => {
    // Poses so far: Alice 3 (pose, semipose) ... Bob (say, emit), Carol (say); OOC does not count.
    const order = shown(await harness.command('+scene/order', bob.id)).split('\n');
    assert.deepEqual(order, [
      'Pose order of scene #1 "Tea at the [31mLantern[0m ✓" (free), longest waiting first:',
      '  1. Alice: 2 poses since their last',
      '  2. Bob: 1 pose since their last',
      '  3. Carol: 0 poses since their last',
      'Next: Alice (free order: anyone may pose).',
    ]);
    assert.equal(shown(await harness.command('+scene/mode 1=sideways', alice.id)), 'A pose order is free, strict or 3pose: +scene/mode <id>=3pose.');
    assert.equal(shown(await harness.command('+scene/mode 1=strict', dave.id)), 'Only those taking part in scene #1 "Tea at the [31mLantern[0m ✓" may change its pose order.');
    assert.equal(notice(await harness.command('+scene/mode 1=STRICT', alice.id))[1], 'Scene #1 "Tea at the [31mLantern[0m ✓" now keeps strict pose order.');
    const sends = harness.sends.length;
    await speak(harness, carol, 'pose', 'jumps the queue.');
    assert.equal(harness.sends.at(-1)?.text, 'Scene #1 "Tea at the [31mLantern[0m ✓" keeps strict pose order: it was Alice\'s turn. Your pose was logged.');
    await speak(harness, alice, 'pose', 'sips.');
    assert.equal(harness.sends.length, sends + 1, "Alice's pose was in turn");
    await harness.command('+scene/mode 1=3pose', alice.id);
    await speak(harness, alice, 'pose', 'sips again.');
    assert.match(harness.sends.at(-1)?.text ?? '', /keeps 3-pose order: wait until 2 others have posed \(0 so far\)\. Your pose was logged\.$/);
    assert.match(shown(await harness.command('+scene/order 1', alice.id)), /Next: Bob \(3-pose: wait for 2 others between your poses\)\.$/);
  });

  it('nudges the next poser, at most once a minute', async () => {
    assert.equal(shown(await harness.command('+scene/nudge', dave.id)), 'There is no scene running here. Name one: +scene/nudge <id> (+scene/list shows them).');
    assert.equal(shown(await harness.command('+scene/nudge 1', dave.id)), 'Only those taking part in scene #1 "Tea at the [31mLantern[0m ✓" may nudge.');
    const nudged = await harness.command('+scene/nudge', alice.id);
    assert.equal(shown(nudged), 'You nudge Bob: it is their turn to pose in scene #1 "Tea at the [31mLantern[0m ✓".');
    assert.deepEqual(nudged.sends, [{ characterId: bob.id, text: 'Alice nudges you: it is your turn to pose in scene #1 "Tea at the [31mLantern[0m ✓".' }]);
    assert.match(shown(await harness.command('+scene/nudge', carol.id)), /was nudged less than a minute ago; give Bob a moment\.$/);
    assert.equal(shown(await harness.command('+scene/nudge', bob.id)), 'It is your own turn to pose in scene #1 "Tea at the [31mLantern[0m ✓".');
    harness.clock.advance(61_000);
    assert.equal((await harness.command('+scene/nudge', carol.id)).output, 'You nudge Bob: it is their turn to pose in scene #1 "Tea at the [31mLantern[0m ✓".');
  });

  it('logs asides out of character, refusing empty and overlong ones', async () => {
    const aside = await harness.command('+scene/ooc Back in five, sorry ✓', bob.id);
    assert.equal(aside.error, undefined, aside.error);
    assert.equal(aside.events[0]?.type, 'scene.ooc');
    assert.equal(aside.events[0]?.payload['text'], '<OOC> Bob says, "Back in five, sorry ✓"');
    assert.equal(shown(await harness.command('+scene/ooc   ', bob.id)), 'What do you want to say out of character? Use +scene/ooc <message>.');
    assert.equal(shown(await harness.command(`+scene/ooc ${'o'.repeat(2001)}`, bob.id)), 'An aside may be at most 2000 characters.');
    assert.equal(shown(await harness.command('+scene/ooc hi', dave.id)), 'There is no scene running here. Name one: +scene/ooc <id> (+scene/list shows them).');
    assert.match(shown(await harness.command('+scene/log 1', alice.id)).split('\n').at(-1)!, /^\[00:01\] \(OOC\) <OOC> Bob says, "Back in five, sorry ✓"$/);
  });

  it('pauses itself when a pose finds it idle, logs nothing while paused, and resumes', async () => {
    harness.clock.advance(61 * 60_000);
    assert.match(shown(await harness.command('+scene/list', dave.id)), /#1 .* paused \(idle\), 10 lines: Alice, Bob, Carol/);
    await speak(harness, bob, 'pose', 'wakes up.');
    assert.equal(harness.sends.at(-1)?.text, 'Scene #1 "Tea at the [31mLantern[0m ✓" paused itself after 60 minutes without a logged line, so that was not logged. +scene/resume 1 to go on.');
    assert.match(shown(await harness.command('+scene/info 1', bob.id)), /^Scene #1 .*: paused$/m);
    await speak(harness, bob, 'pose', 'tries again.');
    assert.equal(shown(await harness.command('+scene/resume', dave.id)), 'There is no scene running here. Name one: +scene/resume <id> (+scene/list shows them).');
    assert.equal(shown(await harness.command('+scene/resume 1', dave.id)), 'Only those taking part in scene #1 "Tea at the [31mLantern[0m ✓" may resume it.');
    assert.equal(notice(await harness.command('+scene/resume', bob.id))[1], 'You resume scene #1 "Tea at the [31mLantern[0m ✓".');
    await speak(harness, bob, 'pose', 'is back.');
    assert.match(shown(await harness.command('+scene/log 1', bob.id)).split('\n').at(-1)!, /Bob is back\.$/);
    assert.equal(notice(await harness.command('+scene/pause', bob.id))[1], 'You pause scene #1 "Tea at the [31mLantern[0m ✓".');
    await speak(harness, bob, 'pose', 'whispers while paused.');
    assert.doesNotMatch(shown(await harness.command('+scene/log 1', bob.id)), /while paused/);
    await harness.command('+scene/resume 1', bob.id);
  });

  it('pages through a long log, 20 lines a page', async () => {
    for (let i = 1; i <= 30; i++) await speak(harness, i % 2 ? alice : bob, 'pose', `counts ${i}.`);
    const first = shown(await harness.command('+scene/log 1', carol.id)).split('\n');
    assert.equal(first[0], 'Log of scene #1 "Tea at the [31mLantern[0m ✓", page 1 of 3:');
    assert.equal(first.length, 22);
    assert.equal(first.at(-1), 'More: +scene/log 1=2');
    const last = shown(await harness.command('+scene/log 1=3', carol.id)).split('\n');
    assert.equal(last[0], 'Log of scene #1 "Tea at the [31mLantern[0m ✓", page 3 of 3:');
    assert.equal(last.at(-1), '[01:02] Bob counts 30.');
    assert.equal(shown(await harness.command('+scene/log 1=4', carol.id)), '"4" is not a page of scene #1 "Tea at the [31mLantern[0m ✓"; it has 3 pages.');
    assert.equal(shown(await harness.command('+scene/log 1=-1', carol.id)), '"-1" is not a page of scene #1 "Tea at the [31mLantern[0m ✓"; it has 3 pages.');
    assert.equal(shown(await harness.command('+scene/log 1', dave.id)), 'Only those who took part in scene #1 "Tea at the [31mLantern[0m ✓" can read its log until it is published.');
    assert.match(shown(await harness.command('+scene/log 1', wizard.id)), /^Log of scene #1/, 'admins may read any log');
    assert.equal(shown(await harness.command('+scene/log', carol.id)), 'Which scene? Use +scene/log <id>[=<page>].');
  });

  it('lets only participants end it, and publishes only when every participant has voted', async () => {
    assert.equal(shown(await harness.command('+scene/publish 1', alice.id)), 'Scene #1 "Tea at the [31mLantern[0m ✓" is still active; end it first (+scene/end 1).');
    assert.equal(shown(await harness.command('+scene/end 1', dave.id)), 'Only those taking part in scene #1 "Tea at the [31mLantern[0m ✓" may end it.');
    assert.equal(shown(await harness.command('+scene/pause 1', dave.id)), 'Only those taking part in scene #1 "Tea at the [31mLantern[0m ✓" may pause it.');
    assert.equal(shown(await harness.command('+scene/leave', carol.id)), 'You leave scene #1 "Tea at the [31mLantern[0m ✓". What you said stays in its log, and your vote on publishing it still counts.');
    const ended = await harness.command('+scene/end', alice.id);
    assert.match(String(notice(ended)[0]), /^Alice ends scene #1 .*\. Its log: \+scene\/log 1\. Everyone who took part can vote to publish it: \+scene\/publish 1\.$/);
    assert.equal(shown(await harness.command('+scene/end 1', alice.id)), 'Scene #1 "Tea at the [31mLantern[0m ✓" has already ended.');
    assert.equal((await harness.page('log', { id: '1' })).page?.status, 404, 'not published yet');
    assert.equal(shown(await harness.command('+scene/publish 1', dave.id)), 'Only those taking part in scene #1 "Tea at the [31mLantern[0m ✓" may vote to publish it.');
    assert.equal(shown(await harness.command('+scene/publish', alice.id)), 'Which scene? Use +scene/publish <id>.');
    assert.equal(shown(await harness.command('+scene/publish 1', alice.id)), 'You vote to publish scene #1 "Tea at the [31mLantern[0m ✓": 1 of 3 agree. Waiting for Bob, Carol.');
    assert.equal(shown(await harness.command('+scene/publish 1', alice.id)), 'You have already voted to publish scene #1 "Tea at the [31mLantern[0m ✓".');
    assert.match(shown(await harness.command('+scene/info 1', alice.id)), /Votes to publish: 1 of 3\.$/);
    await harness.command('+scene/publish 1', bob.id);
    const last = await harness.command('+scene/publish 1', carol.id);
    assert.equal(last.output, 'You vote to publish scene #1 "Tea at the [31mLantern[0m ✓", and everyone has agreed: it is published at /plugins/scenes/log?id=1 on the game\'s web site.');
    assert.deepEqual(last.sends.map((send) => send.characterId), [alice.id, bob.id]);
    assert.equal(shown(await harness.command('+scene/publish 1', bob.id)), 'Scene #1 "Tea at the [31mLantern[0m ✓" is already published.');
    assert.match(shown(await harness.command('+scene/log 1', dave.id)), /^Log of scene #1/, 'anyone may read a published log');
  });

  it('serves the published scenes, the log with times, colours and the warning, and exports', async () => {
    const index = (await harness.page('')).page!;
    assert.equal(index.type, 'html');
    assert.match(index.body, /<a href="\/plugins\/scenes\/log\?id=1">Tea at the \[31mLantern\[0m ✓<\/a>/);
    assert.match(index.body, /<strong>Content warning:<\/strong> Spiders &lt;script&gt;alert\(&quot;pwned&quot;\)&lt;\/script&gt; \[31mred\[0m &amp; &#39;quotes&#39;/);
    assert.doesNotMatch(index.body, /<script>|\u001b/);
    const log = (await harness.page('log', { id: '1' })).page!;
    assert.equal(log.status, 200);
    assert.match(log.body, /<h1>Tea at the \[31mLantern\[0m ✓<\/h1>/);
    assert.match(log.body, /<time datetime="2026-01-01T00:00:00.000Z">00:00<\/time><span class="text"><span class="who c0">Alice<\/span> pours the tea\.<\/span>/);
    assert.match(log.body, /<span class="who c1">Bob<\/span> says, &quot;Thank you ✓&quot;/);
    assert.match(log.body, /<li class="line emit"><time[^>]*>00:00<\/time><span class="text" title="@emit by Bob">The kettle sings\.<\/span><\/li>/);
    assert.match(log.body, /<li class="line ooc"><time[^>]*>00:01<\/time><span class="ooc-mark">OOC<\/span><span class="text"><span class="who c1">Bob<\/span> says, &quot;Back in five/);
    assert.match(log.body, /Part 1 of 1/);
    assert.match(log.body, /<span class="who c1">Bob<\/span> counts 30\.<\/span><\/li>\n<\/ol>/);
    assert.doesNotMatch(log.body, /<script>|\u001b/);
    assert.equal((await harness.page('log', { id: '1', part: '2' })).page?.status, 404);
    const text = (await harness.page('log.txt', { id: '1' })).page!;
    assert.equal(text.type, 'text');
    assert.equal(text.filename, 'scene-1.txt');
    assert.match(text.body, /^Scene #1: Tea at the \[31mLantern\[0m ✓\nRoom: The Hearth\nFrom 2026-01-01 00:00 to 2026-01-01 \d\d:\d\d UTC\nWith Alice, Bob, Carol\nContent warning: Spiders <script>alert\("pwned"\)<\/script> \[31mred\[0m & 'quotes'\n\n\[2026-01-01 00:00\] Alice pours the tea\.\n/);
    assert.match(text.body, /\[2026-01-01 01:02\] Bob counts 30\.\n$/);
    const html = (await harness.page('log.html', { id: '1' })).page!;
    assert.equal(html.filename, 'scene-1.html');
    assert.match(html.body, /<span class="who c1">Bob<\/span> counts 30\./);
    assert.doesNotMatch(html.body, /<nav>/, 'the file has no links to other parts');
    for (const query of [{ id: '2' }, { id: 'x' }, {}, { id: '1e3' }] as Array<Record<string, string>>) assert.equal((await harness.page('log', query)).page?.status, 404, JSON.stringify(query));
  });

  it('lets a participant or an admin unpublish, and then needs every vote again', async () => {
    assert.equal(shown(await harness.command('+scene/unpublish 1', dave.id)), 'Only those taking part in scene #1 "Tea at the [31mLantern[0m ✓" may unpublish it.');
    assert.equal(shown(await harness.command('+scene/unpublish 1', bob.id)), 'Scene #1 "Tea at the [31mLantern[0m ✓" is no longer published. Publishing it again needs everyone\'s vote afresh.');
    assert.equal((await harness.page('log', { id: '1' })).page?.status, 404);
    assert.doesNotMatch((await harness.page('')).page!.body, /Tea at the/);
    assert.match(shown(await harness.command('+scene/publish 1', alice.id)), /1 of 3 agree/);
    await harness.command('+scene/publish 1', bob.id);
    await harness.command('+scene/publish 1', carol.id);
    assert.match(shown(await harness.command('+scene/unpublish 1', wizard.id)), /is no longer published/);
    assert.equal(shown(await harness.command('+scene/unpublish 1', wizard.id)), 'Scene #1 "Tea at the [31mLantern[0m ✓" is not published.');
  });

  it('lists running and recently ended scenes', async () => {
    await harness.command('+scene/create Garden party', dave.id);
    const erin = harness.world.addCharacter('Erin', { room: garden.id });
    const aside = await harness.command('+scene/ooc Just watching.', erin.id);
    assert.deepEqual(aside.sends, [{ characterId: erin.id, text: 'You are now taking part in scene #2 "Garden party", since your words are in its log. +scene/leave 2 steps out.' }]);
    const list = shown(await harness.command('+scene/list', dave.id)).split('\n');
    assert.equal(list[0], 'Scenes running:');
    assert.match(list[1]!, /^ {2}#2 "Garden party" in Garden, running, 1 line: Dave, Erin$/);
    assert.equal(list[2], 'Ended lately:');
    assert.match(list[3]!, /^ {2}#1 .* in The Hearth, ended 2026-01-01 \d\d:\d\d, \d+ lines: Alice, Bob, Carol$/);
    assert.match(shown(await harness.command('+scene/end 2', wizard.id)), /^$/, 'an admin may end any scene');
  });
});
