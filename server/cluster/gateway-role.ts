// `hearth gateway`: the sockets and nothing else. Telnet (every option, MCCP, GMCP, wrapping,
// charset), the websocket and the web client are served by the same listeners as in the single
// process; the sessions they open forward to the core over NATS (gateway-sessions.ts). Any number
// of gateways may run, on any machine, beside one core.
import type { Logger } from '../../core/telemetry/logger.js';
import type { HearthConfig } from '../config.js';
import { type RunningHttpServer, startHttpServer } from '../http/http-server.js';
import { MemoryWatch } from '../memory-report.js';
import { type RunningTelnetServer, startTelnetServer } from '../telnet/telnet-server.js';
import type { ClusterConfig } from './cluster-config.js';
import { GatewaySessions } from './gateway-sessions.js';
import { gatewayMsspValues } from './gateway-status.js';
import { connectNats } from './nats-connection.js';
import { httpListenerOptions } from '../http-listener-options.js';

const MAX_BUFFERED_OUTPUT_BYTES = 1024 * 1024;
export const GATEWAY_STOPPING_MESSAGE = 'This gateway is shutting down; connect again to be served by another.';

export interface RunningGateway {
  gatewayId: string;
  telnetPort: number;
  httpPort: number;
  sessions: GatewaySessions;
  stop(message?: string): Promise<void>;
}

export async function startGatewayRole(config: HearthConfig, cluster: ClusterConfig, logger: Logger): Promise<RunningGateway> {
  const startedAt = new Date();
  const nats = await connectNats(cluster, `hearth-gateway-${cluster.gatewayId}`, logger);
  const sessions = new GatewaySessions(nats, logger, { gatewayId: cluster.gatewayId, inputHoldMs: cluster.inputHoldMs, heartbeatMs: cluster.gatewayHeartbeatMs });
  sessions.start();
  const memory = new MemoryWatch();
  memory.start();
  let telnet: RunningTelnetServer | undefined;
  let http: RunningHttpServer | undefined;
  const limits = { maxLineBytes: config.maxLineBytes, maxBufferedOutputBytes: MAX_BUFFERED_OUTPUT_BYTES };
  try {
    telnet = await startTelnetServer(sessions, logger, {
      ...limits,
      host: config.host,
      port: config.telnetPort,
      maxConnections: config.maxConnections,
      maxConnectionsPerAddress: config.maxConnectionsPerAddress,
      mssp: () =>
        gatewayMsspValues({ name: config.name, players: sessions.count, startedAt, telnetPort: telnet?.port ?? config.telnetPort, tlsTelnetPort: null }),
    });
    const health = () => ({
      status: nats.isClosed() ? ('degraded' as const) : ('ok' as const),
      uptimeSeconds: Math.floor((Date.now() - startedAt.getTime()) / 1000),
      players: sessions.count,
      // A gateway has no database; what it depends on is NATS.
      database: 'nats',
      databaseState: nats.isClosed() ? ('unavailable' as const) : ('available' as const),
      memory: memory.report(),
    });
    http = await startHttpServer(sessions, logger, health, {
      ...httpListenerOptions(config, limits),
      monitoring: { allow: config.monitoringAllow, token: null },
    });
  } catch (error) {
    memory.stop();
    sessions.stop();
    await telnet?.close();
    await http?.close();
    await nats.close();
    throw error;
  }
  logger.info({ gateway: cluster.gatewayId, telnetPort: telnet.port, httpPort: http.port, host: config.host }, 'Hearth gateway is listening');
  const running = { telnet, http };
  let stopping: Promise<void> | undefined;
  return {
    gatewayId: cluster.gatewayId,
    telnetPort: telnet.port,
    httpPort: http.port,
    sessions,
    stop: (message = GATEWAY_STOPPING_MESSAGE) => {
      stopping ??= (async () => {
        running.telnet.stopAccepting();
        sessions.closeAll(message);
        sessions.stop();
        await Promise.all([running.telnet.close(), running.http.close()]);
        await nats.drain().catch(() => undefined);
        memory.stop();
        logger.info({ gateway: cluster.gatewayId }, 'Hearth gateway stopped');
      })();
      return stopping;
    },
  };
}
