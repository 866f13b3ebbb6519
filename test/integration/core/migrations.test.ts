import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../../core/db/database.js';
import { availableDrivers, createEmptyDatabase } from '../../support/databases.js';

for (const driver of availableDrivers()) {
  describe(`core migrations on ${driver}`, () => {
    it('apply on first open, once, and keep data across reopening', async () => {
      const empty = await createEmptyDatabase(driver);
      const folder = driver === 'pglite' ? await mkdtemp(join(tmpdir(), 'hearth-migrate-')) : empty.dataDir;
      try {
        const first = await openDatabase({ url: empty.url, dataDir: folder });
        await first.db.execute(sql`insert into objects (kind, name) values ('room', 'Kept')`);
        await first.close();
        const second = await openDatabase({ url: empty.url, dataDir: folder });
        const applied = await second.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
        const kept = await second.db.execute(sql`select name from objects where name = 'Kept'`);
        await second.close();
        const journal = JSON.parse(await readFile('migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
        assert.equal(rowsOf(applied)[0]?.['n'], journal.entries.length, 'each committed migration recorded once');
        assert.equal(rowsOf(kept).length, 1);
      } finally {
        await empty.drop();
        if (driver === 'pglite') await rm(folder, { recursive: true, force: true });
      }
    });
  });
}

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  return (result as { rows: Array<Record<string, unknown>> }).rows;
}
