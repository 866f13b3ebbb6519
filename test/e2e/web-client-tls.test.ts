// The browser client in headless Chromium over HTTPS, with a self-signed certificate accepted as
// a player would: the page loads, its websocket goes over WSS to the same port, and the player
// logs in and talks. On the server the session is a websocket that says it is encrypted.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium, requireProgram, type RunningChromium } from '../support/external-programs.js';
import { makeSelfSignedCertificate } from '../support/self-signed-certificate.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

function waitForOutput(page: Page, text: string): Promise<unknown> {
  return page.waitForFunction((wanted) => document.getElementById('output')?.textContent?.includes(wanted) ?? false, text, { timeout: 20_000 });
}

describe('browser client over HTTPS and WSS', () => {
  let folder: string;
  let server: TestServer;
  let chromium: RunningChromium | undefined;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-web-tls-'));
    const certificate = await makeSelfSignedCertificate(folder, 'server');
    server = await startTestServer({ HEARTH_TLS_CERT: certificate.certFile, HEARTH_TLS_KEY: certificate.keyFile, HEARTH_TLS_TELNET_PORT: '0', HEARTH_HTTPS_PORT: '0' });
  });
  after(async () => {
    await chromium?.close();
    await server.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('loads the page over HTTPS, logs in over WSS and talks', async (t) => {
    const executable = requireProgram(t, CHROMIUM_PATH, 'chromium');
    if (!executable) return;
    chromium = await launchChromium(executable, { ignoreHTTPSErrors: true });
    const page = await chromium.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const response = await page.goto(`https://127.0.0.1:${server.httpsPort}/`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.evaluate(() => location.protocol), 'https:');

    await page.getByLabel('Name').fill('Sabine');
    await page.getByLabel('Password').fill('sabinepass');
    await page.getByRole('button', { name: 'Create character' }).click();
    await waitForOutput(page, 'Welcome, Sabine.');
    await page.keyboard.type('say Hello over WSS');
    await page.keyboard.press('Enter');
    await waitForOutput(page, 'You say, "Hello over WSS"');

    const [session] = server.core.sessions.sessionsOf((await server.core.accounts.findByName('Sabine'))!.characterId);
    assert.equal(session?.transport.kind, 'websocket');
    assert.equal(session?.transport.secure, true, 'the websocket came in over WSS');
    assert.deepEqual(pageErrors, []);
  });
});
