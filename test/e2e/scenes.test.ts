// A scene played over telnet in the real server, from creation to a published log: the room told,
// a content warning for joiners and arrivals, poses logged and the pose order kept, a nudge, an
// aside out of character, the log read a page at a time, refusals of someone not taking part, the
// vote, and the published log served over HTTP with player text escaped.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readSceneLogUntil } from '../support/scene-log.js';
import { digRoom } from '../support/world-fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const HOSTILE = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>';

describe('a scene over telnet, from creation to a published log', () => {
  let server: TestServer;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;
  let carol: TelnetTestClient;
  let dave: TelnetTestClient;

  before(async () => {
    server = await startTestServer();
    await digRoom(server.core, server.core.world.startingRoomId, { name: 'Stable Yard', exit: 'Yard;y', back: 'Inn;i' });
    alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    carol = await TelnetTestClient.connect(server.telnetPort);
    await carol.login('create', 'Carol', 'carolpass');
    dave = await TelnetTestClient.connect(server.telnetPort);
    await dave.login('create', 'Dave', 'davepass');
    carol.send('yard');
    await carol.waitFor('Stable Yard');
  });
  after(async () => {
    await Promise.all([alice, bob, carol, dave].map((client) => client.close()));
    await server.dispose();
  });

  it('explains itself in help', async () => {
    dave.send('help +scene');
    const help = await dave.waitFor('+scene/unpublish <id>');
    assert.match(help, /\+scene\/create <title> {10}start a scene in your room/);
    dave.send('+scene');
    await dave.waitFor('Scene commands (help +scene says more):');
  });

  it('starts a scene, warns who joins, and logs poses in pose order', async () => {
    alice.send('+scene/create The Lantern Inn');
    await alice.waitFor('You start scene #1 "The Lantern Inn" here, and take part in it.');
    await bob.waitFor('Alice starts scene #1 "The Lantern Inn" here. +scene/join 1 to take part.');
    alice.send('+scene/warn 1=Mild peril.');
    await bob.waitFor('Content warning for scene #1 "The Lantern Inn": Mild peril.');
    bob.send('+scene/join');
    await bob.waitFor('You join scene #1 "The Lantern Inn" (active, free pose order).\r\nContent warning: Mild peril.');
    alice.send('+scene/mode 1=strict');
    await alice.waitFor('Scene #1 "The Lantern Inn" now keeps strict pose order.');
    alice.send(':pours the tea.');
    await bob.waitFor('Alice pours the tea.');
    bob.send(`"Thank you. ${HOSTILE}`);
    await alice.waitFor(`Bob says, "Thank you. ${HOSTILE}"`);
    bob.send(";'s cup rattles.");
    await bob.waitFor("Scene #1 \"The Lantern Inn\" keeps strict pose order: it was Alice's turn. Your pose was logged.");
    bob.send('+scene/order');
    const order = await bob.waitFor(/Next: Alice\./);
    assert.match(order, /1\. Alice: 2 poses since their last\r\n {2}2\. Bob: 0 poses since their last/);
    bob.send('+scene/nudge');
    await bob.waitFor('You nudge Alice: it is their turn to pose in scene #1 "The Lantern Inn".');
    await alice.waitFor('Bob nudges you: it is your turn to pose in scene #1 "The Lantern Inn".');
  });

  it('shows the scene and its warning to whoever walks in, and logs their aside as OOC', async () => {
    carol.send('inn');
    await carol.waitFor('Scene #1 "The Lantern Inn" is running here (+scene/info 1; +scene/join 1 to take part).\r\nContent warning: Mild peril.');
    carol.send('+scene/ooc Just passing through ✓');
    await carol.waitFor('You are now taking part in scene #1 "The Lantern Inn", since your words are in its log.');
    await alice.waitFor('<OOC> Carol says, "Just passing through ✓"');
  });

  it('pages through the log, and keeps it from someone not taking part', async () => {
    for (let i = 1; i <= 17; i++) {
      const poser = i % 2 ? alice : bob;
      poser.send(`:counts to ${i}.`);
      await alice.waitFor(`counts to ${i}.`);
    }
    dave.send('+scene/log 1');
    await dave.waitFor('Only those who took part in scene #1 "The Lantern Inn" can read its log until it is published.');
    const first = await readSceneLogUntil(alice, '+scene/log 1', (log) => log.includes('More: +scene/log 1=2'));
    assert.match(first, /Log of scene #1 "The Lantern Inn", page 1 of 2:\r\n\[\d\d:\d\d\] Alice pours the tea\.\r\n\[\d\d:\d\d\] Bob says, "Thank you\. <script>/);
    assert.match(first, /\[\d\d:\d\d\] \(OOC\) <OOC> Carol says, "Just passing through ✓"/);
    alice.send('+scene/log 1=2');
    const second = await alice.waitFor('Alice counts to 17.');
    assert.match(second, /page 2 of 2:/);
    alice.send('+scene/log 1=3');
    await alice.waitFor('"3" is not a page of scene #1 "The Lantern Inn"; it has 2 pages.');
  });

  it('refuses ending and voting to someone not taking part, and publishes when all agree', async () => {
    dave.send('+scene/end 1');
    await dave.waitFor('Only those taking part in scene #1 "The Lantern Inn" may end it.');
    alice.send('+scene/publish 1');
    await alice.waitFor('Scene #1 "The Lantern Inn" is still active; end it first (+scene/end 1).');
    alice.send('+scene/end');
    await bob.waitFor('Alice ends scene #1 "The Lantern Inn". Its log: +scene/log 1.');
    dave.send('+scene/publish 1');
    await dave.waitFor('Only those taking part in scene #1 "The Lantern Inn" may vote to publish it.');
    const before = await fetch(`http://127.0.0.1:${server.httpPort}/plugins/scenes/log?id=1`);
    assert.equal(before.status, 404, 'not published before the vote');
    alice.send('+scene/publish 1');
    await alice.waitFor('You vote to publish scene #1 "The Lantern Inn": 1 of 3 agree. Waiting for Bob, Carol.');
    bob.send('+scene/publish 1');
    await bob.waitFor('2 of 3 agree. Waiting for Carol.');
    carol.send('+scene/publish 1');
    await carol.waitFor('and everyone has agreed: it is published at /plugins/scenes/log?id=1');
    await alice.waitFor('Everyone agreed: scene #1 "The Lantern Inn" is published, at /plugins/scenes/log?id=1');
  });

  it('serves the published log over HTTP, escaped, with times and the warning', async () => {
    const base = `http://127.0.0.1:${server.httpPort}/plugins/scenes`;
    const index = await fetch(`${base}/`);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(await index.text(), /<a href="\/plugins\/scenes\/log\?id=1">The Lantern Inn<\/a>/);
    const log = await fetch(`${base}/log?id=1`);
    const html = await log.text();
    assert.equal(log.headers.get('x-content-type-options'), 'nosniff');
    assert.match(html, /<strong>Content warning:<\/strong> Mild peril\./);
    assert.match(html, /<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z">\d\d:\d\d<\/time><span class="text"><span class="who c0">Alice<\/span> pours the tea\./);
    assert.match(html, /says, &quot;Thank you\. &lt;script&gt;document\.title=&quot;pwned&quot;&lt;\/script&gt;&lt;img src=x onerror=alert\(1\)&gt;&quot;/);
    assert.doesNotMatch(html, /<script|<img/);
    const text = await fetch(`${base}/log.txt?id=1`);
    assert.equal(text.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(text.headers.get('content-disposition'), 'attachment; filename="scene-1.txt"');
    assert.match(await text.text(), /^Scene #1: The Lantern Inn\nRoom: The Hearth\n/);
    const missing = await fetch(`${base}/log?id=2`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /No such scene/);
    assert.equal((await fetch(`http://127.0.0.1:${server.httpPort}/plugins/nothing/`)).status, 404);
  });
});
