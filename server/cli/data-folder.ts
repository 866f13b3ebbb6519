// The CLI never makes a new embedded database unasked. Working beside a stopped server, it opens
// the data folder the environment names; a folder that holds no database is most likely the wrong
// folder (the command was run from elsewhere than the server's), so it refuses and says where the
// server's data is, unless told `--create`.
import { join } from 'node:path';
import { pgliteInitialised } from '../../core/db/pglite-initdb.js';
import { DataFolderMissingError } from '../../core/errors.js';
import { HEARTH_ROOT } from '../../core/paths.js';
import type { HearthConfig } from '../config.js';
import { adminEndpoint, answers } from './server-api.js';

/** Resolves when the CLI may open the database; refuses a data folder without one unless `create`. */
export async function requireDatabase(config: HearthConfig, create: boolean): Promise<void> {
  if (config.databaseUrl || config.dataDir.startsWith('memory://') || create) return;
  if (await pgliteInitialised(config.dataDir)) return;
  const { base, token } = await adminEndpoint(config);
  const lines = [
    `No Hearth database is in ${config.dataDir}, and no running server was found for it; the CLI does not make a new database unasked.`,
  ];
  if (!token && (await answers(base))) {
    lines.push(`A server answers at ${base}, but the CLI has no admin token for it: name that server's data folder, or set HEARTH_ADMIN_TOKEN.`);
  }
  const checkoutData = join(HEARTH_ROOT, 'data');
  if (checkoutData !== config.dataDir && (await pgliteInitialised(checkoutData))) {
    lines.push(`This Hearth's \`npm start\` keeps its data in ${checkoutData}.`);
  }
  lines.push(`Name the server's data folder with --data-dir <folder> (or HEARTH_DATA_DIR), or its PostgreSQL database with DATABASE_URL; or add --create to make a new database in ${config.dataDir}.`);
  throw new DataFolderMissingError(lines.join('\n'));
}
