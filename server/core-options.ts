// The core's options from the server's config: one place, so that the single process and the
// cluster's core role run the game with the same settings.
import type { CoreOptions } from '../core/hearth-core.js';
import type { HearthConfig } from './config.js';

export function coreOptionsFor(config: HearthConfig): CoreOptions {
  return {
    bootstrapAdmin: config.bootstrapAdmin,
    manifestDirs: config.manifestDirs,
    pluginStoreDir: config.pluginDir ?? undefined,
    watchPlugins: config.watchPlugins,
    pluginLimits: config.pluginLimits,
    login: config.loginLimits,
    characterRenames: config.characterRenames,
    softcode: config.softcode,
    sessions: {
      rate: { perSecond: config.inputRate, burst: config.inputBurst },
      maxQueuedLines: 100,
      loginTimeoutMs: config.loginTimeoutSeconds * 1000,
      idleTimeoutMs: config.idleTimeoutSeconds * 1000,
      replayLimit: config.replayLimit,
    },
  };
}
