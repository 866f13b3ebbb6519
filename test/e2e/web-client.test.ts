// The browser client in real headless Chromium (Debian's), driven by playwright-core: log in with
// the form, talk with a telnet player, walk through an exit button, survive a dropped connection
// with the missed events shown, log out. Screenshots go to test-output/ for people to look at.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { CHROMIUM_PATH, launchChromium, requireProgram, type RunningChromium } from '../support/external-programs.js';
import { digRoom } from '../support/world-fixtures.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { textsOf, waitForOutput, waitForRoom } from '../support/web-client-page.js';

const SCREENSHOTS = new URL('../../test-output/', import.meta.url);

describe('browser client in headless Chromium', () => {
  let server: TestServer;
  let chromium: RunningChromium | undefined;
  let bob: TelnetTestClient;

  before(async () => {
    server = await startTestServer();
    await digRoom(server.core, server.core.world.startingRoomId, {
      name: 'Garden',
      description: 'Roses climb the old walls.',
      exit: 'North;n',
      back: 'South;s',
    });
    bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
  });
  after(async () => {
    await chromium?.close();
    await bob.close();
    await server.dispose();
  });

  it('logs in, talks with a telnet player, walks an exit, resumes after a drop, logs out', async (t) => {
    const executable = requireProgram(t, CHROMIUM_PATH, 'chromium');
    if (!executable) return;
    chromium = await launchChromium(executable);
    const page = await chromium.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Console errors include Content-Security-Policy violations and failed loads.
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const response = await page.goto(`http://127.0.0.1:${server.httpPort}/`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /default-src 'self'/);

    await page.getByLabel('Name').fill('Alice');
    await page.getByLabel('Password').fill('alicepass');
    await page.getByRole('button', { name: 'Create character' }).click();
    await waitForRoom(page, 'The Hearth');
    await waitForOutput(page, 'Welcome, Alice.');
    assert.equal(await page.locator('#login-form').isHidden(), true, 'the login form goes away');
    assert.deepEqual(await textsOf(page, '#players li'), ['Bob', 'Alice (you)']);
    assert.deepEqual(await textsOf(page, '#exits button'), ['North']);
    // The look's room name arrives in colour (bold cyan) and is rendered as such, not as escapes.
    assert.equal(await page.locator('#output span.b.f14', { hasText: 'The Hearth' }).count() > 0, true);
    assert.equal((await page.locator('#output').textContent())?.includes('\u001b'), false);
    await bob.waitFor('Alice has connected.');

    // Keyboard only: the command line has focus after login.
    await page.keyboard.type('say Hello from the browser');
    await page.keyboard.press('Enter');
    await bob.waitFor('Alice says, "Hello from the browser"');
    await waitForOutput(page, 'You say, "Hello from the browser"');
    await page.keyboard.type('look');
    await page.keyboard.press('Enter');
    await waitForOutput(page, 'A warm common room.');
    await page.keyboard.type('half-typed');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#input').inputValue(), 'look', 'up recalls the last command');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#input').inputValue(), 'say Hello from the browser', 'and the one before');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#input').inputValue(), 'look', 'down goes forward again');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#input').inputValue(), 'half-typed', 'and back to what was being typed');
    await page.keyboard.press('Escape');
    await page.locator('#input').fill('');

    bob.send('say The map is at https://example.org/map.');
    await waitForOutput(page, 'Bob says, "The map is at');
    assert.equal(await page.locator('#output a[href="https://example.org/map"]').count(), 1, 'the address is a link');

    await page.getByRole('button', { name: /Go North/ }).click();
    await waitForRoom(page, 'Garden');
    await waitForOutput(page, 'Roses climb the old walls.');
    await bob.waitFor('Alice has left.');
    assert.deepEqual(await textsOf(page, '#players li'), ['Alice (you)']);

    bob.send('north');
    await bob.waitFor('Roses climb the old walls.');
    await page.waitForFunction(() => document.getElementById('players')?.textContent?.includes('Bob') ?? false);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: new URL('web-client.png', SCREENSHOTS).pathname });

    // The connection drops; what Bob says meanwhile is shown once the page is back, with no password.
    const aliceId = (await server.core.accounts.findByName('Alice'))!.characterId;
    for (const session of server.core.sessions.sessionsOf(aliceId)) server.core.sessions.disconnect(session);
    bob.send('say Are you still there?');
    await bob.waitFor('You say, "Are you still there?"');
    await waitForOutput(page, 'Connection lost');
    await waitForOutput(page, 'While you were away');
    await waitForOutput(page, 'Bob says, "Are you still there?"');
    await waitForRoom(page, 'Garden');
    assert.equal(await page.locator('#login-form').isHidden(), true, 'resumed without the login form');
    await page.screenshot({ path: new URL('web-client-resumed.png', SCREENSHOTS).pathname });

    // Keyboard only again: focus an exit button and press Enter.
    await page.getByRole('button', { name: /Go South/ }).focus();
    await page.keyboard.press('Enter');
    await waitForRoom(page, 'The Hearth');

    // The scrollback keeps the newest 2,000 messages, so a long session never grows the page forever.
    const aliceNow = (await server.core.accounts.findByName('Alice'))!.characterId;
    for (let n = 1; n <= 2100; n += 1) server.core.sessions.sendToCharacter(aliceNow, `scrollback line ${n}`);
    await waitForOutput(page, 'scrollback line 2100');
    assert.ok((await page.locator('#output > div').count()) <= 2000);
    assert.equal(await page.locator('#output > div', { hasText: /^scrollback line 1$/ }).count(), 0, 'the oldest lines are gone');

    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForOutput(page, 'Goodbye. Come back soon.');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Disconnected');
    assert.equal(await page.locator('#login-form').isVisible(), true);
    assert.deepEqual(pageErrors, [], 'no script errors on the page');
  });
});
