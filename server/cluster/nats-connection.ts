// Opens the NATS connection a cluster role runs on: reconnecting for as long as it takes (a
// gateway keeps its sockets through a NATS outage), named so that `nats server report` and the
// server's logs say which process is which.
import { type NatsConnection, connect } from '@nats-io/transport-node';
import type { Logger } from '../../core/telemetry/logger.js';
import type { ClusterConfig } from './cluster-config.js';

export async function connectNats(cluster: ClusterConfig, name: string, logger: Logger): Promise<NatsConnection> {
  const nats = await connect({
    servers: cluster.natsUrls,
    name,
    ...(cluster.natsAuth ?? {}),
    ...(cluster.natsCaFile || cluster.natsUrls.some((url) => url.startsWith('tls:')) ? { tls: cluster.natsCaFile ? { caFile: cluster.natsCaFile } : {} } : {}),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    pingInterval: 5000,
    maxPingOut: 2,
  });
  logger.info({ server: nats.getServer(), name }, 'connected to NATS');
  return nats;
}
