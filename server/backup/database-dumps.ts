// The database part of a backup, for each database Hearth runs on. PostgreSQL: pg_dump's custom
// format, taken from one snapshot while the server runs, restored by pg_restore in a single
// transaction. PGlite: its data folder as PGlite packs it (dumpDataDir), taken by the running
// server between two queries or, with no server running, by opening the folder; restored by
// PGlite unpacking it into an empty folder.
import { readFile, writeFile } from 'node:fs/promises';
import type { DatabaseHandle } from '../../core/db/database.js';
import { BackupError } from '../../core/errors.js';
import { runPostgresTool } from './postgres-tools.js';

export type DumpDriver = 'pglite' | 'postgres';

export interface DatabaseDump {
  readonly driver: DumpDriver;
  /** Writes the dump to `file`. */
  writeTo(file: string): Promise<void>;
}

/** Where each driver's dump sits inside a backup archive. */
export const DUMP_ENTRY: Record<DumpDriver, string> = {
  pglite: 'database/pglite.tar.gz',
  postgres: 'database/postgres.pgdump',
};

export function postgresDump(url: string): DatabaseDump {
  return {
    driver: 'postgres',
    writeTo: (file) => runPostgresTool('pg_dump', ['--format=custom', '--compress=6', `--file=${file}`], url),
  };
}

/** The running server's own PGlite, dumped between its queries. */
export function livePgliteDump(database: DatabaseHandle): DatabaseDump {
  const dump = database.dumpDataDir;
  if (!dump) throw new BackupError('E_BACKUP_FAILED', 'This database cannot be dumped from inside the server; back it up with pg_dump.');
  return {
    driver: 'pglite',
    writeTo: async (file) => writeFile(file, new Uint8Array(await (await dump()).arrayBuffer()), { mode: 0o600 }),
  };
}

/** A PGlite folder no server has open. */
export function pgliteFolderDump(dataDir: string): DatabaseDump {
  return {
    driver: 'pglite',
    writeTo: async (file) => {
      const { PGlite } = await import('@electric-sql/pglite');
      const client = await PGlite.create(dataDir);
      try {
        await client.exec('checkpoint');
        await writeFile(file, new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer()), { mode: 0o600 });
      } finally {
        await client.close();
      }
    },
  };
}

/** Unpacks a PGlite dump into `dataDir`, which must hold no database. */
export async function restorePglite(dataDir: string, dumpFile: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const tarball = new Blob([new Uint8Array(await readFile(dumpFile))]);
  let client;
  try {
    client = await PGlite.create({ dataDir, loadDataDir: tarball });
    await client.exec('select 1');
  } catch (error) {
    throw new BackupError('E_BACKUP_INVALID', `The backup's embedded database could not be unpacked: ${(error as Error).message}`, { cause: error });
  } finally {
    await client?.close();
  }
}

/**
 * Restores a pg_dump into the database at `url` in one transaction: either all of it or, on an
 * error, none. With `replace`, objects the backup holds are dropped first (others are left).
 */
export async function restorePostgres(url: string, dumpFile: string, options: { replace: boolean }): Promise<void> {
  const args = ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error'];
  if (options.replace) args.push('--clean', '--if-exists');
  await runPostgresTool('pg_restore', [...args, dumpFile], url);
}

/** Whether the database at `url` holds no tables, views or sequences of its own. */
export async function postgresIsEmpty(url: string): Promise<boolean> {
  // Loaded here, not at start: a server on PGlite never needs pg (15 MB of resident memory).
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const result = await client.query<{ count: number }>(
      `select count(*)::int as count from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
         and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`,
    );
    return (result.rows[0]?.count ?? 0) === 0;
  } finally {
    await client.end();
  }
}
