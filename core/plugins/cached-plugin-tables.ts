// Plugin table reads served from memory while nothing has written the table since. Plugins read
// the same few rows on every command (the messaging plugin looks its channel up on every line), and
// a read that waits on the database holds the plugin instance meanwhile. Only the plugin's own
// db_exec writes its tables while the server runs, and every write goes through here, so a
// per-table generation tells a cached answer from a stale one; migrations run before a plugin
// starts, which clears the cache.
import type { PluginTable } from './plugin-schema.js';
import type { PluginTablesPort, Row, SelectQuery } from './plugin-tables.js';

/** Answers kept at most (oldest dropped first), and the largest answer worth keeping. */
const MAX_ENTRIES = 2000;
const MAX_CACHED_ROWS = 200;

interface CachedAnswer {
  generation: number;
  rows: Row[];
}

export class CachedPluginTables implements PluginTablesPort {
  private readonly answers = new Map<string, CachedAnswer>();
  private readonly generations = new Map<string, number>();
  private readonly writesInFlight = new Map<string, number>();

  constructor(private readonly inner: PluginTablesPort) {}

  /** Forgets every cached answer (a plugin is starting, maybe after a migration). */
  forgetCachedReads(): void {
    this.answers.clear();
    for (const table of this.generations.keys()) this.bump(table);
  }

  peek(table: PluginTable, query: SelectQuery): Row[] | undefined {
    const cached = this.answers.get(answerKey(table, query));
    return cached?.generation === this.generationOf(table.sqlName) ? cloneRows(cached.rows) : undefined;
  }

  async select(table: PluginTable, query: SelectQuery): Promise<Row[]> {
    const known = this.peek(table, query);
    if (known) return known;
    const key = answerKey(table, query);
    const generation = this.generationOf(table.sqlName);
    const rows = await this.inner.select(table, query);
    // Only an answer no write could have overlapped describes the table as it is now.
    if (this.generationOf(table.sqlName) === generation && !this.writesInFlight.get(table.sqlName) && rows.length <= MAX_CACHED_ROWS) {
      this.answers.delete(key);
      this.answers.set(key, { generation, rows: cloneRows(rows) });
      if (this.answers.size > MAX_ENTRIES) this.answers.delete(this.answers.keys().next().value!);
    }
    return rows;
  }

  insert(table: PluginTable, values: Row): Promise<Row> {
    return this.write(table, () => this.inner.insert(table, values));
  }

  upsert(table: PluginTable, values: Row): Promise<{ before: Row | null; after: Row }> {
    return this.write(table, () => this.inner.upsert(table, values));
  }

  update(table: PluginTable, where: Row, values: Row): Promise<{ before: Row[]; after: Row[] }> {
    return this.write(table, () => this.inner.update(table, where, values));
  }

  delete(table: PluginTable, where: Row): Promise<Row[]> {
    return this.write(table, () => this.inner.delete(table, where));
  }

  restore(table: PluginTable, rows: Row[]): Promise<void> {
    return this.write(table, () => this.inner.restore(table, rows));
  }

  removeByKey(table: PluginTable, rows: Row[]): Promise<void> {
    return this.write(table, () => this.inner.removeByKey(table, rows));
  }

  private async write<T>(table: PluginTable, work: () => Promise<T>): Promise<T> {
    const name = table.sqlName;
    this.writesInFlight.set(name, (this.writesInFlight.get(name) ?? 0) + 1);
    this.bump(name);
    try {
      return await work();
    } finally {
      // Failed or not, the table may have changed.
      this.bump(name);
      const left = (this.writesInFlight.get(name) ?? 1) - 1;
      if (left === 0) this.writesInFlight.delete(name);
      else this.writesInFlight.set(name, left);
    }
  }

  private generationOf(table: string): number {
    return this.generations.get(table) ?? 0;
  }

  private bump(table: string): void {
    this.generations.set(table, this.generationOf(table) + 1);
  }
}

function answerKey(table: PluginTable, query: SelectQuery): string {
  return `${table.sqlName}\u0000${JSON.stringify(query)}`;
}

/** Callers may change the rows they get; the cache keeps its own. */
function cloneRows(rows: Row[]): Row[] {
  return rows.map((row) => ({ ...row }));
}
