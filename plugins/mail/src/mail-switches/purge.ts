// @mail/purge: removes every cleared message, in every folder, for good: two statements for the
// messages and their texts, then each folder's list without them.
import { Actor, fail, reply } from '../../../pdk';
import { Entry, encodeEntries } from '../folder-index';
import { folderRows, saveEntries } from '../folders-table';
import { mailboxOf, saveInbox } from '../mailboxes-table';
import { deleteCleared } from '../message-state';

export function purgeMail(actor: Actor): i32 {
  const mailbox = mailboxOf(actor.id);
  if (!mailbox.ok) return fail(mailbox.error);
  const folders = folderRows(actor.id);
  if (!folders.ok) return fail(folders.error);
  const deleted = deleteCleared(actor.id);
  if (deleted.length > 0) return fail(deleted);
  const rows = folders.value!;
  for (let f = 0; f < rows.length; f++) {
    const kept: Entry[] = [];
    for (let i = 0; i < rows[f].entries.length; i++) if (!rows[f].entries[i].cleared) kept.push(rows[f].entries[i]);
    const removed = rows[f].entries.length - kept.length;
    if (removed == 0) continue;
    const saved = saveEntries(actor.id, rows[f].folder, encodeEntries(kept));
    if (saved.length > 0) return fail(saved);
    // New arrivals the inbox's list has not taken in are never cleared, so they stay counted.
    if (rows[f].folder == 0) {
      const counted = saveInbox(actor.id, mailbox.value!.inbox - removed);
      if (counted.length > 0) return fail(counted);
    }
  }
  return reply('MAIL: Mailbox purged.');
}
