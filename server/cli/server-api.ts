// How the `hearth` CLI reaches a running server: its admin API on the configured HTTP port, with
// the token from HEARTH_ADMIN_TOKEN or the data folder. When none answers the CLI may work on the
// database directly, unless a server is running on that data folder but cannot be reached.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HearthError, isErrorCode } from '../../core/errors.js';
import { ADMIN_TOKEN_FILE } from '../admin-token.js';
import type { HearthConfig } from '../config.js';
import { runningServerPid } from '../pid-file.js';

export interface ServerApi {
  base: string;
  token: string;
}

/** Where the admin API would be (the loopback address when the server listens on every address), and its token ('' when none). */
export async function adminEndpoint(config: HearthConfig): Promise<ServerApi> {
  const token = config.adminToken ?? (await readFile(join(config.dataDir, ADMIN_TOKEN_FILE), 'utf8').catch(() => '')).trim();
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return { base: `http://${host.includes(':') ? `[${host}]` : host}:${config.httpPort}`, token };
}

/** The running server's admin API, or null when no server runs on this data folder. */
export async function findServerApi(config: HearthConfig): Promise<ServerApi | null> {
  const { base, token } = await adminEndpoint(config);
  if (token && (await answers(base))) return { base, token };
  const pid = await runningServerPid(config.dataDir);
  if (pid !== null) {
    throw new HearthError('E_SERVER_RUNNING', `A server (pid ${pid}) is running on this data folder but its admin API at ${base} did not answer; set HEARTH_HTTP_PORT and HEARTH_ADMIN_TOKEN to reach it.`);
  }
  return null;
}

/** One admin API request; a refusal becomes a HearthError with the server's code and message. */
export async function requestServerApi<T>(api: ServerApi, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${api.base}${path}`, {
    method,
    headers: { authorization: `Bearer ${api.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as T & { error?: { code: string; message: string } };
  if (!response.ok) {
    // A server of another version may answer a code this CLI does not know; its message still says why.
    const code = answer.error?.code;
    throw new HearthError(isErrorCode(code) ? code : 'E_API', answer.error?.message ?? `The server answered ${response.status}.`);
  }
  return answer;
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
