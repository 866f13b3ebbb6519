// The secret cores sign session tickets with, kept in a NATS KV bucket so every core of the
// cluster uses the same one without an operator making it: the first core to ask creates it.
import { randomBytes } from 'node:crypto';
import { Kvm } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { HearthError } from '../errors.js';

export const CLUSTER_BUCKET = 'hearth_cluster';
const SECRET_KEY = 'session-ticket-secret';

export async function loadTicketSecret(nats: NatsConnection): Promise<Uint8Array> {
  const kv = await new Kvm(nats).create(CLUSTER_BUCKET, { history: 1 });
  try {
    await kv.create(SECRET_KEY, randomBytes(32));
  } catch {
    // Another core made it first; use theirs.
  }
  const entry = await kv.get(SECRET_KEY);
  if (!entry || entry.value.length < 32) {
    throw new HearthError('E_INTERNAL', `The session ticket secret in NATS KV (${CLUSTER_BUCKET}/${SECRET_KEY}) is missing or too short; delete the key and start the core again.`);
  }
  return entry.value;
}
