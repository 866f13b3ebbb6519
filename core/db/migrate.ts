// Applies the committed core migrations once each. drizzle records applied ones in
// `drizzle.__drizzle_migrations`, so a restart runs only what is new.
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle } from './database.js';

const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

export async function applyCoreMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(handle.db as never, { migrationsFolder });
  }
}
