// A pasted block of commands over telnet, at the default limits (20 a second, bursts of 60):
// every line of a 90-line paste runs, in order; QUIT still leaves at once from behind a backlog;
// and a player pasting does not slow another player down.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

describe('input backlog', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.dispose());

  it('runs all 90 lines of a paste, in order, while another player is answered at once', async () => {
    const paster = await TelnetTestClient.connect(server.telnetPort);
    await paster.login('create', 'Paster', 'pasterpass');
    const other = await TelnetTestClient.connect(server.telnetPort);
    await other.login('create', 'Other', 'otherpass');
    await paster.waitFor('Other has connected.');

    const lines = Array.from({ length: 90 }, (_, n) => `say line ${n + 1}`);
    paster.sendRaw(Buffer.from(lines.map((line) => `${line}\r\n`).join('')));
    other.send('WHO');
    const asked = Date.now();
    await other.waitFor('2 players are connected.');
    assert.ok(Date.now() - asked < 1_500, `the other player waited ${Date.now() - asked} ms`);

    await paster.waitFor('You say, "line 90"', 15_000);
    const said = [...paster.output.all.matchAll(/You say, "line (\d+)"/g)].map((match) => Number(match[1]));
    assert.deepEqual(said, Array.from({ length: 90 }, (_, n) => n + 1), 'every line, once, in order');
    await other.waitFor('Paster says, "line 90"');
    assert.equal(paster.output.all.includes('dropped'), false, 'nothing was dropped');
    await Promise.all([paster.close(), other.close()]);
  });

  it('lets QUIT leave at once from behind a full backlog', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.login('create', 'Leaver', 'leaverpass');
    client.sendRaw(Buffer.from('look\r\n'.repeat(150)));
    const started = Date.now();
    client.send('QUIT');
    await client.waitFor('Goodbye. Come back soon.');
    await client.waitForClose();
    // The backlog alone would take about five seconds at 20 a second.
    assert.ok(Date.now() - started < 2_000, `QUIT took ${Date.now() - started} ms`);
  });
});
