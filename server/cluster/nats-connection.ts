// Opens the NATS connection a cluster role runs on: reconnecting for as long as it takes (a
// gateway keeps its sockets through a NATS outage), named so that `nats server report` and the
// server's logs say which process is which.
import { type NatsConnection, connect } from '@nats-io/transport-node';
import type { Logger } from '../../core/telemetry/logger.js';

export async function connectNats(servers: string[], name: string, logger: Logger): Promise<NatsConnection> {
  const nats = await connect({ servers, name, maxReconnectAttempts: -1, reconnectTimeWait: 250, pingInterval: 5000, maxPingOut: 2 });
  logger.info({ server: nats.getServer(), name }, 'connected to NATS');
  return nats;
}
