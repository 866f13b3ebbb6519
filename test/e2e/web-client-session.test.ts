// The browser client's way in and out, in headless Chromium: the name field has the focus at
// load; a password never shows, not even typed into the command line; the output keeps to the
// newest line; after an exit button the keyboard is back on the command line; names in the room
// panel stand apart; after a boot, and after a resume the server refuses, the login form comes
// back with the reason; after Log out, logging in again works. A screenshot of the page after the
// boot goes to test-output/.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium, requireProgram, type RunningChromium } from '../support/external-programs.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { focusedId, outputAtNewest, waitForOutput, waitForRoom, waitForStatus } from '../support/web-client-page.js';
import { digRoom } from '../support/world-fixtures.js';

const PASSWORD = 'open sesame';
const SCREENSHOTS = new URL('../../test-output/', import.meta.url);

describe('browser client: logging in and out, focus, scrolling and secrets', () => {
  let server: TestServer;
  let chromium: RunningChromium | undefined;
  let wizard: TelnetTestClient;
  let page: Page;
  const pageErrors: string[] = [];

  async function openPage(): Promise<Page> {
    const opened = await chromium!.context.newPage();
    opened.on('pageerror', (error) => pageErrors.push(error.message));
    opened.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await opened.goto(`http://127.0.0.1:${server.httpPort}/`);
    await waitForStatus(opened, 'Connected');
    return opened;
  }

  async function logInWithForm(verb: 'Log in' | 'Create character'): Promise<void> {
    await page.getByLabel('Name').fill('Alice');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: verb }).click();
    await waitForRoom(page, 'The Hearth');
  }

  function inputType(): Promise<string> {
    return page.locator('#input').evaluate((input) => (input as HTMLInputElement).type);
  }

  async function welcomeCount(): Promise<number> {
    return (await page.locator('#output').textContent())!.split('Welcome, Alice.').length - 1;
  }

  async function loginFormShows(reason: string): Promise<void> {
    await page.waitForFunction(() => !(document.getElementById('login-form') as HTMLElement).hidden, undefined, { timeout: 20_000 });
    assert.equal(await page.locator('#login-notice').textContent(), reason);
    assert.equal(await page.locator('#room-panel').isHidden(), true, 'no stale room panel');
    assert.equal(await page.locator('#logout').isHidden(), true);
    assert.equal(await focusedId(page), 'login-password', 'the name is still filled in: the password field has the keyboard');
  }

  before(async () => {
    server = await startTestServer({ HEARTH_BOOTSTRAP_ADMIN: 'Wizard:staffpass' });
    await digRoom(server.core, server.core.world.startingRoomId, { name: 'Garden', description: 'Roses.', exit: 'North;n', back: 'South;s' });
    wizard = await TelnetTestClient.connect(server.telnetPort);
    await wizard.login('connect', 'Wizard', 'staffpass');
  });
  after(async () => {
    await chromium?.close();
    await wizard.close();
    await server.dispose();
  });

  it('focuses the name field, keeps to the newest line, keeps the keyboard on the command line, and lists names apart', async (t) => {
    const executable = requireProgram(t, CHROMIUM_PATH, 'chromium');
    if (!executable) return;
    chromium = await launchChromium(executable);
    page = await openPage();
    assert.equal(await focusedId(page), 'login-name');

    // Fill the output before logging in, so that it scrolls.
    await page.locator('#input').focus();
    for (let n = 0; n < 25; n += 1) {
      await page.keyboard.type('WHO');
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => (document.getElementById('output')!.textContent!.match(/players? (is|are) connected/g) ?? []).length >= 25);
    assert.ok(await page.evaluate(() => document.getElementById('output')!.scrollHeight > document.getElementById('output')!.clientHeight * 2));

    // A password with a space: the form sends it whole.
    await logInWithForm('Create character');
    await waitForOutput(page, 'Welcome, Alice.');
    await wizard.waitFor('Alice has connected.');
    wizard.send('say Welcome to the Hearth, Alice.');
    await waitForOutput(page, 'Wizard says, "Welcome to the Hearth, Alice."');
    // The header gained its Log out button meanwhile; the output still follows.
    await page.waitForFunction(() => {
      const output = document.getElementById('output')!;
      return output.scrollTop + output.clientHeight >= output.scrollHeight - 2;
    });
    assert.equal(await outputAtNewest(page), true);

    // Scrolled up to read, it stays there; back at the bottom, it follows again.
    await page.locator('#output').evaluate((output) => (output.scrollTop = 0));
    await scrollEventsHandled(page);
    wizard.send('say Reading old lines?');
    await waitForOutput(page, 'Wizard says, "Reading old lines?"');
    assert.equal(await page.locator('#output').evaluate((output) => output.scrollTop), 0);
    await page.locator('#output').evaluate((output) => (output.scrollTop = output.scrollHeight));
    await scrollEventsHandled(page);
    wizard.send('say Back with us.');
    await waitForOutput(page, 'Wizard says, "Back with us."');
    assert.equal(await outputAtNewest(page), true);

    // Names in the room panel each stand on their own line.
    const players = page.locator('#players li');
    await page.waitForFunction(() => document.querySelectorAll('#players li').length === 2);
    const boxes = await Promise.all([players.nth(0).boundingBox(), players.nth(1).boundingBox()]);
    assert.ok(boxes[0] && boxes[1] && boxes[1].y >= boxes[0].y + boxes[0].height, 'one name a line');
    const listed = (await page.locator('#players').innerText()).split('\n').map((line) => line.trim());
    assert.deepEqual(listed.sort(), ['Alice (you)', 'Wizard']);

    // An exit button, by mouse and by keyboard, hands the keyboard back to the command line.
    await page.getByRole('button', { name: /Go North/ }).click();
    await waitForRoom(page, 'Garden');
    assert.equal(await focusedId(page), 'input');
    await page.getByRole('button', { name: /Go South/ }).focus();
    await page.keyboard.press('Enter');
    await waitForRoom(page, 'The Hearth');
    assert.equal(await focusedId(page), 'input');
    await page.keyboard.type('look');
    await page.keyboard.press('Enter');
    await waitForOutput(page, '> look');
  });

  it('brings the login form back with the reason after a boot, without trying to resume, and logs in again', async (t) => {
    if (!requireProgram(t, CHROMIUM_PATH, 'chromium')) return;
    wizard.send('@boot Alice');
    await wizard.waitFor('You booted Alice.');
    await waitForOutput(page, 'You have been booted by Wizard.');
    await loginFormShows('You have been booted by Wizard.');
    await waitForStatus(page, 'Disconnected');
    // The page would try again after a second if it still held a token.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(await page.locator('#status').textContent(), 'Disconnected');
    assert.equal((await page.locator('#output').textContent())?.includes('resume token'), false, 'no resume was tried');
    assert.equal(await page.title(), 'Hearth');
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: new URL('web-client-booted.png', SCREENSHOTS).pathname });

    const welcomes = await welcomeCount();
    await logInWithForm('Log in');
    await page.waitForFunction((before) => document.getElementById('output')!.textContent!.split('Welcome, Alice.').length - 1 > before, welcomes);
    assert.equal(await page.locator('#login-form').isHidden(), true);
    assert.equal((await page.locator('#output').textContent())?.includes('Not connected'), false);
  });

  it('logs in again after Log out', async (t) => {
    if (!requireProgram(t, CHROMIUM_PATH, 'chromium')) return;
    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForStatus(page, 'Disconnected');
    await loginFormShows('Goodbye. Come back soon.');
    const welcomes = await welcomeCount();
    await logInWithForm('Log in');
    await page.waitForFunction((before) => document.getElementById('output')!.textContent!.split('Welcome, Alice.').length - 1 > before, welcomes);
    assert.equal((await page.locator('#output').textContent())?.includes('Not connected'), false, 'the login was sent, not refused');
    assert.equal(await page.locator('#logout').isVisible(), true);
  });

  it('brings the login form back with the reason when the server refuses to resume', async (t) => {
    if (!requireProgram(t, CHROMIUM_PATH, 'chromium')) return;
    // As after a server restart: the server no longer knows the page's token.
    const alice = (await server.core.accounts.findByName('Alice'))!;
    server.core.resumeTokens.revokeAccount(alice.id);
    for (const session of server.core.sessions.sessionsOf(alice.characterId)) server.core.sessions.disconnect(session);
    await waitForOutput(page, 'Connection lost');
    await loginFormShows('That resume token is unknown, used or expired; log in with your password.');
    await waitForStatus(page, 'Connected');
    await logInWithForm('Log in');
    assert.equal(await page.locator('#login-form').isHidden(), true);
  });

  it('never shows or keeps a password typed into the command line', async (t) => {
    if (!requireProgram(t, CHROMIUM_PATH, 'chromium')) return;
    await page.close();
    page = await openPage();
    await page.locator('#input').focus();
    await page.keyboard.type('connect Alice');
    assert.equal(await inputType(), 'text', 'a name alone is not hidden');
    await page.keyboard.type(` "${PASSWORD}"`);
    assert.equal(await inputType(), 'password', 'the line is hidden once it holds a password');
    assert.equal(await page.locator('#input-note').isVisible(), true, 'and says why');
    await page.keyboard.press('Enter');
    await waitForRoom(page, 'The Hearth');
    assert.equal(await inputType(), 'text');
    assert.equal(await page.locator('#input').inputValue(), '');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#input').inputValue(), '', 'the login line is not in the history');
    const shown = await page.evaluate(() => document.body.innerText);
    assert.equal(shown.includes('sesame'), false, 'the password is nowhere on the page');
    assert.equal(shown.includes('connect Alice'), false, 'the login line was not echoed');

    // After Log out, a login typed into the command line opens a connection; at the password
    // prompt (connect <name> alone) the typing is hidden too, and not kept.
    await page.getByRole('button', { name: 'Log out' }).click();
    await waitForStatus(page, 'Disconnected');
    await page.locator('#input').focus();
    await page.keyboard.type('connect Alice');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.getElementById('input') as HTMLInputElement).type === 'password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await waitForRoom(page, 'The Hearth');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('#input').inputValue(), '');
    assert.equal((await page.evaluate(() => document.body.innerText)).includes('sesame'), false);
    assert.deepEqual(pageErrors, [], 'no script errors on the page');
  });
});

/** A scroll set from a script is reported to the page's scroll listener a frame later, as a player's would be. */
function scrollEventsHandled(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
