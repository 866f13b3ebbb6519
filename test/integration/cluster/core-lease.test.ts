// The core lease on a real nats-server (JetStream KV): one holder at a time; a clean stop hands it
// over at once; a holder that stops renewing (a dead core) loses it after the TTL; a holder that
// finds the key in someone else's name is told it lost the lease. Also the session ticket secret:
// every core of a cluster reads the same one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { Kvm } from '@nats-io/kv';
import { type NatsConnection, connect } from '@nats-io/transport-node';
import { CoreLease, LEASE_BUCKET } from '../../../core/cluster/core-lease.js';
import { loadTicketSecret } from '../../../core/cluster/ticket-secret.js';
import { silentLogger } from '../../../core/telemetry/logger.js';
import { type TestNatsServer, skipWithoutNats, startTestNats } from '../../support/nats-server.js';

const TTL_MS = 800;

describe('the core lease', { skip: skipWithoutNats() }, () => {
  let nats: TestNatsServer;
  const connections: NatsConnection[] = [];
  const client = async (): Promise<NatsConnection> => {
    const connection = await connect({ servers: nats.url });
    connections.push(connection);
    return connection;
  };
  const lease = async (holder: string): Promise<CoreLease> => CoreLease.open(await client(), { ttlMs: TTL_MS, holder }, silentLogger());

  before(async () => {
    nats = await startTestNats();
  });
  after(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await nats?.dispose();
  });

  it('is held by one core at a time, and a clean release hands it over at once', async () => {
    const first = await lease('first');
    const second = await lease('second');
    await first.acquire();
    first.keepRenewing(() => assert.fail('the first core lost a lease it was renewing'));
    let secondHolds = false;
    const waiting = second.acquire(50).then(() => (secondHolds = true));
    await delay(TTL_MS * 3);
    assert.equal(secondHolds, false, 'renewals keep the standby out, well past the TTL');
    const releasedAt = Date.now();
    await first.release();
    await waiting;
    assert.ok(Date.now() - releasedAt < TTL_MS, 'a released lease is taken at once, not after the TTL');
    await second.release();
  });

  it('passes to the standby after the TTL when its holder stops renewing, and the old holder learns it lost', async () => {
    const dead = await lease('dead');
    const standby = await lease('standby');
    await dead.acquire();
    // No renewals: the holder "died" here.
    const started = Date.now();
    await standby.acquire(50);
    const waited = Date.now() - started;
    assert.ok(waited >= TTL_MS * 0.5 && waited < TTL_MS * 4, `the standby waited ${waited} ms for an ${TTL_MS} ms lease`);
    // The old holder comes back to life and tries to renew: it must find out it lost.
    const lost = new Promise<void>((resolve) => dead.keepRenewing(resolve));
    await Promise.race([lost, delay(TTL_MS * 4).then(() => assert.fail('the old holder never learnt it lost the lease'))]);
    await standby.release();
  });

  it('keeps the lease in a KV bucket whose entries expire after the TTL', async () => {
    const kv = await new Kvm(await client()).open(LEASE_BUCKET);
    const status = await kv.status();
    assert.equal(status.ttl, TTL_MS);
  });

  it('gives every core the same ticket secret', async () => {
    const [a, b] = await Promise.all([loadTicketSecret(await client()), loadTicketSecret(await client())]);
    assert.equal(a.length, 32);
    assert.deepEqual(Buffer.from(a), Buffer.from(b));
  });
});
