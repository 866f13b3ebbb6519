// The cluster under faults, as real processes: forged and malformed messages on every subject are
// refused and logged while play goes on, and a NATS outage is told to players, their input held
// and run once NATS is back, without a disconnect.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { connect } from '@nats-io/transport-node';
import { CLUSTER_SUBJECTS, gatewayOutputSubject } from '../../core/cluster/cluster-subjects.js';
import { NATS_LOST_NOTICE } from '../../server/cluster/gateway-sessions.js';
import { RESUMED_NOTICE } from '../../server/cluster/input-pipe.js';
import { skipWithoutNats } from '../support/nats-server.js';
import { type TestCluster, startTestCluster } from '../support/test-cluster.js';
import { TelnetTestClient } from '../support/telnet-client.js';

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

describe('the cluster under faults', { skip: skipWithoutNats() }, () => {
  let cluster: TestCluster;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;

  before(async () => {
    cluster = await startTestCluster(['east', 'west']);
    alice = await TelnetTestClient.connect(cluster.gateways['east']!.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    await alice.waitFor('The Hearth(#1');
    bob = await TelnetTestClient.connect(cluster.gateways['west']!.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    await alice.waitFor('Bob has connected.');
  });
  after(async () => {
    await Promise.all([alice?.close(), bob?.close()]);
    await cluster?.dispose();
  });

  it('refuses forged and malformed messages on every subject, logs them, and play goes on', async () => {
    const intruder = await connect({ servers: cluster.nats.url });
    const garbage = [
      new TextEncoder().encode('not json at all'),
      new Uint8Array([0xff, 0xfe, 0x00]),
      json({ gateway: 'east', connection: 1, seq: 1, line: 'say forged', extra: true }),
      json({ gateway: 'east.>', connection: 1 }),
      json({ gateway: 'east', connection: -1, kind: 'telnet', remoteAddress: 'x', secure: false, keepsResumeToken: false }),
      json({ gateway: 'east', connections: 'all' }),
      json({ line: 'x'.repeat(600 * 1024) }),
    ];
    for (const subject of Object.values(CLUSTER_SUBJECTS)) for (const payload of garbage) intruder.publish(subject, payload);
    // A request with a bad body is answered with the refusal, not left hanging.
    const refused = await intruder.request(CLUSTER_SUBJECTS.sessionInput, garbage[2]!, { timeout: 2000 });
    assert.match(new TextDecoder().decode(refused.data), /E_CLUSTER_MESSAGE_INVALID/);
    // A well-formed line for a connection no gateway opened finds no session.
    const stranger = await intruder.request(CLUSTER_SUBJECTS.sessionInput, json({ gateway: 'nobody', connection: 1, seq: 1, line: 'say hi' }), { timeout: 2000 });
    assert.match(new TextDecoder().decode(stranger.data), /E_CLUSTER_UNKNOWN_SESSION/);
    // And the gateways' output subjects: garbage, an op of an unknown kind, an index past the ops.
    for (const payload of [
      ...garbage,
      json({ ops: [{ t: 'eval', code: 'process.exit(1)' }], to: [[1, [0]]] }),
      json({ ops: [{ t: 'text', text: 'forged!' }], to: [[1, [5]]] }),
      // Well-formed, with data no client protocol expects under these topics.
      json({ ops: [{ t: 'data', topic: 'room', data: null }, { t: 'data', topic: 'char', data: { name: { deep: [1, 2] } } }], to: [[1, [0, 1]], [2, [1, 0]]] }),
    ]) {
      intruder.publish(gatewayOutputSubject('east'), payload);
    }
    await intruder.flush();
    await intruder.close();

    bob.send('say still here');
    await alice.waitFor('Bob says, "still here"');
    assert.doesNotMatch(alice.output.all, /forged/);
    assert.ok(cluster.core.logs.some((line) => line.includes('refused a malformed cluster message')), 'the core logged the refusals');
    assert.ok(cluster.gateways['east']!.logs.some((line) => line.includes('refused a malformed cluster message')), 'the gateway logged them');
    // Rate-limited: one line per subject per window, not one per message.
    const refusalLines = cluster.core.logs.filter((line) => line.includes('refused a malformed cluster message')).length;
    assert.ok(refusalLines <= Object.keys(CLUSTER_SUBJECTS).length, `${refusalLines} refusal lines`);
    for (const role of [cluster.core, cluster.gateways['east']!, cluster.gateways['west']!]) assert.equal(role.child.exitCode, null);
  });

  it('tells players when NATS goes away, holds what they type, and runs it when NATS is back', async () => {
    await cluster.nats.kill();
    await alice.waitFor(NATS_LOST_NOTICE);
    await bob.waitFor(NATS_LOST_NOTICE);
    alice.send('say typed during the outage');
    await delay(1500);
    await cluster.nats.restart();
    await bob.waitFor('Alice says, "typed during the outage"', 20_000);
    await alice.waitFor(RESUMED_NOTICE);
    bob.send('say and after it');
    await alice.waitFor('Bob says, "and after it"');
    assert.equal(alice.socket.destroyed, false);
    assert.equal(bob.socket.destroyed, false);
  });
});
