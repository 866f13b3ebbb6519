// `npm start`: reads the environment, starts Hearth, and shuts down gracefully on SIGINT/SIGTERM.
import { createLogger } from '../core/telemetry/logger.js';
import { HearthError } from '../core/errors.js';
import { loadConfig } from './config.js';
import { startHearth } from './hearth-server.js';
import { startTelemetry } from './telemetry.js';

async function main(): Promise<void> {
  const bootLogger = createLogger();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    bootLogger.fatal(error instanceof HearthError ? error.message : error);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel, config.logFormat);
  const telemetry = await startTelemetry(process.env, logger);
  const hearth = await startHearth(config, logger);
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals += 1;
    if (signals > 1) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'shutting down');
    hearth.stop().then(
      async () => {
        await telemetry.shutdown().catch(() => undefined);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // As web servers do: SIGHUP reads the TLS certificate files again, without a restart.
  if (config.tls) process.on('SIGHUP', () => void hearth.reloadCertificates());
  // An admin's @shutdown stops the server from inside; the process then ends as on a signal.
  void hearth.stopped.then(async () => {
    await telemetry.shutdown().catch(() => undefined);
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  createLogger().fatal({ err: error }, 'Hearth failed to start');
  process.exit(1);
});
