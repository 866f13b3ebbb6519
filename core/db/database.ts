// Opens the database Hearth runs on: PostgreSQL when a URL is given, else embedded PGlite in a folder.
// Both come back behind one drizzle type so nothing above this file knows which it got.
import { mkdir } from 'node:fs/promises';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';
import * as schema from './schema.js';
import { DatabaseHealth } from './database-health.js';
import { applyCoreMigrations } from './migrate.js';
import { initialisePglite, pgliteInitialised } from './pglite-initdb.js';
import { PGLITE_SETTINGS } from './pglite-settings.js';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** The embedded database's folder (absent in memory and on PostgreSQL), where Hearth keeps its event journal. */
  dataDir?: string;
  /** Runs a SQL statement that is not expressed through drizzle (migrations, health checks). */
  execute(sqlText: string): Promise<void>;
  /** Whether the database can be reached; PostgreSQL connection failures are reported to it as they happen. */
  health: DatabaseHealth;
  /** PGlite only: its data folder as a gzipped tarball, taken between queries (for backups). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  url?: string;
  /** Folder for PGlite's files; `memory://` keeps everything in memory (tests). */
  dataDir: string;
  /** Connections in the pg pool. */
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = options.url ? await openPostgres(options.url, options.poolSize ?? 10) : await openPglite(options.dataDir);
  try {
    await applyCoreMigrations(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // A connection attempt to a silent network fails after a while instead of hanging a command forever.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000, keepAlive: true });
  const health = new DatabaseHealth({ probe: () => pool.query('select 1').then(() => undefined) });
  // An idle client losing its server (restart, network) must not crash the process; it tells the
  // health monitor, which probes until the server answers again.
  pool.on('error', (error) => health.report(error));
  reportQueryFailures(pool, health);
  const db = drizzle(pool, { schema });
  return {
    db: db as unknown as Database,
    driver: 'postgres',
    execute: async (sqlText) => {
      await pool.query(sqlText);
    },
    health,
    close: async () => {
      health.close();
      await pool.end();
    },
  };
}

/**
 * Every query drizzle runs outside a transaction goes through `pool.query`, and a transaction
 * starts with `pool.connect`: watching both tells the health monitor about a lost server at the
 * first failed query, whoever ran it.
 */
function reportQueryFailures(pool: Pool, health: DatabaseHealth): void {
  type PoolCall = (...args: unknown[]) => unknown;
  const query = pool.query.bind(pool) as PoolCall;
  const connect = pool.connect.bind(pool) as PoolCall;
  // Callback-style calls (pg-pool uses them internally) pass through untouched.
  const watched = (call: PoolCall) => (...args: unknown[]) => {
    if (typeof args.at(-1) === 'function') return call(...args);
    return (call(...args) as Promise<unknown>).catch((error: unknown) => {
      health.report(error);
      throw error;
    });
  };
  Object.assign(pool, { query: watched(query), connect: watched(connect) });
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (!dataDir.startsWith('memory://')) {
    await mkdir(dataDir, { recursive: true });
    if (!(await pgliteInitialised(dataDir))) await initialisePglite(dataDir);
  }
  const client = await PGlite.create(dataDir, { postgresqlconf: PGLITE_SETTINGS });
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    ...(dataDir.startsWith('memory://') ? {} : { dataDir }),
    execute: async (sqlText) => {
      await client.exec(sqlText);
    },
    // Embedded: there is no connection to lose, so this stays available.
    health: new DatabaseHealth({ probe: () => client.exec('select 1').then(() => undefined) }),
    // A checkpoint first writes out what is only in shared buffers, so a restore need not replay WAL.
    dumpDataDir: async () => {
      await client.exec('checkpoint');
      return client.dumpDataDir('gzip');
    },
    close: () => client.close(),
  };
}
