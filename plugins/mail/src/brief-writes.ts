// Table writes whose answer is not read back. The host answers a write with every row it wrote,
// and a bodies row holds a whole message: reading that answer would cost the command as much as
// the text (a whole folder's texts, for a folder-wide change), and again on each of its pauses.
// These read only the start of the answer, which says whether the write worked, and read a
// refusal (always short) in full for its message. Rows that are needed come from dbInsert.
import { Memory } from '@extism/as-pdk';
import { length } from '@extism/as-pdk/lib/env';
import { JSON, JsonWriter, strOf } from '../../pdk';
import * as host from '../../pdk/host-imports';
import { memoryOf } from '../../pdk/host-memory';

// How the host's answer to a write that worked begins.
const SUCCESS = '{"ok":true';

/** Changes the rows of `table` matching `whereJson`; '' or the error. */
export function updateBriefly(table: string, whereJson: string, valuesJson: string): string {
  return writeBriefly('update', table, whereJson, valuesJson);
}

/** Adds a row to `table`; '' or the error. */
export function insertBriefly(table: string, valuesJson: string): string {
  return writeBriefly('insert', table, '{}', valuesJson);
}

/** Deletes the rows of `table` matching `whereJson`; '' or the error. */
export function deleteBriefly(table: string, whereJson: string): string {
  return writeBriefly('delete', table, whereJson, '{}');
}

function writeBriefly(op: string, table: string, whereJson: string, valuesJson: string): string {
  const input = memoryOf(new JsonWriter().str('op', op).str('table', table).raw('values', valuesJson).raw('where', whereJson).end());
  const offset = host.db_exec(input.offset);
  input.free();
  const answer = new Memory(offset, length(offset));
  if (answer.length >= <u64>SUCCESS.length) {
    const head = new Uint8Array(SUCCESS.length);
    answer.load(head);
    if (String.UTF8.decode(head.buffer) == SUCCESS) {
      answer.free();
      return '';
    }
  }
  const parsed = JSON.parseBytes(answer.toUint8Array());
  answer.free();
  if (!parsed.isObj) return 'MAIL: The mail could not be stored; try again.';
  const reply = <JSON.Obj>parsed;
  const ok = reply.getBool('ok');
  if (ok !== null && ok.valueOf()) return '';
  const error = reply.getObj('error');
  const message = error === null ? '' : strOf(error, 'message');
  return message.length > 0 ? message : 'MAIL: The mail could not be stored; try again.';
}
