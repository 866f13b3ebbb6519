// `hearth gateway` and `hearth core` (also `node dist/server/cluster/role-main.js gateway|core`):
// reads the environment (the server's settings plus HEARTH_NATS_URL, see cluster-config.ts),
// starts the role, and stops it gracefully on SIGINT/SIGTERM. Resolves with the exit code.
import { HearthError } from '../../core/errors.js';
import { createLogger } from '../../core/telemetry/logger.js';
import { loadConfig } from '../config.js';
import { loadClusterConfig } from './cluster-config.js';
import { startCoreRole } from './core-role.js';
import { startGatewayRole } from './gateway-role.js';

export type ClusterRole = 'gateway' | 'core';

export async function runRole(role: ClusterRole, environment: NodeJS.ProcessEnv = process.env): Promise<number> {
  const bootLogger = createLogger();
  let config;
  let cluster;
  try {
    config = loadConfig(environment);
    cluster = loadClusterConfig(environment);
  } catch (error) {
    bootLogger.fatal(error instanceof HearthError ? `${error.code}: ${error.message}` : error);
    return 1;
  }
  const logger = createLogger(config.logLevel, config.logFormat).child({ role });
  const running = role === 'core' ? await startCoreRole(config, cluster, logger) : await startGatewayRole(config, cluster, logger);
  return new Promise<number>((resolve) => {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals): void => {
      signals += 1;
      if (signals > 1) {
        logger.warn({ signal }, 'second signal: exiting now');
        resolve(1);
        return;
      }
      logger.info({ signal }, 'shutting down');
      running.stop().then(
        () => resolve(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    if ('stopped' in running) {
      // An admin's @shutdown stops a core from inside.
      void running.stopped.then(() => resolve(0));
      // A core that lost its lease may share the database with its successor: it ends now, saving nothing.
      void running.leaseLost.then(() => process.exit(70));
    }
  });
}

const [, script, role] = process.argv;
if (script && /role-main\.(ts|js)$/.test(script)) {
  if (role !== 'gateway' && role !== 'core') {
    console.error('Usage: role-main.js gateway|core');
    process.exit(2);
  }
  runRole(role).then(
    (code) => process.exit(code),
    (error: unknown) => {
      createLogger().fatal({ err: error }, `Hearth ${role} failed to start`);
      process.exit(1);
    },
  );
}
