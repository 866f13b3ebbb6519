// Hostile and broken telnet protocol input: malformed, oversized and malicious subnegotiations,
// option flapping and GMCP floods. Each gets a clear refusal (ignored, and past a limit a
// disconnection with a reason) while the server keeps serving everyone else, losing no event.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { characterStream } from '../../core/events/event.js';
import { MAX_MISBEHAVIOURS } from '../../server/telnet/telnet-connection.js';
import { Opt, ScriptedTelnetClient, T } from '../support/scripted-telnet-client.js';
import { roundTrip } from '../support/telnet-sessions.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('hostile telnet protocol input', () => {
  let server: TestServer;
  let witness: TelnetTestClient;
  let witnessId: number;
  let sent = 0;

  async function noteToWitness(): Promise<void> {
    sent += 1;
    await server.core.store.append({
      stream: characterStream(witnessId),
      type: 'note',
      actor: { kind: 'system', id: 'test' },
      payload: { text: `witness note ${sent}` },
    });
  }

  async function agreeingClient(): Promise<ScriptedTelnetClient> {
    const client = await ScriptedTelnetClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    client.send([T.IAC, T.WILL, Opt.TTYPE, T.IAC, T.WILL, Opt.NAWS, T.IAC, T.DO, Opt.CHARSET, T.IAC, T.DO, Opt.GMCP, T.IAC, T.DO, Opt.MSSP]);
    await client.nextSubnegotiation(Opt.TTYPE);
    return client;
  }

  before(async () => {
    server = await startTestServer();
    witness = await TelnetTestClient.connect(server.telnetPort);
    await witness.login('create', 'Witness', 'witnesspass');
    witnessId = (await server.core.accounts.findByName('Witness'))!.characterId;
  });
  after(async () => {
    await witness.close();
    await server.dispose();
  });

  it('ignores malformed, oversized and malicious subnegotiations and keeps serving that client', async () => {
    const client = await agreeingClient();
    const hostile: Array<[number, Buffer | string]> = [
      [Opt.NAWS, Buffer.from([1, 2, 3])],
      [Opt.NAWS, Buffer.alloc(100, 9)],
      [Opt.TTYPE, Buffer.from([0, ...Buffer.from('EVIL\u001b[2J')])],
      [Opt.TTYPE, Buffer.from([0, ...Buffer.alloc(200, 0x41)])],
      [Opt.TTYPE, Buffer.from([7, 7, 7])],
      [Opt.CHARSET, Buffer.from([9, 9, 9])],
      [Opt.CHARSET, Buffer.from(`\u0001;${Array.from({ length: 2000 }, (_, i) => `X${i}`).join(';')}`)],
      [Opt.CHARSET, Buffer.from([2])],
      [Opt.GMCP, 'Core.Hello {not json'],
      [Opt.GMCP, 'Core.Hello [1, 2, 3]'],
      [Opt.GMCP, '../../etc/passwd {}'],
      [Opt.GMCP, `Core.Supports.Set ${JSON.stringify(Array.from({ length: 500 }, (_, i) => `P${i} 1`))}`],
      [Opt.GMCP, `Core.Supports.Set ["Room 1", ${'['.repeat(3000)}${']'.repeat(3000)}]`],
      [Opt.GMCP, `Core.Hello ${'x'.repeat(20 * 1024)}`],
      [Opt.GMCP, Buffer.from([0xff, 0xfe, 0xfd, 0x00])],
      [Opt.MSSP, Buffer.from([1, 65, 2, 66])],
      [99, Buffer.from('unknown option')],
    ];
    for (const [option, body] of hostile) client.subnegotiate(option, body);
    // A prototype-polluting hello is read as data, never merged into objects.
    client.subnegotiate(Opt.GMCP, 'Core.Hello {"__proto__": {"polluted": true}, "client": "x"}');
    await roundTrip(client);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.ok(hostile.length < MAX_MISBEHAVIOURS, 'below the limit, the client is still served');
    client.sendLine('create Survivor survivorpass');
    await client.waitFor('Welcome, Survivor.');
    await noteToWitness();
    await client.close();
  });

  it('disconnects a client that keeps sending malformed messages, telling it why', async () => {
    const client = await agreeingClient();
    for (let i = 0; i <= MAX_MISBEHAVIOURS; i += 1) client.subnegotiate(Opt.NAWS, Buffer.from([i]));
    await client.waitFor('Closing the connection: your client sent too many malformed telnet messages.');
    await new Promise<void>((resolve) => (client.closed ? resolve() : client.socket.once('close', () => resolve())));
    await noteToWitness();
  });

  it('disconnects a client that flips an option forever', async () => {
    const client = await ScriptedTelnetClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    const flips = Array.from({ length: 150 }, () => [T.IAC, T.DO, Opt.SGA, T.IAC, T.DONT, Opt.SGA]).flat();
    client.send(flips);
    await client.waitFor('Closing the connection: your client keeps changing telnet options.');
    await noteToWitness();
  });

  it('answers a flood of GMCP pings only within the rate limit', async () => {
    const client = await agreeingClient();
    const ping = [T.IAC, T.SB, Opt.GMCP, ...Buffer.from('Core.Ping'), T.IAC, T.SE];
    client.send(Array.from({ length: 500 }, () => ping).flat());
    await roundTrip(client);
    const pongs = client.gmcpMessages().filter((message) => message === 'Core.Ping').length;
    assert.ok(pongs > 0 && pongs < 100, `${pongs} of 500 pings were answered`);
    await noteToWitness();
    await client.close();
  });

  it('survives a subnegotiation that never ends, and the client only harms itself', async () => {
    const client = await ScriptedTelnetClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    client.send([T.IAC, T.SB, Opt.GMCP, ...Buffer.alloc(64 * 1024, 0x41)]);
    client.sendLine('WHO');
    witness.send('WHO');
    await witness.waitFor(/players? (?:is|are) connected\./);
    client.send([T.IAC, T.SE]);
    await roundTrip(client);
    await noteToWitness();
    await client.close();
  });

  it('delivered every event to the witness, in order', async () => {
    await witness.waitFor(`witness note ${sent}\r\n`);
    const seen = witness.output.all.match(/witness note \d+/g) ?? [];
    assert.deepEqual(seen, Array.from({ length: sent }, (_, i) => `witness note ${i + 1}`));
  });
});
