// `hearth core`: the game without sockets of its own. It runs accounts, world, event store and
// plugins on the database as the single process does, and takes its players from gateways over
// NATS (core/cluster/gateway-link.ts). It listens on nothing but NATS. Several may run: the one
// holding the lease (core/cluster/core-lease.ts) is active, the others stand by without touching
// the database, and one takes over when the active core stops or dies.
import { randomBytes } from 'node:crypto';
import { CoreLease } from '../../core/cluster/core-lease.js';
import { GatewayLink } from '../../core/cluster/gateway-link.js';
import { SessionTickets } from '../../core/cluster/session-tickets.js';
import { loadTicketSecret } from '../../core/cluster/ticket-secret.js';
import { openDatabase } from '../../core/db/database.js';
import { type HearthCore, startCore } from '../../core/hearth-core.js';
import type { Logger } from '../../core/telemetry/logger.js';
import type { HearthConfig } from '../config.js';
import { coreOptionsFor } from '../core-options.js';
import { SHUTDOWN_MESSAGE } from '../hearth-server.js';
import { writePidFile } from '../pid-file.js';
import type { ClusterConfig } from './cluster-config.js';
import { connectNats } from './nats-connection.js';

export interface RunningCoreRole {
  core: HearthCore;
  link: GatewayLink;
  coreId: string;
  /** Tells every player, stores what is pending, gives up the lease, leaves NATS. Safe to call twice. */
  stop(message?: string): Promise<void>;
  stopped: Promise<void>;
  /** Resolves if the lease is lost while running: the process must end at once (another core may be active). */
  leaseLost: Promise<void>;
}

export async function startCoreRole(config: HearthConfig, cluster: ClusterConfig, logger: Logger): Promise<RunningCoreRole> {
  const coreId = `core-${randomBytes(6).toString('hex')}`;
  const nats = await connectNats(cluster, `hearth-${coreId}`, logger);
  const lease = await CoreLease.open(nats, { ttlMs: cluster.coreLeaseMs, holder: `${coreId} (pid ${process.pid})` }, logger);
  const tickets = new SessionTickets(await loadTicketSecret(nats));
  // A standby loads the database driver while it waits, so taking over costs less.
  const databaseUrl = cluster.databaseUrl ?? config.databaseUrl;
  await (databaseUrl
    ? Promise.all([import('pg'), import('drizzle-orm/node-postgres')])
    : Promise.all([import('@electric-sql/pglite'), import('drizzle-orm/pglite')]));
  // Nothing is opened before the lease is held: two cores never share the database.
  await lease.acquire();
  const takeoverStarted = Date.now();
  let markLeaseLost: () => void = () => {};
  const leaseLost = new Promise<void>((resolve) => {
    markLeaseLost = resolve;
  });
  lease.keepRenewing(() => markLeaseLost());
  const giveUp = async (): Promise<void> => {
    await lease.release();
    await nats.close().catch(() => undefined);
  };
  let database;
  let removePidFile: () => Promise<void> = async () => {};
  let core: HearthCore;
  try {
    database = await openDatabase({ url: databaseUrl, dataDir: config.dataDir });
    removePidFile = await writePidFile(config.dataDir);
    logger.info({ driver: database.driver }, 'database ready');
    core = await startCore(database, logger, coreOptionsFor(config));
  } catch (error) {
    await database?.close();
    await removePidFile();
    await giveUp();
    throw error;
  }
  const openedDatabase = database;
  const link = new GatewayLink(nats, core.sessions, logger, { coreId, tickets, gatewaySilenceMs: cluster.gatewaySilenceMs });
  link.start();
  logger.info({ core: coreId, nats: nats.getServer(), startMs: Date.now() - takeoverStarted }, 'Hearth core is running');

  let stopping: Promise<void> | undefined;
  let markStopped: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    markStopped = resolve;
  });
  const stop = (message = SHUTDOWN_MESSAGE): Promise<void> => {
    stopping ??= (async () => {
      try {
        await core.shutdown(message);
        // The goodbyes are in the gateways' batches; send them before leaving NATS.
        await link.stop();
        await openedDatabase.close();
        await removePidFile();
        await lease.release();
        await nats.drain().catch(() => undefined);
        logger.info('Hearth core stopped');
      } finally {
        markStopped();
      }
    })();
    return stopping;
  };
  core.admin.onShutdownRequest((message) => {
    stop(message).catch((error: unknown) => logger.error({ err: error }, 'shutdown failed'));
  });
  return { core, link, coreId, stop, stopped, leaseLost };
}
