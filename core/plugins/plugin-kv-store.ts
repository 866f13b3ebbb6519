// The plugin key-value store in the database (table plugin_kv), one namespace per plugin.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { pluginKv } from '../db/schema.js';
import type { KvPort } from './host-services.js';

export class PluginKvStore implements KvPort {
  constructor(private readonly db: Database) {}

  async get(plugin: string, key: string): Promise<string | undefined> {
    const [row] = await this.db
      .select({ value: pluginKv.value })
      .from(pluginKv)
      .where(and(eq(pluginKv.plugin, plugin), eq(pluginKv.key, key)));
    return row?.value;
  }

  async set(plugin: string, key: string, value: string): Promise<string | undefined> {
    // One round trip: the upsert returns the value it replaced, read in the same statement's snapshot.
    const result = (await this.db.execute(sql`
      with previous as (select value from plugin_kv where plugin = ${plugin} and key = ${key})
      insert into plugin_kv (plugin, key, value) values (${plugin}, ${key}, ${value})
      on conflict (plugin, key) do update set value = excluded.value, updated_at = now()
      returning (select value from previous) as previous
    `)) as unknown as { rows: Array<{ previous: string | null }> };
    const previous = result.rows[0]?.previous;
    return previous === null || previous === undefined ? undefined : previous;
  }

  async delete(plugin: string, key: string): Promise<boolean> {
    const deleted = await this.db
      .delete(pluginKv)
      .where(and(eq(pluginKv.plugin, plugin), eq(pluginKv.key, key)))
      .returning({ key: pluginKv.key });
    return deleted.length > 0;
  }
}
