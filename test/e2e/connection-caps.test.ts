// One address opens 200 slow, half-sent HTTP requests (headers dripped a line at a time, never
// finished) while Alice on telnet and Bob on the websocket talk. The address holds only its cap
// (5 here; loopback gives every test client an address of its own in 127/8), the rest are told
// 503 at once, and the ones it holds are cut at the headers timeout. Alice and Bob hear every
// line, /health answers another address, and a newcomer connects. Telnet is capped per address
// alike; behind a trusted proxy, websockets are capped by the client address the proxy reports.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

const CAP = 5;
const SLOW_REQUESTS = 200;
const PROXY = '127.0.0.8';

interface SlowRequest {
  socket: Socket;
  answer: string;
  closed: boolean;
}

/** A request whose headers never end: a header line every half second, as slowloris does. */
function slowRequest(port: number): Promise<SlowRequest> {
  return new Promise((resolve, reject) => {
    const slow: SlowRequest = { socket: connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1' }), answer: '', closed: false };
    const drip = setInterval(() => {
      if (!slow.socket.destroyed) slow.socket.write('X-Slow: 1\r\n');
    }, 500);
    slow.socket.on('data', (chunk: Buffer) => (slow.answer += chunk.toString()));
    slow.socket.on('close', () => {
      slow.closed = true;
      clearInterval(drip);
    });
    slow.socket.on('error', () => {});
    slow.socket.once('connect', () => {
      slow.socket.write('GET /health HTTP/1.1\r\nHost: hearth\r\n');
      resolve(slow);
    });
    slow.socket.once('error', reject);
  });
}

function health(port: number, localAddress: string): Promise<{ status: number; body: { status?: string } }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path: '/health', localAddress, agent: false }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as { status?: string } }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

