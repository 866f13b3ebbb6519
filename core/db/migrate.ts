// Applies the committed core migrations once each. drizzle records applied ones in
// `drizzle.__drizzle_migrations`, so a restart runs only what is new.
import type { DatabaseHandle } from './database.js';
import { hearthPath } from '../paths.js';

const migrationsFolder = hearthPath('migrations');

export async function applyCoreMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(handle.db as never, { migrationsFolder });
  }
}
