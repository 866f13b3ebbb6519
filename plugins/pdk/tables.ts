// The plugin's own tables (declared in its manifest under schema.tables). Rows come back as
// `reply.objects('rows')`; `whereJson` and `valuesJson` are JSON objects, e.g. from JsonWriter:
//   dbQuery('channels', new JsonWriter().str('name', 'public').end())
import { callHost, HostReply } from './host-reply';
import * as host from './host-imports';
import { jsonQuote, JsonWriter } from './json-writer';

/** Rows whose columns equal `whereJson`'s values, ordered by `orderBy` (`-` first for descending). */
export function dbQuery(table: string, whereJson: string = '{}', orderBy: string = '', limit: i32 = 100): HostReply {
  const writer = new JsonWriter().str('table', table).raw('where', whereJson).int('limit', limit);
  if (orderBy.length > 0) {
    const descending = orderBy.startsWith('-');
    const column = descending ? orderBy.slice(1) : orderBy;
    writer.raw('order_by', '[{"column":' + jsonQuote(column) + ',"desc":' + (descending ? 'true' : 'false') + '}]');
  }
  return callHost(host.db_query, writer.end());
}

/** Inserts a row; the stored row (with any generated `row_id`) is `reply.objects('rows')[0]`. */
export function dbInsert(table: string, valuesJson: string): HostReply {
  return exec('insert', table, valuesJson, '{}');
}

/** Inserts a row, or replaces the row with the same primary key. */
export function dbUpsert(table: string, valuesJson: string): HostReply {
  return exec('upsert', table, valuesJson, '{}');
}

/** Changes the rows matching `whereJson`; `reply.int('count')` says how many. */
export function dbUpdate(table: string, whereJson: string, valuesJson: string): HostReply {
  return exec('update', table, valuesJson, whereJson);
}

/** Deletes the rows matching `whereJson`; `reply.int('count')` says how many. */
export function dbDelete(table: string, whereJson: string): HostReply {
  return exec('delete', table, '{}', whereJson);
}

function exec(op: string, table: string, valuesJson: string, whereJson: string): HostReply {
  return callHost(host.db_exec, new JsonWriter().str('op', op).str('table', table).raw('values', valuesJson).raw('where', whereJson).end());
}