async function eventually(check: () => boolean, what: string, deadlineMs = 30_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('connection caps per address, beside talking players', () => {
  let server: TestServer;
  let alice: TelnetTestClient;
  let bob: WebsocketTestClient;
  const opened: Array<{ close(): Promise<void> } | Socket> = [];

  before(async () => {
    server = await startTestServer({
      HEARTH_MAX_CONNECTIONS_PER_ADDRESS: String(CAP),
      HEARTH_HTTP_HEADERS_TIMEOUT_SECONDS: '2',
      HEARTH_HTTP_REQUEST_TIMEOUT_SECONDS: '4',
      HEARTH_HTTP_KEEP_ALIVE_SECONDS: '1',
      HEARTH_TRUSTED_PROXIES: PROXY,
    });
    alice = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: '127.0.0.2' });
    await alice.login('create', 'Alice', 'alice-secret');
    bob = await WebsocketTestClient.connect(server.httpPort, { localAddress: '127.0.0.3' });
    await bob.login('create', 'Bob', 'bob-secret');
  });
  after(async () => {
    await Promise.all(opened.map((item) => ('destroy' in item ? void item.destroy() : item.close())));
    await alice?.close();
    await bob?.close();
    await server?.dispose();
  });

  it('holds only its cap of slow requests from one address, cuts those at the timeout, and nobody else notices', async () => {
    const slow = await Promise.all(Array.from({ length: SLOW_REQUESTS }, () => slowRequest(server.httpPort)));
    opened.push(...slow.map((item) => item.socket));
    await eventually(() => slow.filter((item) => item.closed).length >= SLOW_REQUESTS - CAP, 'the requests past the cap are closed');
    const refused = slow.filter((item) => item.closed);
    assert.equal(refused.length, SLOW_REQUESTS - CAP, 'exactly the cap is held');
    assert.ok(refused.every((item) => item.answer.startsWith('HTTP/1.1 503 ')), 'each refused one is told 503');

    // While the cap is held: talk, health from elsewhere, a newcomer.
    for (let line = 0; line < 5; line += 1) {
      alice.send(`say telnet ${line}`);
      bob.send(`say websocket ${line}`);
      await bob.waitFor(`Alice says, "telnet ${line}"`, 30_000);
      await alice.waitFor(`Bob says, "websocket ${line}"`, 30_000);
    }
    const checked = await health(server.httpPort, '127.0.0.5');
    assert.equal(checked.status, 200);
    assert.equal(checked.body.status, 'ok');
    const newcomer = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: '127.0.0.6' });
    opened.push(newcomer);
    await newcomer.login('create', 'Newcomer', 'newcomer-secret');

    await eventually(() => slow.every((item) => item.closed), 'the held slow requests are cut at the headers timeout');
    const held = slow.filter((item) => !refused.includes(item));
    assert.ok(held.every((item) => item.answer.startsWith('HTTP/1.1 408 ')), 'each held one is told 408');
    assert.equal(alice.output.closed || bob.output.closed, false, 'nobody was disconnected');
  });

  it('caps telnet connections per address, telling the one past the cap', async () => {
    const clients: TelnetTestClient[] = [];
    for (let index = 0; index < CAP; index += 1) {
      const client = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: '127.0.0.7' });
      opened.push(client);
      await client.waitFor('QUIT');
      clients.push(client);
    }
    const extra = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: '127.0.0.7' });
    opened.push(extra);
    await extra.waitFor('You have too many connections to Hearth open from your address; close one and try again.');
    await extra.waitForClose();
    await clients[0]!.close();
    await eventually(() => clients[0]!.output.closed, 'the first connection closed');
    const again = await TelnetTestClient.connect(server.telnetPort, '127.0.0.1', { localAddress: '127.0.0.7' });
    opened.push(again);
    await again.waitFor('QUIT');
  });

  it('does not cap a trusted proxy by its own address, but caps each client behind it', async () => {
    const behind = async (client: string) => {
      const socket = await WebsocketTestClient.connect(server.httpPort, { localAddress: PROXY, headers: { 'x-forwarded-for': client } });
      opened.push(socket);
      return socket;
    };
    for (let index = 0; index < CAP; index += 1) await (await behind('203.0.113.9')).waitFor('QUIT');
    const extra = await behind('203.0.113.9');
    await eventually(() => extra.output.closed, 'the sixth websocket of one client is closed');
    await (await behind('203.0.113.10')).waitFor('QUIT', 30_000);
  });
});

describe('the HTTP listener\'s overall cap', () => {
  it('drops connections past HEARTH_MAX_CONNECTIONS, from any address, and serves again once they go', async () => {
    const server = await startTestServer({ HEARTH_MAX_CONNECTIONS: '3', HEARTH_HTTP_HEADERS_TIMEOUT_SECONDS: '30' });
    const held: Socket[] = [];
    try {
      for (let index = 0; index < 3; index += 1) {
        const socket = connect({ port: server.httpPort, host: '127.0.0.1', localAddress: `127.0.2.${index + 1}` });
        socket.on('error', () => {});
        await new Promise((resolve) => socket.once('connect', resolve));
        socket.write('GET /health HTTP/1.1\r\nHost: hearth\r\n');
        held.push(socket);
      }
      const dropped = connect({ port: server.httpPort, host: '127.0.0.1', localAddress: '127.0.2.9' });
      let answer = '';
      dropped.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      dropped.on('error', () => {});
      await new Promise((resolve) => dropped.once('close', resolve));
      assert.equal(answer, '', 'closed without being served');
      for (const socket of held) socket.destroy();
      await eventually(() => held.every((socket) => socket.destroyed), 'the held connections are gone');
      let served: { status: number } | null = null;
      for (let attempt = 0; attempt < 50 && served === null; attempt += 1) {
        served = await health(server.httpPort, '127.0.2.10').catch(() => null);
        if (served === null) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(served?.status, 200);
    } finally {
      for (const socket of held) socket.destroy();
      await server.dispose();
    }
  });
});
