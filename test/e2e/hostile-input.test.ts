// Hostile and broken clients: the server answers them clearly, keeps serving everyone else,
// and loses no event on the way.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
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

  it('drops input beyond the rate limit with a message instead of queueing it', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.login('create', 'Spammer', 'spampass');
    client.sendRaw(Buffer.from('dance\r\n'.repeat(200)));
    await client.waitFor('Slow down: at most 20 commands a second. Lines are being dropped.');
    // The burst (40, less the line that logged in) is answered; the rest of the 200 is not.
    for (let answered = 0; answered < 39; answered += 1) await client.waitFor('Huh?');
    await askUntilAnswered(client, 'WHO', /players are connected\./);
    const warnings = client.output.all.split('Slow down').length - 1;
    assert.equal(warnings, 1, 'one warning per flood');
    const answered = client.output.all.split('Huh?').length - 1;
    assert.ok(answered < 100, `${answered} of 200 flooded lines were answered`);
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
