// Starts a whole Hearth: database, core, telnet listener and HTTP/websocket server (and, with a
// TLS certificate, a TLS telnet listener and an HTTPS/WSS server beside them); and stops it
// gracefully. main.ts calls this with the environment's config; tests call it with port 0.
import { openDatabase } from '../core/db/database.js';
import { type HearthCore, startCore } from '../core/hearth-core.js';
import type { Logger } from '../core/telemetry/logger.js';
import type { HearthConfig } from './config.js';
import { type HealthReport, type RunningHttpServer, startHttpServer } from './http/http-server.js';
import { resolveAdminToken } from './admin-token.js';
import { coreOptionsFor } from './core-options.js';
import { descriptorWarning, openFileLimit } from './descriptor-limit.js';
import { MemoryWatch } from './memory-report.js';
import { createServerMetrics, type ServerMetrics } from './metrics/server-metrics.js';
import { writePidFile } from './pid-file.js';
import { msspValues } from './server-status.js';
import { type RunningTelnetServer, startTelnetServer } from './telnet/telnet-server.js';
import { CertificateFiles } from './tls/certificate-files.js';
import { writeBackup } from './backup/backup-archive.js';
import { livePgliteDump, postgresDump } from './backup/database-dumps.js';
import { httpListenerOptions } from './http-listener-options.js';

const MAX_BUFFERED_OUTPUT_BYTES = 1024 * 1024;
export const SHUTDOWN_MESSAGE = 'Hearth is shutting down now. Come back soon.';

export interface RunningHearth {
  core: HearthCore;
  telnetPort: number;
  httpPort: number;
  /** The TLS listeners' ports; null without a certificate. */
  tlsTelnetPort: number | null;
  httpsPort: number | null;
  /** Reads the certificate files again now (SIGHUP); resolves true when a new pair is served. */
  reloadCertificates(): Promise<boolean>;
  /** Tells everyone, stores what is pending, closes listeners and the database. Safe to call twice. */
  stop(message?: string): Promise<void>;
  /** Resolves once the server has stopped, whoever stopped it (a signal, or an admin's @shutdown). */
  stopped: Promise<void>;
}

export async function startHearth(config: HearthConfig, logger: Logger): Promise<RunningHearth> {
  // First, so a bad certificate stops the start before anything else is opened.
  const certificates = config.tls ? await CertificateFiles.load(config.tls, logger) : null;
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const removePidFile = await writePidFile(config.dataDir);
  logger.info({ driver: database.driver }, 'database ready');
  const descriptors = descriptorWarning(await openFileLimit(), config.maxConnections);
  if (descriptors) logger.warn(descriptors);
  let core: HearthCore | undefined;
  let telnet: RunningTelnetServer | undefined;
  let http: RunningHttpServer | undefined;
  let tlsTelnet: RunningTelnetServer | undefined;
  let https: RunningHttpServer | undefined;
  const memory = new MemoryWatch();
  memory.start();
  let metrics: ServerMetrics | undefined;
  try {
    core = await startCore(database, logger, coreOptionsFor(config));
    const limits = { maxLineBytes: config.maxLineBytes, maxBufferedOutputBytes: MAX_BUFFERED_OUTPUT_BYTES };
    const statusCore = core;
    const telnetOptions = {
      ...limits,
      host: config.host,
      port: config.telnetPort,
      maxConnections: config.maxConnections,
      maxConnectionsPerAddress: config.maxConnectionsPerAddress,
      // Read when a client asks, by which time the listeners know their ports (even with port 0).
      mssp: () =>
        msspValues({ core: statusCore, name: config.name, telnetPort: telnet?.port ?? config.telnetPort, tlsTelnetPort: tlsTelnet?.port ?? null }),
    };
    telnet = await startTelnetServer(core.sessions, logger, telnetOptions);
    const startedCore = core;
    const adminToken = await resolveAdminToken(config.adminToken, config.dataDir);
    metrics = createServerMetrics({ core, memory, certificateExpiry: certificates ? () => certificates.details.validTo : undefined });
    const health = (): HealthReport => ({
      status: database.health.available ? 'ok' : 'degraded',
      uptimeSeconds: Math.floor((Date.now() - startedCore.startedAt.getTime()) / 1000),
      players: startedCore.sessions.connectedCharacterIds().length,
      database: database.driver,
      databaseState: database.health.status().state,
      memory: memory.report(),
      ...(certificates ? { tls: { subject: certificates.details.subject, validTo: certificates.details.validTo.toISOString() } } : {}),
    });
    const httpOptions = {
      ...httpListenerOptions(config, limits),
      pluginApi: adminToken ? { plugins: core.plugins, token: adminToken } : undefined,
      pluginPages: core.pages,
      accountApi: adminToken ? { accounts: core.accounts, admin: core.accountAdmin, token: adminToken } : undefined,
      backupApi: adminToken
        ? {
            token: adminToken,
            // Events already accepted are stored first, so the backup holds them.
            backup: async (target: string) => {
              await startedCore.store.flush();
              return writeBackup(target, { dump: config.databaseUrl ? postgresDump(config.databaseUrl) : livePgliteDump(database), pluginDir: config.pluginDir });
            },
          }
        : undefined,
      monitoring: { allow: config.monitoringAllow, token: adminToken, metrics },
    };
    http = await startHttpServer(core.sessions, logger, health, httpOptions);
    if (certificates && config.tls) {
      tlsTelnet = await startTelnetServer(core.sessions, logger, { ...telnetOptions, port: config.tls.telnetPort, tls: certificates });
      https = await startHttpServer(core.sessions, logger, health, { ...httpOptions, port: config.tls.httpsPort, tls: certificates });
      certificates.watch();
    }
  } catch (error) {
    memory.stop();
    metrics?.close();
    certificates?.close();
    await telnet?.close();
    await http?.close();
    await tlsTelnet?.close();
    await https?.close();
    await core?.shutdown(SHUTDOWN_MESSAGE);
    await database.close();
    await removePidFile();
    throw error;
  }
  const secure = { tlsTelnetPort: tlsTelnet?.port ?? null, httpsPort: https?.port ?? null };
  logger.info({ telnetPort: telnet.port, httpPort: http.port, ...(certificates ? secure : {}), host: config.host }, 'Hearth is listening');

  const running = { core, telnet, http, listeners: [telnet, http, tlsTelnet, https] };
  let stopping: Promise<void> | undefined;
  let markStopped: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    markStopped = resolve;
  });
  const stop = (message = SHUTDOWN_MESSAGE): Promise<void> => {
    stopping ??= (async () => {
      try {
        // Nobody new gets in while the game is saying goodbye.
        running.telnet.stopAccepting();
        tlsTelnet?.stopAccepting();
        await running.core.shutdown(message);
        certificates?.close();
        await Promise.all(running.listeners.map((listener) => listener?.close()));
        await database.close();
        await removePidFile();
        memory.stop();
        metrics?.close();
        logger.info('Hearth stopped');
      } finally {
        markStopped();
      }
    })();
    return stopping;
  };
  core.admin.onShutdownRequest((message) => {
    stop(message).catch((error: unknown) => logger.error({ err: error }, 'shutdown failed'));
  });
  return {
    core,
    telnetPort: telnet.port,
    httpPort: http.port,
    ...secure,
    reloadCertificates: () => certificates?.reload() ?? Promise.resolve(false),
    stop,
    stopped,
  };
}
