// The SQL names of plugins' tables and indexes. A plugin's table lives in
// `plugin_<plugin>$<table>` (hyphens in the plugin's name written as "_"): plugin names hold no
// "_" and neither name holds "$", so the plugin's part ends at the "$" and no two (plugin, table)
// pairs share a name. The old form, `plugin_<plugin>_<table>`, let `rt-dice`'s `roller_rolls`
// and `rt-dice-roller`'s `rolls` share one table; it is kept here only to find and move tables
// made under it (plugin-table-ledger.ts).
import { createHash } from 'node:crypto';

/** PostgreSQL cuts identifiers at 63 bytes. */
const MAX_IDENTIFIER_LENGTH = 63;

/** The SQL table a plugin's table lives in: `plugin_rt_dice$roller_rolls`. */
export function pluginTableName(plugin: string, table: string): string {
  return `plugin_${plugin.replace(/-/g, '_')}$${table}`;
}

/**
 * The index on `columns` of a plugin's table: the table's name, then each column after a "$",
 * so indexes of different tables or column lists never share a name. A name too long for
 * PostgreSQL is cut and ends in a hash of the whole, which keeps it unique.
 */
export function pluginIndexName(plugin: string, table: string, columns: readonly string[]): string {
  const full = [pluginTableName(plugin, table), ...columns].join('$');
  if (full.length <= MAX_IDENTIFIER_LENGTH) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
  return `${full.slice(0, MAX_IDENTIFIER_LENGTH - hash.length - 1)}$${hash}`;
}

/** The name Hearth gave a plugin's table before names were made unambiguous. */
export function legacyPluginTableName(plugin: string, table: string): string {
  return `plugin_${plugin.replace(/-/g, '_')}_${table}`;
}

/** The name Hearth gave an index before names were made unambiguous. */
export function legacyPluginIndexName(plugin: string, table: string, columns: readonly string[]): string {
  return `${legacyPluginTableName(plugin, table)}_${columns.join('_')}`.slice(0, 60);
}
