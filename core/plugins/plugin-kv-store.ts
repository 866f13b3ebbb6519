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

  async set(plugin: string, key: string, value: string): Promise<void> {
    await this.db
      .insert(pluginKv)
      .values({ plugin, key, value })
      .onConflictDoUpdate({ target: [pluginKv.plugin, pluginKv.key], set: { value, updatedAt: sql`now()` } });
  }

  async delete(plugin: string, key: string): Promise<boolean> {
    const deleted = await this.db
      .delete(pluginKv)
      .where(and(eq(pluginKv.plugin, plugin), eq(pluginKv.key, key)))
      .returning({ key: pluginKv.key });
    return deleted.length > 0;
  }
}
