// Hostile and broken clients: the server answers them clearly, keeps serving everyone else,
// and loses no event on the way.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { characterStream } from '../../core/events/event.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

async function askUntilAnswered(client: TelnetTestClient, line: string, answer: RegExp): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    client.send(line);
    try {
      await client.waitFor(answer, 500);
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
    }
  }
}

describe('hostile input', () => {
  let server: TestServer;
  let witness: TelnetTestClient;
  let witnessId: number;
  let sent = 0;

  // Sends a numbered note to the witness; at the end every one of them must have arrived in order.
  async function noteToWitness(): Promise<void> {
    sent += 1;
    await server.core.store.append({
      stream: characterStream(witnessId),
      type: 'note',
      actor: { kind: 'system', id: 'test' },
      payload: { text: `witness note ${sent}` },
    });
  }

  before(async () => {
    server = await startTestServer({ HEARTH_INPUT_RATE: '20', HEARTH_INPUT_BURST: '40' });
    witness = await TelnetTestClient.connect(server.telnetPort);
    await witness.login('create', 'Witness', 'witnesspass');
    witnessId = (await server.core.accounts.findByName('Witness'))!.characterId;
  });
  after(async () => {
    await witness.close();
    await server.dispose();
  });

  it('survives binary garbage, telnet commands included, and still answers that client', async () => {
    const garbage = await TelnetTestClient.connect(server.telnetPort);
    await garbage.waitFor('QUIT');
    for (let round = 0; round < 20; round += 1) {
      garbage.sendRaw(randomBytes(4096));
      await noteToWitness();
    }
    // Close any subnegotiation the garbage may have opened, then speak plainly.
    garbage.sendRaw(Buffer.from([255, 240, 13, 10]));
    // The garbage held many line endings, so the rate limit is spent; ask until it has refilled.
    await askUntilAnswered(garbage, 'WHO', /players? (is|are) connected\./);
    await garbage.close();
    witness.send('WHO');
    await witness.waitFor(/players? (is|are) connected\./);
  });

  it('cuts a 1 MB telnet line with a message and serves the next line normally', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.login('create', 'Longwinded', 'longpass');
    client.sendRaw(Buffer.alloc(1024 * 1024, 0x61));
    client.send('');
    await client.waitFor('Your line was longer than 8192 bytes; the rest was cut off.');
    await client.waitFor('Huh?');
    client.send('WHO');
    await client.waitFor(/players are connected\./);
    await noteToWitness();
    await client.close();
  });

  it('closes a websocket that sends a 1 MB frame, and only that one', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.httpPort}/ws`);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('error', () => {});
    socket.send('x'.repeat(1024 * 1024));
    assert.equal(await closed, 1009);
    await noteToWitness();
    witness.send('WHO');
    await witness.waitFor(/players? (is|are) connected\./);
  });

  it('runs a flood from its backlog at the rate limit, drops only the overflow, says how many, and slows no one else', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.login('create', 'Spammer', 'spampass');
    const started = Date.now();
    client.sendRaw(Buffer.from('dance\r\n'.repeat(200)));
    // Meanwhile another player is answered at once, not after the flood.
    witness.send('WHO');
    await witness.waitFor(/players are connected\./, 1_500);
    const notice = await client.waitFor(/Input backlog full: \d+ lines were dropped\./);
    const dropped = Number(/(\d+) lines were dropped/.exec(notice)![1]);
    // 100 wait their turn, so at most 100 of the 200 are dropped: 99 when the first line starts at
    // once, 100 when the session is still finishing its login's work as the flood arrives.
    assert.ok(dropped >= 1 && dropped <= 100, `${dropped} dropped`);
    const answered = (): number => client.output.all.split('Huh?').length - 1;
    const deadline = Date.now() + 20_000;
    while (answered() < 200 - dropped) {
      assert.ok(Date.now() < deadline, `${answered()} of ${200 - dropped} lines answered`);
      await sleep(50);
    }
    // The burst (40) at once, the rest at 20 a second.
    assert.ok(Date.now() - started >= ((200 - dropped - 40) / 20) * 1000 - 500, 'the backlog ran at the rate limit');
    client.send('WHO');
    await client.waitFor(/players are connected\./);
    assert.equal(answered(), 200 - dropped, 'every line kept was answered, once');
    assert.equal(client.output.all.split('Input backlog full').length - 1, 1, 'one message per flood');
    await noteToWitness();
    await client.close();
  });

  it('serves 200 connections opening at once', async () => {
    const clients = await Promise.all(Array.from({ length: 200 }, () => TelnetTestClient.connect(server.telnetPort)));
    await Promise.all(clients.map((client) => client.waitFor('QUIT')));
    clients.forEach((client) => client.send('WHO'));
    await Promise.all(clients.map((client) => client.waitFor(/players? (is|are) connected\./)));
    await noteToWitness();
    await Promise.all(clients.map((client) => client.close()));
  });

  it('shrugs off clients that vanish mid-negotiation or mid-line', async () => {
    const cuts = [
      Buffer.from([255]),
      Buffer.from([255, 250, 24]),
      Buffer.from([255, 250, 24, 0, 65, 66, 255]),
      Buffer.from([255, 253]),
      Buffer.from('connect Witness witn'),
      Buffer.from([0xe2, 0x9c]),
    ];
    for (const bytes of cuts) {
      await new Promise<void>((resolve) => {
        const socket = connect({ port: server.telnetPort, host: '127.0.0.1' }, () => {
          socket.write(bytes);
          socket.destroy();
        });
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
      await noteToWitness();
    }
    const fresh = await TelnetTestClient.connect(server.telnetPort);
    await fresh.login('connect', 'Witness', 'witnesspass');
    await fresh.close();
  });

  it('delivered every event to the witness, in order', async () => {
    const expected = Array.from({ length: sent }, (_, i) => `witness note ${i + 1}`);
    const text = await witness.waitFor(`witness note ${sent}\r\n`);
    const seen = (witness.output.all.match(/witness note \d+/g) ?? []);
    assert.deepEqual(seen, expected);
    assert.ok(text.length > 0);
  });
});
