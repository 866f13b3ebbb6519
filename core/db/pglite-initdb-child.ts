// Run by pglite-initdb.ts as its own process: creates the PGlite database in the folder named on the
// command line, with Hearth's settings, and exits.
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_SETTINGS } from './pglite-settings.js';

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('usage: pglite-initdb-child <data folder>\n');
  process.exit(2);
}
const client = await PGlite.create(dataDir, { postgresqlconf: PGLITE_SETTINGS });
await client.close();
