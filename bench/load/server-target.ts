// The server a run loads: one the bench starts itself (a temporary PGlite folder, or a fresh
// PostgreSQL database, with a bootstrap admin and the rate limits below raised), or one already
// running that --connect names. Everything made here is handed to `defer` to be undone afterwards.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFreshDatabase } from './fresh-database.js';
import type { LoadOptions } from './options.js';
import { ServerProcess } from './server-process.js';

/**
 * Limits a bench would otherwise measure instead of the server: one player's input rate (a bench
 * player stays under it, but the admin building the world does not) and each plugin's emits, KV
 * and table writes per second, which count per plugin for the whole server (100 emits/s by
 * default, so a busy game's `say` traffic alone is refused). --keep-limits runs with the defaults.
 */
export const RAISED_LIMITS: Readonly<Record<string, string>> = {
  HEARTH_INPUT_RATE: '1000',
  HEARTH_INPUT_BURST: '1000',
  HEARTH_PLUGIN_EMITS_PER_SECOND: '1000000',
  HEARTH_PLUGIN_EMIT_BURST: '1000000',
  HEARTH_PLUGIN_KV_WRITES_PER_SECOND: '1000000',
  HEARTH_PLUGIN_KV_WRITE_BURST: '1000000',
  HEARTH_PLUGIN_DB_WRITES_PER_SECOND: '1000000',
  HEARTH_PLUGIN_DB_WRITE_BURST: '1000000',
};

/** What choosing and starting the server depends on (the load bench's options; the soak's too). */
export type TargetOptions = Pick<
  LoadOptions,
  'clients' | 'out' | 'databaseUrl' | 'reuseDatabase' | 'connect' | 'httpPort' | 'pid' | 'admin' | 'cpuProfile' | 'coldStart' | 'keepLimits' | 'serverLog'
>;

export interface ServerTarget {
  host: string;
  telnetPort: number;
  httpPort?: number;
  /** The server's process id, for sampling; null when unknown. */
  pid: number | null;
  admin?: { name: string; password: string };
  /** True when the bench raised the server's rate limits (it started the server itself). */
  raisedLimits: boolean;
  /** The server process the bench started, or null for --connect. */
  process: ServerProcess | null;
  /** Where the started server writes its CPU profiles (--cpu-prof). */
  profileDir?: string;
}

export async function prepareTarget(options: TargetOptions, defer: (cleanup: () => Promise<unknown>) => void): Promise<ServerTarget> {
  if (options.connect) {
    return {
      host: options.connect.host,
      telnetPort: options.connect.port,
      httpPort: options.httpPort,
      pid: options.pid ?? null,
      admin: options.admin,
      raisedLimits: false,
      process: null,
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-bench-'));
  defer(() => rm(dataDir, { recursive: true, force: true }));
  let databaseUrl = options.databaseUrl;
  if (options.databaseUrl && !options.reuseDatabase) {
    const fresh = await createFreshDatabase(options.databaseUrl);
    defer(() => fresh.drop());
    console.log(`fresh PostgreSQL database ${fresh.name} (dropped after the run)`);
    databaseUrl = fresh.url;
  }
  let profileDir: string | undefined;
  if (options.cpuProfile) {
    profileDir = `${options.out.replace(/\.json$/, '')}-cpuprofile`;
    await rm(profileDir, { recursive: true, force: true });
    await mkdir(profileDir, { recursive: true });
  }
  const admin = { name: 'BenchAdmin', password: randomBytes(12).toString('hex') };
  const environment = benchEnvironment(options, { dataDir, admin, databaseUrl });
  if (!databaseUrl && !options.coldStart) {
    // A game's first start runs PGlite's initdb, which leaves the process far larger than any later
    // start does; measure what players meet on every other day.
    process.stdout.write('initialising the PGlite data folder (a first start, stopped at once)... ');
    const first = await ServerProcess.start({ environment, logFile: options.serverLog ? `${options.serverLog}.first` : undefined });
    await first.stop();
    console.log('done');
  }
  process.stdout.write(`starting the server (${databaseUrl ? 'PostgreSQL' : options.coldStart ? 'PGlite, first start' : 'PGlite'})... `);
  const server = await ServerProcess.start({ environment, cpuProfileDir: profileDir, logFile: options.serverLog });
  defer(() => server.stop());
  console.log(`pid ${server.pid}, telnet ${server.telnetPort}, http ${server.httpPort}`);
  return {
    host: '127.0.0.1',
    telnetPort: server.telnetPort,
    httpPort: server.httpPort,
    pid: server.pid,
    admin,
    raisedLimits: !options.keepLimits,
    process: server,
    profileDir,
  };
}

/**
 * The settings a server the bench starts runs with: loopback only, no idle or login timeouts to
 * cut a long run short, per-address allowances for a crowd from one address, and (unless
 * --keep-limits) the raised limits above. A cluster's roles start with them too.
 */
export function benchEnvironment(
  options: Pick<TargetOptions, 'clients' | 'keepLimits'>,
  server: { dataDir: string; admin: { name: string; password: string }; databaseUrl?: string },
): Record<string, string> {
  return {
    HEARTH_HOST: '127.0.0.1',
    HEARTH_DATA_DIR: server.dataDir,
    HEARTH_BOOTSTRAP_ADMIN: `${server.admin.name}:${server.admin.password}`,
    HEARTH_PLUGIN_WATCH: 'false',
    HEARTH_IDLE_TIMEOUT_SECONDS: '0',
    HEARTH_LOGIN_TIMEOUT_SECONDS: '600',
    HEARTH_MAX_CONNECTIONS: String(Math.max(5000, options.clients + 100)),
    // Every bench player connects and signs up from this one address.
    HEARTH_SIGNUPS_PER_ADDRESS: String(Math.max(1000, options.clients * 10)),
    HEARTH_MAX_CONNECTIONS_PER_ADDRESS: String(Math.max(5000, options.clients + 100)),
    HEARTH_LOG_LEVEL: 'info',
    ...(server.databaseUrl ? { DATABASE_URL: server.databaseUrl } : {}),
    ...(options.keepLimits ? {} : RAISED_LIMITS),
  };
}

/** The connection string with its password hidden, for results files. */
export function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
