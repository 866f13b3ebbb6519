// Where the `hearth` CLI finds a running server's admin API: the configured HTTP port on this
// machine (the loopback address when the server listens on every address), with the admin
// token from HEARTH_ADMIN_TOKEN or the data folder's admin-token file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ADMIN_TOKEN_FILE } from '../admin-token.js';
import type { HearthConfig } from '../config.js';

export interface AdminEndpoint {
  base: string;
  /** Empty when there is none. */
  token: string;
}

export async function adminEndpoint(config: HearthConfig): Promise<AdminEndpoint> {
  const token = config.adminToken ?? (await readFile(join(config.dataDir, ADMIN_TOKEN_FILE), 'utf8').catch(() => '')).trim();
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return { base: `http://${host.includes(':') ? `[${host}]` : host}:${config.httpPort}`, token };
}

/** Whether an HTTP server answers at `base` within two seconds. */
export async function answers(base: string): Promise<boolean> {
  try {
    await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}
