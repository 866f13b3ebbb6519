// Reading and writing a plugin's own tables in the database. Host functions check names and
// values against the manifest before they reach here; every statement is built from quoted
// identifiers and bound parameters, never from text a plugin wrote.
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import type { ColumnType, PluginTable } from './plugin-schema.js';

export type Row = Record<string, unknown>;

export interface SelectQuery {
  /** Column equals value (null: is null), all of them. */
  where: Row;
  orderBy: Array<{ column: string; descending: boolean }>;
  limit: number;
}

export interface PluginTablesPort {
  /** The answer to a query when it is known without asking the database (undefined otherwise). */
  peek?(table: PluginTable, query: SelectQuery): Row[] | undefined;
  select(table: PluginTable, query: SelectQuery): Promise<Row[]>;
  insert(table: PluginTable, values: Row): Promise<Row>;
  /** Inserts, or replaces the row with the same key; `before` is the replaced row. */
  upsert(table: PluginTable, values: Row): Promise<{ before: Row | null; after: Row }>;
  update(table: PluginTable, where: Row, values: Row): Promise<{ before: Row[]; after: Row[] }>;
  delete(table: PluginTable, where: Row): Promise<Row[]>;
  /** Puts whole rows back by key (undoing an update, upsert or delete). */
  restore(table: PluginTable, rows: Row[]): Promise<void>;
  /** Deletes rows by key (undoing an insert). */
  removeByKey(table: PluginTable, rows: Row[]): Promise<void>;
  /** Drops remembered answers, if any are kept (a plugin starts, maybe after a migration). */
  forgetCachedReads?(): void;
}

export class SqlPluginTables implements PluginTablesPort {
  constructor(private readonly db: Database) {}

  async select(table: PluginTable, query: SelectQuery): Promise<Row[]> {
    const order =
      query.orderBy.length > 0
        ? sql` order by ${sql.join(
            query.orderBy.map(({ column, descending }) => sql`${sql.identifier(column)} ${sql.raw(descending ? 'desc' : 'asc')}`),
            sql`, `,
          )}`
        : sql``;
    return this.rows(table, sql`select * from ${sql.identifier(table.sqlName)}${whereClause(table, query.where)}${order} limit ${query.limit}`);
  }

  async insert(table: PluginTable, values: Row): Promise<Row> {
    const [row] = await this.rows(table, insertStatement(table, values, sql``));
    return row!;
  }

  async upsert(table: PluginTable, values: Row): Promise<{ before: Row | null; after: Row }> {
    const key = Object.fromEntries(table.key.map((column) => [column, values[column] ?? null]));
    const [before] = await this.select(table, { where: key, orderBy: [], limit: 1 });
    const updates = Object.keys(values).filter((column) => !table.key.includes(column));
    const onConflict =
      updates.length > 0
        ? sql` on conflict (${keyList(table)}) do update set ${sql.join(
            updates.map((column) => sql`${sql.identifier(column)} = excluded.${sql.identifier(column)}`),
            sql`, `,
          )}`
        : sql` on conflict (${keyList(table)}) do nothing`;
    const [after] = await this.rows(table, insertStatement(table, values, onConflict));
    return { before: before ?? null, after: after ?? before! };
  }

  async update(table: PluginTable, where: Row, values: Row): Promise<{ before: Row[]; after: Row[] }> {
    const before = await this.rows(table, sql`select * from ${sql.identifier(table.sqlName)}${whereClause(table, where)}`);
    const assignments = sql.join(
      Object.entries(values).map(([column, value]) => sql`${sql.identifier(column)} = ${parameter(typeOf(table, column), value)}`),
      sql`, `,
    );
    const after = await this.rows(table, sql`update ${sql.identifier(table.sqlName)} set ${assignments}${whereClause(table, where)} returning *`);
    return { before, after };
  }

  delete(table: PluginTable, where: Row): Promise<Row[]> {
    return this.rows(table, sql`delete from ${sql.identifier(table.sqlName)}${whereClause(table, where)} returning *`);
  }

  async restore(table: PluginTable, rows: Row[]): Promise<void> {
    for (const row of rows) await this.upsert(table, row);
  }

  async removeByKey(table: PluginTable, rows: Row[]): Promise<void> {
    for (const row of rows) {
      await this.delete(table, Object.fromEntries(table.key.map((column) => [column, row[column] ?? null])));
    }
  }

  private async rows(table: PluginTable, statement: SQL): Promise<Row[]> {
    const result = (await this.db.execute(statement)) as unknown as { rows: Row[] };
    return result.rows.map((row) => normalizeRow(table, row));
  }
}

function insertStatement(table: PluginTable, values: Row, onConflict: SQL): SQL {
  const columns = Object.keys(values);
  if (columns.length === 0) return sql`insert into ${sql.identifier(table.sqlName)} default values${onConflict} returning *`;
  return sql`insert into ${sql.identifier(table.sqlName)} (${sql.join(
    columns.map((column) => sql.identifier(column)),
    sql`, `,
  )}) values (${sql.join(
    columns.map((column) => parameter(typeOf(table, column), values[column])),
    sql`, `,
  )})${onConflict} returning *`;
}

function whereClause(table: PluginTable, where: Row): SQL {
  const conditions = Object.entries(where).map(([column, value]) =>
    value === null ? sql`${sql.identifier(column)} is null` : sql`${sql.identifier(column)} = ${parameter(typeOf(table, column), value)}`,
  );
  return conditions.length > 0 ? sql` where ${sql.join(conditions, sql` and `)}` : sql``;
}

function keyList(table: PluginTable): SQL {
  return sql.join(
    table.key.map((column) => sql.identifier(column)),
    sql`, `,
  );
}

function typeOf(table: PluginTable, column: string): ColumnType {
  return table.columns.get(column)!.type;
}

/** A bound parameter cast to the column's type, so both drivers see the same thing. */
function parameter(type: ColumnType, value: unknown): SQL {
  if (value === null || value === undefined) return sql`null`;
  switch (type) {
    case 'jsonb':
      return sql`${JSON.stringify(value)}::jsonb`;
    case 'timestamptz':
      return sql`${String(value)}::timestamptz`;
    case 'bigint':
      return sql`${String(value)}::bigint`;
    case 'integer':
      return sql`${String(value)}::integer`;
    case 'boolean':
      return sql`${value === true}::boolean`;
    case 'text':
      return sql`${String(value)}::text`;
  }
}

/** Rows as plain JSON: timestamps as ISO text, 64-bit integers as numbers, whichever driver read them. */
function normalizeRow(table: PluginTable, row: Row): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    const type = table.columns.get(column)?.type;
    if (value instanceof Date) out[column] = value.toISOString();
    else if (type === 'timestamptz' && typeof value === 'string') out[column] = new Date(value).toISOString();
    else if (type === 'bigint' && (typeof value === 'string' || typeof value === 'bigint')) out[column] = Number(value);
    else if (type === 'jsonb' && typeof value === 'string') out[column] = parseJson(value);
    else out[column] = value;
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
