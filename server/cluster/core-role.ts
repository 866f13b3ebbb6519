// `hearth core`: the game without sockets of its own. It runs accounts, world, event store and
// plugins on the database as the single process does, and takes its players from gateways over
// NATS (core/cluster/gateway-link.ts). It listens on nothing but NATS.
import { GatewayLink } from '../../core/cluster/gateway-link.js';
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
  /** Tells every player, stores what is pending, leaves NATS and closes the database. Safe to call twice. */
  stop(message?: string): Promise<void>;
  stopped: Promise<void>;
}

export async function startCoreRole(config: HearthConfig, cluster: ClusterConfig, logger: Logger): Promise<RunningCoreRole> {
  const database = await openDatabase({ url: cluster.databaseUrl ?? config.databaseUrl, dataDir: config.dataDir });
  const removePidFile = await writePidFile(config.dataDir);
  logger.info({ driver: database.driver }, 'database ready');
  let core: HearthCore;
  try {
    core = await startCore(database, logger, coreOptionsFor(config));
  } catch (error) {
    await database.close();
    await removePidFile();
    throw error;
  }
  const nats = await connectNats(cluster.natsUrls, `hearth-core-${process.pid}`, logger).catch(async (error: unknown) => {
    await core.shutdown(SHUTDOWN_MESSAGE);
    await database.close();
    await removePidFile();
    throw error;
  });
  const link = new GatewayLink(nats, core.sessions, logger);
  link.start();
  logger.info({ nats: nats.getServer() }, 'Hearth core is running');

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
        await nats.drain().catch(() => undefined);
        await database.close();
        await removePidFile();
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
  return { core, link, stop, stopped };
}
