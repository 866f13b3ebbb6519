// @mail/file <message-list>=<folder>: moves messages to another folder, where they keep the order
// they arrived in, and takes any cleared mark off (as PennMUSH does). A folder holds as many
// messages as an inbox may.
import { Actor, fail, reply } from '../../../pdk';
import { Entry, indexOfId, insertInOrder } from '../folder-index';
import { WHAT_FOLDER, folderNamed } from '../folder-names';
import { folderRows } from '../folders-table';
import { MAX_FILED, mailboxLimit } from '../limits';
import { moveMessage, setCleared } from '../message-state';
import { openFolder } from '../open-folder';
import { openList } from '../opened-list';
import { messageLabel } from '../picked';

export function fileMail(actor: Actor, typedList: string, typedFolder: string): i32 {
  if (typedFolder.length == 0) return fail('MAIL: File them where? Use @mail/file <message-list>=<folder>.');
  const opened = openList(actor, typedList);
  if (!opened.ok) return fail(opened.error);
  const source = opened.value!.folder;
  const picked = opened.value!.picked;
  const folders = folderRows(actor.id);
  if (!folders.ok) return fail(folders.error);
  const target = folderNamed(typedFolder, folders.value!);
  if (target < 0) return fail(WHAT_FOLDER);
  if (picked.length == 0) return fail("MAIL: You don't have any matching messages!");
  if (picked.length > MAX_FILED) {
    return fail('MAIL: That names ' + picked.length.toString() + ' messages; file at most ' + MAX_FILED.toString() + ' at a time.');
  }
  let destination = source;
  if (target != source.number) {
    const other = openFolder(opened.value!.mailbox, target);
    if (!other.ok) return fail(other.error);
    destination = other.value!;
  }
  const limit = mailboxLimit();
  if (destination !== source && destination.entries.length + picked.length > limit) {
    return fail('MAIL: Folder ' + destination.label + ' is full; a folder holds at most ' + limit.toString() + ' messages.');
  }

  const lines: string[] = [];
  for (let i = 0; i < picked.length; i++) {
    const entry = picked[i].entry;
    lines.push('MAIL: Msg ' + messageLabel(source, picked[i]) + ' filed in folder ' + destination.label);
    if (destination === source) {
      if (!entry.cleared) continue;
      const error = setCleared(actor.id, entry.id, false);
      if (error.length > 0) return fail(error);
      entry.cleared = false;
      continue;
    }
    const error = moveMessage(actor.id, entry.id, target);
    if (error.length > 0) return fail(error);
    source.entries.splice(indexOfId(source.entries, entry.id), 1);
    insertInOrder(destination.entries, new Entry(entry.id, entry.read, false));
  }
  const saved = source.save();
  if (saved.length > 0) return fail(saved);
  if (destination !== source) {
    const savedDestination = destination.save();
    if (savedDestination.length > 0) return fail(savedDestination);
  }
  return reply(lines.join('\n'));
}
