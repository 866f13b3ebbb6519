// Core failover as real processes: an active core and a standby on one database (PostgreSQL when
// the tests have one, else PGlite files on disk, which only one core opens at a time), two
// gateways. The active core is killed with SIGKILL; the standby takes the lease and runs within
// 5 seconds (on PostgreSQL), no player's socket closes, players in the game are carried over to the
// new core with their session tickets (what they typed meanwhile runs there), a connection at the
// login screen is told why it starts again, and what the game acknowledged before the kill (an
// account, a description) is still there.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CORE_FORGOT_NOTICE, RESUMING_NOTICE } from '../../server/cluster/gateway-sessions.js';
import type { RoleProcess } from '../support/cluster-processes.js';
import { serverDriver } from '../support/databases.js';
import { skipWithoutNats } from '../support/nats-server.js';
import { type TestCluster, startTestCluster } from '../support/test-cluster.js';
import { TelnetTestClient } from '../support/telnet-client.js';

/**
 * The bound, on PostgreSQL (the cluster's database). On PGlite, which only this test
 * shares between two cores (its files on one machine), opening the files after a crash costs
 * another second or two on a busy machine; the figure is printed either way.
 */
const TAKEOVER_LIMIT_MS = serverDriver() === 'postgres' ? 5000 : 8000;

function waitForLog(role: RoleProcess, message: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const check = (): void => {
      if (role.logs.some((line) => line.includes(`"msg":"${message}"`))) return resolve(Date.now());
      if (Date.now() > deadline) return reject(new Error(`no "${message}" within ${timeoutMs} ms:\n${role.logs.join('\n')}`));
      setTimeout(check, 20);
    };
    check();
  });
}

describe('core failover', { skip: skipWithoutNats() }, () => {
  let cluster: TestCluster;
  let standby: RoleProcess;

  before(async () => {
    cluster = await startTestCluster(['east', 'west'], { sharedDatabase: true });
    standby = await cluster.startCore({}, { standby: true });
  });
  after(() => cluster?.dispose());

  it('hands the game to the standby within the limit of a kill -9 under talk: sockets kept, sessions carried over, held input run, nothing acknowledged lost', async () => {
    const alice = await TelnetTestClient.connect(cluster.gateways['east']!.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    await alice.waitFor('The Hearth(#1');
    const bob = await TelnetTestClient.connect(cluster.gateways['west']!.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    await alice.waitFor('Bob has connected.');
    // Carol is still at the login screen: there is no session of hers to carry over.
    const carol = await TelnetTestClient.connect(cluster.gateways['west']!.telnetPort);
    await carol.waitFor('connect <name> <password>');
    alice.send('@describe me=A traveller with a lantern.');
    await alice.waitFor('Description set');
    bob.send('say before the crash');
    await alice.waitFor('Bob says, "before the crash"');
    assert.equal(standby.logs.some((line) => line.includes('"msg":"database ready"')), false, 'the standby has not opened the database');

    // Bob talks through the kill, a line every 100 ms: each line either ran on the old core before
    // it died or is held by his gateway and runs on the new one; Alice hears every one.
    const talk = (async () => {
      for (let n = 1; n <= 12; n += 1) {
        bob.send(`say line ${n} of the talk`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 450));
    const killedAt = Date.now();
    await cluster.core.kill();
    // Typed while no core runs: held by the gateway, then run by the new core.
    alice.send('say typed during the failover');
    await talk;
    const runningAt = await waitForLog(standby, 'Hearth core is running', 30_000);
    const takeoverMs = runningAt - killedAt;
    const after = (message: string): number =>
      Number(/"time":(\d+)/.exec(standby.logs.find((line) => line.includes(`"msg":"${message}"`)) ?? '')?.[1]) - killedAt;
    console.log(
      `# takeover: ${takeoverMs} ms from SIGKILL to the standby running (lease taken at ${after('holding the core lease')} ms, ` +
        `database open at ${after('database ready')} ms)`,
    );
    assert.ok(takeoverMs <= TAKEOVER_LIMIT_MS, `the standby took ${takeoverMs} ms`);

    await alice.waitFor(RESUMING_NOTICE);
    await alice.waitFor('Welcome, Alice.');
    await bob.waitFor('Welcome, Bob.');
    await bob.waitFor('typed during the failover', 15_000);
    await carol.waitFor(CORE_FORGOT_NOTICE);
    await carol.waitFor('connect <name> <password>');
    for (const player of [alice, bob, carol]) assert.equal(player.socket.destroyed, false);

    // Every line of the talk reached Alice, whichever core ran it (live, or in the replay of what
    // she missed, which may show the last second before the kill again).
    const deadline = Date.now() + 15_000;
    const missing = (): number[] => [...Array(12).keys()].map((n) => n + 1).filter((n) => !alice.output.all.includes(`line ${n} of the talk`));
    while (missing().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(missing(), [], 'lines of the talk Alice never heard');
    bob.send('look Alice');
    await bob.waitFor('A traveller with a lantern.');
    alice.send('say after the crash');
    await bob.waitFor('Alice says, "after the crash"');
    await carol.login('create', 'Carol', 'carolpass');
    await alice.waitFor('Carol has connected.');
    await Promise.all([alice.close(), bob.close(), carol.close()]);
  });
});
