// db_query and db_exec: a plugin reads and writes the tables its own manifest declares, and no
// others. Requests are structured (table, where, values), never SQL, so there is nothing to
// inject; every column and value is checked against the manifest. Writes record how to undo
// themselves, so a call that fails afterwards leaves the tables as it found them. Each write, and
// each read memory cannot answer, pauses the call until the database has answered.
import { z } from 'zod';
import { HearthError, RateLimitedError } from '../../errors.js';
import type { ColumnType, PluginTable } from '../plugin-schema.js';
import type { Row } from '../plugin-tables.js';
import { defineHostFunction, type PluginBinding } from './host-function.js';

const MAX_ROWS = 1000;
const columnName = z.string().min(1).max(64);
const values = z.record(columnName, z.unknown());

export const dbQuery = defineHostFunction({
  name: 'db_query',
  input: z.object({
    table: z.string().min(1).max(64),
    where: values.default({}),
    order_by: z.array(z.object({ column: columnName, desc: z.boolean().default(false) })).max(8).default([]),
    limit: z.number().int().min(1).max(MAX_ROWS).default(100),
  }),
  run({ input, binding, wait }) {
    const table = tableOf(binding, input.table);
    const where = checkedValues(table, input.where, 'where');
    for (const { column } of input.order_by) checkColumn(table, column, 'order_by');
    const orderBy = input.order_by.map((entry) => ({ column: entry.column, descending: entry.desc }));
    const query = { where, orderBy, limit: input.limit };
    const { tables } = binding.services;
    // Answered from memory when nothing has written the table since; otherwise one read, waited for.
    const rows = tables.peek?.(table, query) ?? wait(() => guarded('db_query', () => tables.select(table, query)));
    return { rows };
  },
});

export const dbExec = defineHostFunction({
  name: 'db_exec',
  input: z.object({
    op: z.enum(['insert', 'upsert', 'update', 'delete']),
    table: z.string().min(1).max(64),
    values: values.default({}),
    where: values.default({}),
  }),
  run({ input, binding, firstRun, wait }) {
    const table = tableOf(binding, input.table);
    const { tables } = binding.services;
    if (firstRun && !binding.rates.dbWrites.tryTake()) throw new RateLimitedError(binding.plugin, 'table writes', binding.limits.dbWritesPerSecond);
    switch (input.op) {
      case 'insert': {
        const values = writableValues(table, input.values);
        const row = wait(() => guarded('db_exec', () => tables.insert(table, values)), (inserted) => tables.removeByKey(table, [inserted]));
        return { count: 1, rows: [row] };
      }
      case 'upsert': {
        const written = checkedValues(table, input.values, 'values');
        const missing = table.key.find((column) => written[column] === undefined || written[column] === null);
        if (missing) throw new HearthError('E_HOST_CALL_INVALID', `db_exec: upsert into "${table.name}" needs its key column "${missing}" in values.`);
        const { after } = wait(
          () => guarded('db_exec', () => tables.upsert(table, written)),
          ({ before, after: stored }) => (before ? tables.restore(table, [before]) : tables.removeByKey(table, [stored])),
        );
        return { count: 1, rows: [after] };
      }
      case 'update': {
        const changes = writableValues(table, input.values);
        if (Object.keys(changes).length === 0) throw new HearthError('E_HOST_CALL_INVALID', 'db_exec: update needs at least one column in values.');
        const where = checkedValues(table, input.where, 'where');
        const { after } = wait(
          () => guarded('db_exec', () => tables.update(table, where, changes)),
          ({ before }) => tables.restore(table, before),
        );
        return { count: after.length, rows: after };
      }
      case 'delete': {
        const where = checkedValues(table, input.where, 'where');
        const removed = wait(
          () => guarded('db_exec', () => tables.delete(table, where)),
          (rows) => tables.restore(table, rows),
        );
        return { count: removed.length };
      }
    }
  },
});

function tableOf(binding: PluginBinding, name: string): PluginTable {
  const table = binding.tables.get(name);
  if (table) return table;
  const declared = [...binding.tables.keys()];
  const known = declared.length > 0 ? ` Its tables: ${declared.join(', ')}.` : ' It declares none (manifest schema.tables).';
  throw new HearthError('E_TABLE_UNKNOWN', `Plugin "${binding.plugin}" has no table "${name.slice(0, 64)}"; a plugin may use only the tables its manifest declares.${known}`);
}

function checkColumn(table: PluginTable, column: string, field: string): void {
  if (!table.columns.has(column)) {
    throw new HearthError('E_HOST_CALL_INVALID', `${field}: table "${table.name}" has no column "${column.slice(0, 64)}"; it has ${[...table.columns.keys()].join(', ')}.`);
  }
}

/** Values for insert and update: declared columns only, and never the generated key. */
function writableValues(table: PluginTable, input: Row): Row {
  const checked = checkedValues(table, input, 'values');
  for (const column of Object.keys(checked)) {
    if (table.columns.get(column)!.generated) throw new HearthError('E_HOST_CALL_INVALID', `values: "${column}" is set by Hearth; leave it out.`);
  }
  return checked;
}

function checkedValues(table: PluginTable, input: Row, field: string): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(input)) {
    checkColumn(table, column, field);
    const spec = table.columns.get(column)!;
    if (value === null) {
      if (field === 'values' && !spec.nullable) throw new HearthError('E_HOST_CALL_INVALID', `values: "${column}" may not be null.`);
      out[column] = null;
      continue;
    }
    if (!fitsType(spec.type, value)) throw new HearthError('E_HOST_CALL_INVALID', `${field}: "${column}" must be ${describeType(spec.type)}.`);
    out[column] = value;
  }
  return out;
}

function fitsType(type: ColumnType, value: unknown): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647;
    case 'bigint':
      return Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamptz':
      return typeof value === 'string' && value.length <= 64 && !Number.isNaN(Date.parse(value));
    case 'jsonb':
      return true;
  }
}

const TYPE_DESCRIPTIONS: Record<ColumnType, string> = {
  text: 'text',
  integer: 'a 32-bit integer',
  bigint: 'a whole number',
  boolean: 'true or false',
  timestamptz: 'an ISO 8601 timestamp',
  jsonb: 'JSON',
};

function describeType(type: ColumnType): string {
  return TYPE_DESCRIPTIONS[type];
}

/** Database refusals (a duplicate key, a missing value) become errors the plugin can act on. */
async function guarded<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = sqlStateOf(error);
    if (code !== undefined && /^23/.test(code)) {
      const reason = code === '23505' ? 'a row with that key already exists' : code === '23502' ? 'a column that may not be empty got no value' : 'a table rule refused it';
      throw new HearthError('E_TABLE_CONSTRAINT', `${name}: ${reason}.`, { cause: error });
    }
    throw error;
  }
}

/** The SQLSTATE of a database error, which drizzle may wrap as the `cause` of its own error. */
export function sqlStateOf(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
