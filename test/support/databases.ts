// Real databases for tests: PGlite in memory always, and a fresh PostgreSQL database per test
// when HEARTH_TEST_DATABASE_URL points at a server whose role may create databases.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../core/db/database.js';
import { setTimeout as delay } from 'node:timers/promises';

export type Driver = 'pglite' | 'postgres';

export interface TestDatabase {
  driver: Driver;
  handle: DatabaseHandle;
  /** The connection string (PostgreSQL) or data folder (PGlite) the handle was opened with. */
  location: { url?: string; dataDir: string };
  /** Closes the handle (if still open) and removes the database. */
  dispose(): Promise<void>;
}

function adminUrl(): string | undefined {
  return process.env['HEARTH_TEST_DATABASE_URL'] || undefined;
}

/** The drivers integration tests run against: PGlite always, PostgreSQL when configured. */
export function availableDrivers(): Driver[] {
  return adminUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

/** The driver end-to-end tests run the server on: PostgreSQL when configured, unless forced. */
export function serverDriver(): Driver {
  const forced = process.env['HEARTH_TEST_DRIVER'];
  if (forced === 'pglite' || forced === 'postgres') return forced;
  return adminUrl() ? 'postgres' : 'pglite';
}

/** Creates an empty database (not yet opened) and returns where it is. */
export async function createEmptyDatabase(driver: Driver): Promise<{ url?: string; dataDir: string; drop(): Promise<void> }> {
  if (driver === 'pglite') return { dataDir: 'memory://', drop: async () => {} };
  const admin = adminUrl();
  if (!admin) throw new Error('HEARTH_TEST_DATABASE_URL is not set; PostgreSQL tests cannot run.');
  const name = `hearth_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir: 'memory://',
    drop: () => dropDatabase(name),
  };
}

export async function openTestDatabase(driver: Driver): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(driver);
  const handle = await openDatabase({ url: empty.url, dataDir: empty.dataDir, poolSize: 4 });
  let closed = false;
  const close = handle.close.bind(handle);
  handle.close = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  return {
    driver,
    handle,
    location: { url: empty.url, dataDir: empty.dataDir },
    async dispose() {
      await handle.close();
      await empty.drop();
    },
  };
}

/**
 * Drops a test database and whatever is still connected to it. An autovacuum worker that happens
 * to be on it is a superuser's process, which FORCE may not end for the test role (42501): it
 * finishes within moments, so the drop is tried again a few times.
 */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt >= 10) throw error;
      await delay(200 * attempt);
    }
  }
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
