// Until full option negotiation arrives, every option is refused correctly (RFC 1143) and no
// negotiation byte ever reaches the command line.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const IAC = 255;
const [WILL, WONT, DO, DONT] = [251, 252, 253, 254];

describe('telnet option refusal', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.dispose());

  it('answers DO with WONT and WILL with DONT, and stays silent on WONT and DONT', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    const before = client.raw.length;
    client.sendRaw(Buffer.from([IAC, DO, 24, IAC, WILL, 31, IAC, WONT, 1, IAC, DONT, 3]));
    client.send('WHO');
    await client.waitFor('connected.');
    const reply = client.raw.subarray(before);
    assert.ok(reply.includes(Buffer.from([IAC, WONT, 24])), 'DO TTYPE is refused');
    assert.ok(reply.includes(Buffer.from([IAC, DONT, 31])), 'WILL NAWS is refused');
    assert.equal([...reply].filter((byte) => byte === IAC).length, 2, 'WONT and DONT get no answer');
    await client.close();
  });

  it('keeps negotiation out of commands, even in the middle of a word', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    client.sendRaw(Buffer.concat([Buffer.from('W'), Buffer.from([IAC, DO, 1, IAC, 250, 24, 0, 65, IAC, 240]), Buffer.from('HO\r\n')]));
    await client.waitFor('0 players are connected.');
    await client.close();
  });
});
