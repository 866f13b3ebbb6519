// @mail/folder: with nothing more, how much mail each folder holds and which is current; with a
// folder, makes it current; with <folder>=<name>, names it. @mail/unfolder takes a name off.
import { Actor, fail, reply } from '../../../pdk';
import { WHAT_FOLDER, folderNameProblem, folderNamed, nameOf } from '../folder-names';
import { folderSummaries, inboxWarning } from '../folder-summary';
import { FolderRow, folderRows, saveName, shownName } from '../folders-table';
import { Mailbox, mailboxOf, saveCurrentFolder } from '../mailboxes-table';

export function folderCommand(actor: Actor, typedFolder: string, name: string, naming: bool): i32 {
  const mailbox = mailboxOf(actor.id);
  if (!mailbox.ok) return fail(mailbox.error);
  const folders = folderRows(actor.id);
  if (!folders.ok) return fail(folders.error);
  const rows = folders.value!;
  if (typedFolder.length == 0) {
    if (naming) return fail(WHAT_FOLDER);
    return reply(overview(mailbox.value!, rows));
  }
  const folder = folderNamed(typedFolder, rows);
  if (folder < 0) return fail(WHAT_FOLDER);
  if (naming) {
    if (name.length == 0) return fail('MAIL: What name? Use @mail/folder <folder>=<name>, or @mail/unfolder <folder> to take a name off.');
    const problem = folderNameProblem(name);
    if (problem.length > 0) return fail(problem);
    const error = saveName(actor.id, folder, name);
    if (error.length > 0) return fail(error);
    return reply('MAIL: Folder ' + folder.toString() + " now named '" + name + "'");
  }
  const error = saveCurrentFolder(actor.id, folder);
  if (error.length > 0) return fail(error);
  return reply('MAIL: Current folder set to ' + folder.toString() + ' [' + shownName(folder, nameOf(folder, rows)) + '].');
}

export function unfolderCommand(actor: Actor, typedFolder: string): i32 {
  if (typedFolder.length == 0) return fail('MAIL: You must specify a folder name or number');
  const folders = folderRows(actor.id);
  if (!folders.ok) return fail(folders.error);
  const folder = folderNamed(typedFolder, folders.value!);
  if (folder < 0) return fail(WHAT_FOLDER);
  const error = saveName(actor.id, folder, '');
  if (error.length > 0) return fail(error);
  return reply('MAIL: Folder ' + folder.toString() + ' now has no name');
}

function overview(mailbox: Mailbox, rows: FolderRow[]): string {
  const lines = folderSummaries(mailbox, rows);
  const warning = inboxWarning(mailbox);
  if (warning.length > 0) lines.push(warning);
  lines.push('MAIL: Current folder is ' + mailbox.folder.toString() + ' [' + shownName(mailbox.folder, nameOf(mailbox.folder, rows)) + '].');
  return lines.join('\n');
}
