// Changing where a message is and whether it is cleared. Both tables carry the folder and the
// cleared mark (so a whole folder, or a purge, is one statement each), and every change here writes
// both, without reading the rows back (brief-writes.ts). Each statement names the owner, so it
// can only ever touch the owner's own mail.
import { JsonWriter } from '../../pdk';
import { deleteBriefly, updateBriefly } from './brief-writes';

/** Sets message `id`'s cleared mark; '' or the error. */
export function setCleared(owner: i64, id: i64, cleared: bool): string {
  return changeMessage(owner, id, new JsonWriter().bool('cleared', cleared).end());
}

/** Moves message `id` to `folder`, uncleared (PennMUSH's @mail/file); '' or the error. */
export function moveMessage(owner: i64, id: i64, folder: i32): string {
  return changeMessage(owner, id, new JsonWriter().int('folder', folder).bool('cleared', false).end());
}

/** Sets the cleared mark of every message in one of `owner`'s folders; '' or the error. */
export function setFolderCleared(owner: i64, folder: i32, cleared: bool): string {
  const where = new JsonWriter().int('owner', owner).int('folder', folder).end();
  const values = new JsonWriter().bool('cleared', cleared).end();
  const messages = updateBriefly('messages', where, values);
  return messages.length > 0 ? messages : updateBriefly('bodies', where, values);
}

/** Deletes every cleared message of `owner`'s, in every folder; '' or the error. */
export function deleteCleared(owner: i64): string {
  const where = new JsonWriter().int('owner', owner).bool('cleared', true).end();
  const messages = deleteBriefly('messages', where);
  return messages.length > 0 ? messages : deleteBriefly('bodies', where);
}

function changeMessage(owner: i64, id: i64, values: string): string {
  const messages = updateBriefly('messages', new JsonWriter().int('row_id', id).int('owner', owner).end(), values);
  return messages.length > 0 ? messages : updateBriefly('bodies', new JsonWriter().int('message', id).int('owner', owner).end(), values);
}
