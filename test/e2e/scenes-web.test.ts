// Published scenes in real headless Chromium (Debian's), driven by playwright-core: the list of
// scenes, a log with its times, speaker colours and content warning, and hostile player text shown
// as text with no script run. Screenshots go to test-output/ for people to look at.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { CHROMIUM_PATH, launchChromium, requireProgram, type RunningChromium } from '../support/external-programs.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { readSceneLogUntil } from '../support/scene-log.js';

const SCREENSHOTS = new URL('../../test-output/', import.meta.url);
const HOSTILE = '<script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'"> & "quotes"';

describe('published scenes in headless Chromium', () => {
  let server: TestServer;
  let chromium: RunningChromium | undefined;

  before(async () => {
    server = await startTestServer();
    const alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    const bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    alice.send('+scene/create Moonlight at the Ford');
    await alice.waitFor('You start scene #1');
    alice.send('+scene/warn 1=Violence <b>and</b> loss.');
    await alice.waitFor('You set the content warning');
    bob.send('+scene/join 1');
    await bob.waitFor('You join scene #1');
    alice.send(':wades into the river.');
    await bob.waitFor('Alice wades into the river.');
    bob.send(`"${HOSTILE}`);
    await alice.waitFor('Bob says, "<script>');
    await readSceneLogUntil(alice, '+scene/log 1', (log) => /\] Bob says, "<script>/.test(log));
    alice.send('+scene/end');
    await alice.waitFor('You end scene #1');
    alice.send('+scene/publish 1');
    await alice.waitFor('1 of 2 agree');
    bob.send('+scene/publish 1');
    await bob.waitFor('it is published at /plugins/scenes/log?id=1');
    await Promise.all([alice.close(), bob.close()]);
  });
  after(async () => {
    await chromium?.close();
    await server.dispose();
  });

  it('lists the published scenes and shows a log readably, hostile text as text', async (t) => {
    const executable = requireProgram(t, CHROMIUM_PATH, 'chromium');
    if (!executable) return;
    chromium = await launchChromium(executable);
    const page = await chromium.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => {
      problems.push(`a dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Console errors include Content-Security-Policy violations, which escaped text never causes.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    const list = await page.goto(`http://127.0.0.1:${server.httpPort}/plugins/scenes/`);
    assert.equal(list?.status(), 200);
    assert.match(list?.headers()['content-security-policy'] ?? '', /default-src 'none'/);
    assert.equal(await page.title(), 'Scenes');
    const entry = page.locator('ul.scenes li').first();
    assert.match(await entry.innerText(), /^Moonlight at the Ford \(#1 in The Hearth, \d{4}-\d\d-\d\d \d\d:\d\d UTC, 2 lines\)\nWith Alice, Bob\nContent warning: Violence <b>and<\/b> loss\.$/);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: new URL('scenes-list.png', SCREENSHOTS).pathname, fullPage: true });

    await entry.getByRole('link', { name: 'Moonlight at the Ford' }).click();
    await page.waitForURL(/\/plugins\/scenes\/log\?id=1$/);
    assert.equal(await page.title(), 'Moonlight at the Ford');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Moonlight at the Ford');
    assert.equal(await page.getByRole('note').innerText(), 'Content warning: Violence <b>and</b> loss.');
    const lines = page.locator('ol.log li');
    assert.equal(await lines.count(), 2);
    assert.match(await lines.nth(0).innerText(), /^\d\d:\d\d\s*Alice wades into the river\.$/);
    assert.equal(await lines.nth(1).locator('.text').innerText(), `Bob says, "${HOSTILE}"`);
    assert.match((await lines.nth(0).locator('time').getAttribute('datetime')) ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // Each speaker in their own colour.
    const colourOf = (index: number) => lines.nth(index).locator('.who').evaluate((element) => getComputedStyle(element).color);
    assert.notEqual(await colourOf(0), await colourOf(1));
    assert.equal(await page.locator('ol.log img, ol.log script, ol.log b').count(), 0, 'no element came from player text');
    assert.equal(await page.title(), 'Moonlight at the Ford', 'no script ran');
    await page.screenshot({ path: new URL('scene-log.png', SCREENSHOTS).pathname, fullPage: true });

    const text = await page.request.get(`http://127.0.0.1:${server.httpPort}/plugins/scenes/log.txt?id=1`);
    assert.match(await text.text(), /\] Bob says, "<script>document\.title="pwned"<\/script>/);
    assert.deepEqual(problems, []);
  });
});
