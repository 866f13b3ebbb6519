// Who owns which plugin table. Before a plugin's schema steps run, each of its tables claims its
// SQL name in `plugin_table_owners`; a name another plugin already owns is refused, so two
// plugins can never read and overwrite one table's rows. A table made under the old, ambiguous
// naming (plugin-table-name.ts) is renamed to its new name when its plugin first claims it, rows
// and indexes kept, unless two plugins could have made it: then its rows are mixed and the admin
// is asked to decide which plugin keeps them.
import { and, eq, like, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { pluginMigrations, pluginTableOwners } from '../db/schema.js';
import { PluginTableTakenError } from '../errors.js';
import type { PluginManifest, TableSpec } from './manifest.js';
import { legacyPluginIndexName, legacyPluginTableName, pluginIndexName, pluginTableName } from './plugin-table-name.js';

export interface ClaimedTables {
  /** Tables moved from their old name, as step ids (`rename:channels`), for the migration report. */
  renamed: string[];
  /** Tables whose SQL table does not exist: all their steps must run, whatever the ledger says. */
  missing: Set<string>;
}

/**
 * Claims every table of `manifest` for its plugin, inside the migration's transaction. `applied`
 * holds the plugin's steps already recorded (a `table:<name>` step means it made that table).
 */
export async function claimPluginTables(tx: Database, manifest: PluginManifest, applied: ReadonlySet<string>): Promise<ClaimedTables> {
  const claimed: ClaimedTables = { renamed: [], missing: new Set() };
  for (const table of manifest.schema.tables) {
    const sqlName = pluginTableName(manifest.name, table.name);
    const [owner] = await tx.select().from(pluginTableOwners).where(eq(pluginTableOwners.sqlName, sqlName));
    if (owner && (owner.plugin !== manifest.name || owner.tableName !== table.name)) {
      throw new PluginTableTakenError(
        `Plugin "${manifest.name}" cannot have the table "${table.name}": its SQL table "${sqlName}" belongs to plugin "${owner.plugin}" (table "${owner.tableName}"). Rename the table in the manifest.`,
      );
    }
    if (!owner) {
      if (applied.has(`table:${table.name}`) && !(await relationExists(tx, sqlName))) {
        if (await moveLegacyTable(tx, manifest.name, table)) claimed.renamed.push(`rename:${table.name}`);
      }
      await tx.insert(pluginTableOwners).values({ sqlName, plugin: manifest.name, tableName: table.name });
    }
    if (!(await relationExists(tx, sqlName))) claimed.missing.add(table.name);
  }
  return claimed;
}

/** Which plugin owns a SQL table, if any plugin has claimed it (for tests and diagnostics). */
export async function pluginTableOwner(db: Database, sqlName: string): Promise<{ plugin: string; tableName: string } | undefined> {
  const [owner] = await db.select().from(pluginTableOwners).where(eq(pluginTableOwners.sqlName, sqlName));
  return owner ? { plugin: owner.plugin, tableName: owner.tableName } : undefined;
}

// Renames `plugin_<plugin>_<table>` (and its indexes) to the new names; false when there is none.
async function moveLegacyTable(tx: Database, plugin: string, table: TableSpec): Promise<boolean> {
  const legacy = legacyPluginTableName(plugin, table.name);
  if (!(await relationExists(tx, legacy))) return false;
  const sharers = await otherMakersOf(tx, plugin, legacy);
  if (sharers.length > 0) {
    const others = sharers.map((other) => `plugin "${other.plugin}"'s table "${other.table}" (new name "${pluginTableName(other.plugin, other.table)}")`).join(', ');
    throw new PluginTableTakenError(
      `Plugin "${plugin}"'s table "${table.name}" was kept in "${legacy}", which ${others} also used under Hearth's old table names, so its rows are mixed. ` +
        `Rename "${legacy}" to "${pluginTableName(plugin, table.name)}" or to the other's new name, whichever plugin should keep the rows, then reload both; the other starts with an empty table.`,
    );
  }
  await tx.execute(sql.raw(`alter table ${quote(legacy)} rename to ${quote(pluginTableName(plugin, table.name))}`));
  for (const columns of table.indexes) {
    const oldIndex = legacyPluginIndexName(plugin, table.name, columns);
    await tx.execute(sql.raw(`alter index if exists ${quote(oldIndex)} rename to ${quote(pluginIndexName(plugin, table.name, columns))}`));
  }
  return true;
}

// Other plugins whose recorded `table:` steps made a table under the same old name.
async function otherMakersOf(tx: Database, plugin: string, legacy: string): Promise<Array<{ plugin: string; table: string }>> {
  const made = await tx
    .select({ plugin: pluginMigrations.plugin, migration: pluginMigrations.migration })
    .from(pluginMigrations)
    .where(and(ne(pluginMigrations.plugin, plugin), like(pluginMigrations.migration, 'table:%')));
  return made
    .map((row) => ({ plugin: row.plugin, table: row.migration.slice('table:'.length) }))
    .filter((other) => legacyPluginTableName(other.plugin, other.table) === legacy);
}

async function relationExists(tx: Database, name: string): Promise<boolean> {
  const result = (await tx.execute(sql`select to_regclass(${quote(name)}) is not null as present`)) as unknown as { rows: Array<{ present: boolean }> };
  return result.rows[0]?.present === true;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
