// The HTTP side: health check, the `/ws` websocket endpoint, the admin plugin API and the
// browser client's files.
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { LogController } from 'fastify';
import type { PluginManager } from '../../core/plugins/plugin-manager.js';
import type { SessionManager } from '../../core/sessions/session-manager.js';
import type { Logger } from '../../core/telemetry/logger.js';
import type { MemoryReport } from '../memory-report.js';
import { accountApi, type AccountApiOptions } from './account-api.js';
import { pluginApi } from './plugin-api.js';
import { ConnectionGate } from '../connection-gate.js';
import { type HttpConnectionLimits, httpTimeouts, limitHttpConnections } from './http-connection-limits.js';
import { TrustedProxies } from './trusted-proxies.js';
import { SUBPROTOCOLS, WebsocketConnection, wireFormatFor } from './websocket-connection.js';
import { hearthPath } from '../../core/paths.js';

export interface HttpServerOptions {
  host: string;
  port: number;
  maxLineBytes: number;
  maxBufferedOutputBytes: number;
  /** Largest websocket frame accepted; bigger ones close the connection (code 1009). */
  maxFrameBytes: number;
  maxConnections: number;
  /** Connections one address may hold, websockets included; timeouts of requests that do not finish. */
  connectionLimits: Omit<HttpConnectionLimits, 'maxConnections'>;
  /** Reverse proxies whose X-Forwarded-For names the client (addresses or ranges); none by default. */
  trustedProxies?: readonly string[];
  /** The admin plugin API (`/api/plugins`), when there is a token to guard it. */
  pluginApi?: { plugins: PluginManager; token: string };
  /** The admin account API (`/api/accounts`), behind the same token. */
  accountApi?: AccountApiOptions;
}

export interface HealthReport {
  /** `degraded` while the database cannot be reached (the process itself is alive and retrying). */
  status: 'ok' | 'degraded';
  uptimeSeconds: number;
  players: number;
  database: string;
  databaseState: 'available' | 'unavailable';
  memory: MemoryReport;
}

export interface RunningHttpServer {
  port: number;
  close(): Promise<void>;
}

const webRoot = hearthPath('server', 'web');
const CONTENT_SECURITY_POLICY = "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export async function startHttpServer(
  sessions: SessionManager,
  logger: Logger,
  health: () => HealthReport,
  options: HttpServerOptions,
): Promise<RunningHttpServer> {
  const limits: HttpConnectionLimits = { ...options.connectionLimits, maxConnections: options.maxConnections };
  const app = Fastify({ loggerInstance: logger, logController: new LogController({ disableRequestLogging: true }), ...httpTimeouts(limits) });
  const proxies = new TrustedProxies(options.trustedProxies ?? []);
  limitHttpConnections(app.server, limits, (address) => proxies.trusts(address));
  // Behind a trusted proxy the TCP cap cannot tell clients apart; their websockets are capped by the address it reports.
  const websocketsPerClient = new ConnectionGate(limits.perAddress);
  await app.register(fastifyWebsocket, {
    options: {
      maxPayload: options.maxFrameBytes,
      handleProtocols: (offered: Set<string>) => SUBPROTOCOLS.find((name) => offered.has(name)) ?? false,
    },
  });
  await app.register(fastifyStatic, {
    root: webRoot,
    // The client builds its DOM from game text; the policy keeps any slip from running script.
    setHeaders: (reply) => reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY),
  });

  let websockets = 0;
  app.get('/health', async () => health());
  if (options.pluginApi) await app.register(pluginApi, options.pluginApi);
  if (options.accountApi) await app.register(accountApi, options.accountApi);
  app.get('/ws', { websocket: true }, (socket, request) => {
    if (websockets >= options.maxConnections) {
      socket.close(1013, 'Hearth is full right now; please try again in a few minutes.');
      return;
    }
    const address = proxies.clientAddress(request.socket.remoteAddress ?? 'unknown', request.headers['x-forwarded-for']);
    if (!websocketsPerClient.admitAddress(address, (release) => socket.once('close', release))) {
      socket.close(1013, 'Too many connections from your address; close some and try again.');
      return;
    }
    websockets += 1;
    const connection = new WebsocketConnection(socket, address, {
      maxLineBytes: options.maxLineBytes,
      maxBufferedOutputBytes: options.maxBufferedOutputBytes,
      format: wireFormatFor(socket.protocol),
    });
    const session = sessions.openSession(connection);
    connection.attach(session);
    socket.on('error', (error) => logger.debug({ err: error }, 'websocket error'));
    socket.once('close', () => {
      websockets -= 1;
      sessions.connectionClosed(session);
    });
  });

  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { port, close: () => app.close() };
}
