// Client addresses on the websocket, as the login throttle counts them: X-Forwarded-For is
// believed only from a proxy HEARTH_TRUSTED_PROXIES lists, and then only its right-most entry
// that is not a listed proxy. A forged header from anyone else changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LOGIN_ANSWERS } from '../support/memory-sessions.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

const FAILURES_PER_ADDRESS = 2;
const LOGIN_ANSWER = new RegExp(`${LOGIN_ANSWERS.failed.replace(/[.]/g, '\\.')}|${LOGIN_ANSWERS.throttled.source}`);

/** One wrong-password login over a websocket sent with `forwardedFor`; returns the answer line. */
async function failedLoginFrom(server: TestServer, forwardedFor: string): Promise<string> {
  const client = await WebsocketTestClient.connect(server.httpPort, { headers: { 'X-Forwarded-For': forwardedFor } });
  try {
    await client.waitFor('QUIT');
    client.send('connect Nobody wrong-password');
    return await client.waitFor(LOGIN_ANSWER);
  } finally {
    await client.close();
  }
}

describe('X-Forwarded-For from a peer that is not a trusted proxy', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ HEARTH_LOGIN_ADDRESS_FAILURES: String(FAILURES_PER_ADDRESS) });
  });
  after(async () => server?.dispose());

  it('is ignored: forged addresses all count against the real one', async () => {
    assert.match(await failedLoginFrom(server, '198.51.100.1'), /does not exist/);
    assert.match(await failedLoginFrom(server, '198.51.100.2'), /does not exist/);
    assert.match(await failedLoginFrom(server, '198.51.100.3'), LOGIN_ANSWERS.throttled);
  });
});

describe('X-Forwarded-For from a trusted proxy', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ HEARTH_LOGIN_ADDRESS_FAILURES: String(FAILURES_PER_ADDRESS), HEARTH_TRUSTED_PROXIES: '127.0.0.1,::1' });
  });
  after(async () => server?.dispose());

  it('names the client: its own failures throttle it, not the other players behind the proxy', async () => {
    // The proxy appends the address it saw; whatever the client put before it is not believed.
    assert.match(await failedLoginFrom(server, '198.51.100.1'), /does not exist/);
    assert.match(await failedLoginFrom(server, '203.0.113.50, 198.51.100.1'), /does not exist/);
    assert.match(await failedLoginFrom(server, '203.0.113.51, 198.51.100.1'), LOGIN_ANSWERS.throttled, 'a forged left part does not escape');
    assert.match(await failedLoginFrom(server, '198.51.100.2'), /does not exist/, 'another player behind the proxy is not throttled');
  });
});
