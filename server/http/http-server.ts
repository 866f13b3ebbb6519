// The HTTP side: health check, the `/ws` websocket endpoint, the admin plugin API and the
// browser client's files.
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { LogController } from 'fastify';
import type { PluginManager } from '../../core/plugins/plugin-manager.js';
import type { SessionHost, SessionInput } from '../../core/sessions/session-host.js';
import type { Logger } from '../../core/telemetry/logger.js';
import type { MemoryReport } from '../memory-report.js';
import { accountApi, type AccountApiOptions } from './account-api.js';
import type { CertificateFiles } from '../tls/certificate-files.js';
import { type BackupApiOptions, backupApi } from './backup-api.js';
import { type MonitoringOptions, monitoringRoutes } from './monitoring-routes.js';
import { pluginApi } from './plugin-api.js';
import { pluginPageRoutes } from './plugin-page-routes.js';
import type { PluginPages } from '../../core/plugins/plugin-pages.js';
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
  /** Web pages plugins serve, under `/plugins/<plugin>/`. */
  pluginPages?: PluginPages;
  /** The admin account API (`/api/accounts`), behind the same token. */
  accountApi?: AccountApiOptions;
  /** /metrics, and who may read it and the details of /health; without it, /health is open and there is no /metrics. */
  monitoring?: MonitoringOptions;
  /** `POST /api/backup`, when there is a token to guard it. */
  backupApi?: BackupApiOptions;
  /** Serve HTTPS (and WSS) with these certificate files. */
  tls?: CertificateFiles;
}

export interface HealthReport {
  /** `degraded` while the database cannot be reached (the process itself is alive and retrying). */
  status: 'ok' | 'degraded';
  uptimeSeconds: number;
  players: number;
  database: string;
  databaseState: 'available' | 'unavailable';
  memory: MemoryReport;
  /** The certificate served, when TLS is on. */
  tls?: { subject: string; validTo: string };
}

export interface RunningHttpServer {
  port: number;
  close(): Promise<void>;
}

const webRoot = hearthPath('server', 'web');
const CONTENT_SECURITY_POLICY = "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export async function startHttpServer<S extends SessionInput>(
  sessions: SessionHost<S>,
  logger: Logger,
  health: () => HealthReport,
  options: HttpServerOptions,
): Promise<RunningHttpServer> {
  const limits: HttpConnectionLimits = { ...options.connectionLimits, maxConnections: options.maxConnections };
  const app = Fastify({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    https: options.tls ? { ...options.tls.pair, handshakeTimeout: 10_000 } : null,
    ...httpTimeouts(limits),
  });
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
    setHeaders: (response) => response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY),
  });

  let websockets = 0;
  await app.register(monitoringRoutes, { health, trustedProxies: options.trustedProxies ?? [], ...(options.monitoring ?? { allow: { kind: 'any' }, token: null }) });
  if (options.pluginApi) await app.register(pluginApi, options.pluginApi);
  if (options.pluginPages) await app.register(pluginPageRoutes, { pages: options.pluginPages });
  if (options.accountApi) await app.register(accountApi, options.accountApi);
  if (options.backupApi) await app.register(backupApi, options.backupApi);
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
      secure: options.tls !== undefined,
    });
    const session = sessions.openSession(connection);
    connection.attach(session);
    socket.on('error', (error) => logger.debug({ err: error }, 'websocket error'));
    socket.once('close', () => {
      websockets -= 1;
      sessions.connectionClosed(session);
    });
  });

  const stopReloading = options.tls?.onReload((pair) => app.server.setSecureContext(pair));
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    close: () => {
      stopReloading?.();
      return app.close();
    },
  };
}
