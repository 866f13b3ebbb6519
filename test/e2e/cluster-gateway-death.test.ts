// A gateway killed with SIGKILL, as real processes: its players' sockets close, the core ends
// their sessions once the gateway falls silent (heartbeats every 300 ms here, silence after
// 1.5 s), and a web client player resumes on the other gateway with the resume token the core
// gave her, shown what was said meanwhile, without her password.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { skipWithoutNats } from '../support/nats-server.js';
import { type TestCluster, startTestCluster } from '../support/test-cluster.js';
import { TelnetTestClient } from '../support/telnet-client.js';
import { WebsocketTestClient } from '../support/websocket-client.js';

describe('a gateway dies', { skip: skipWithoutNats() }, () => {
  let cluster: TestCluster;

  before(async () => {
    cluster = await startTestCluster(['east', 'west'], {
      coreEnvironment: { HEARTH_GATEWAY_SILENCE_MS: '1500' },
      gatewayEnvironment: { HEARTH_GATEWAY_HEARTBEAT_MS: '300' },
    });
  });
  after(() => cluster?.dispose());

  it("ends its players' sessions, and a web player resumes on the other gateway with her token", async () => {
    const east = cluster.gateways['east']!;
    const west = cluster.gateways['west']!;
    const alice = await TelnetTestClient.connect(west.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    await alice.waitFor('The Hearth(#1');
    const dana = await WebsocketTestClient.connect(east.httpPort, { json: true });
    await dana.login('create', 'Dana', 'danapass');
    const erin = await TelnetTestClient.connect(east.telnetPort);
    await erin.login('create', 'Erin', 'erinpass');
    await alice.waitFor('Erin has connected.');
    const resume = dana.messages.find((message): message is { type: 'resume'; data: { token: string } } => (message as { type: string }).type === 'resume');
    assert.ok(resume, 'the web client was given a resume token');

    await east.kill();
    await erin.waitForClose();
    await new Promise<void>((resolve) => (dana.socket.readyState === dana.socket.CLOSED ? resolve() : dana.socket.once('close', () => resolve())));
    await alice.waitFor('Dana has disconnected.', 10_000);
    await alice.waitFor('Erin has disconnected.', 10_000);
    alice.send('say are you still there?');
    await alice.waitFor('You say, "are you still there?"');

    const back = await WebsocketTestClient.connect(west.httpPort, { json: true });
    await back.waitFor('QUIT');
    back.send(JSON.stringify({ type: 'command', text: `resume ${resume.data.token}` }));
    await back.waitFor('Welcome, Dana.');
    await back.waitFor('are you still there?');
    await alice.waitFor('Dana has connected.');
    back.sendCommand('say I am back');
    await alice.waitFor('Dana says, "I am back"');
    await Promise.all([alice.close(), back.close()]);
  });
});
