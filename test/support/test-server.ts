// Starts the real Hearth server in-process on port 0 with a fresh database, for end-to-end tests
// that talk to it over real sockets. A server can be restarted on the same database.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.js';
import { type RunningHearth, startHearth } from '../../server/hearth-server.js';
import { type Logger, createLogger } from '../../core/telemetry/logger.js';
import { createEmptyDatabase, serverDriver } from './databases.js';
import { ONE_ADDRESS_LIMITS } from './one-address-limits.js';

export interface TestDatabaseLocation {
  url?: string;
  dataDir: string;
  drop(): Promise<void>;
}

export interface TestServer extends RunningHearth {
  database: TestDatabaseLocation;
  /** Stops the server (if running) and drops its database. */
  dispose(): Promise<void>;
}

export interface TestServerOptions {
  /** Keep PGlite's files in a folder (not memory) so the server can be restarted on them. */
  persistent?: boolean;
  /** Reuse the database of an earlier server (restart). */
  database?: TestDatabaseLocation;
  /** Where the server logs (tests that check what it logs); silent unless HEARTH_TEST_LOG_LEVEL says otherwise. */
  logger?: Logger;
}

export async function startTestServer(environment: Record<string, string> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.database ?? (await createDatabase(options.persistent ?? false));
  const config = loadConfig({
    HEARTH_TELNET_PORT: '0',
    HEARTH_HTTP_PORT: '0',
    HEARTH_DATA_DIR: database.dataDir,
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...ONE_ADDRESS_LIMITS,
    ...environment,
  });
  const hearth = await startHearth(config, options.logger ?? createLogger(process.env['HEARTH_TEST_LOG_LEVEL'] ?? 'silent'));
  return {
    ...hearth,
    database,
    async dispose() {
      await hearth.stop();
      await database.drop();
    },
  };
}

async function createDatabase(persistent: boolean): Promise<TestDatabaseLocation> {
  const empty = await createEmptyDatabase(serverDriver());
  if (empty.url || !persistent) return empty;
  const folder = await mkdtemp(join(tmpdir(), 'hearth-e2e-'));
  return { dataDir: folder, drop: () => rm(folder, { recursive: true, force: true }) };
}
