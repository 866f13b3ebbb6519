// How much mail each folder holds, in PennMUSH's words, from the folders' lists alone (no message
// is read): shown at login and by @mail/folder.
import { FolderRow, shownName } from './folders-table';
import { mailboxLimit } from './limits';
import { Mailbox } from './mailboxes-table';

/** `MAIL: 3 messages in folder 0 [inbox] (2 unread, 0 cleared).` for each folder with mail. */
export function folderSummaries(mailbox: Mailbox, rows: FolderRow[]): string[] {
  const lines: string[] = [];
  for (let f = 0; f < rows.length; f++) {
    const row = rows[f];
    let unread = 0;
    let cleared = 0;
    for (let i = 0; i < row.entries.length; i++) {
      if (!row.entries[i].read) unread++;
      if (row.entries[i].cleared) cleared++;
    }
    let total = row.entries.length;
    // New arrivals the inbox's list has not taken in yet: unread, and not cleared.
    if (row.folder == 0 && mailbox.inbox > total) {
      unread += mailbox.inbox - total;
      total = mailbox.inbox;
    }
    if (total == 0) continue;
    lines.push(line(total, row.folder, shownName(row.folder, row.name), unread, cleared));
  }
  // Mail can arrive before the inbox has a row of its own.
  if (mailbox.inbox > 0 && !hasFolder(rows, 0)) lines.unshift(line(mailbox.inbox, 0, shownName(0, ''), mailbox.inbox, 0));
  return lines;
}

/** PennMUSH's warning when the inbox is within five messages of full, or ''. */
export function inboxWarning(mailbox: Mailbox): string {
  const limit = mailboxLimit();
  return mailbox.inbox > 0 && mailbox.inbox + 5 > limit ? 'MAIL: Warning! Limit on inbox messages is ' + limit.toString() + '!' : '';
}

function line(total: i32, folder: i32, name: string, unread: i32, cleared: i32): string {
  return 'MAIL: ' + total.toString() + (total == 1 ? ' message' : ' messages') + ' in folder ' + folder.toString() + ' [' + name + '] (' + unread.toString() + ' unread, ' + cleared.toString() + ' cleared).';
}

function hasFolder(rows: FolderRow[], folder: i32): bool {
  for (let i = 0; i < rows.length; i++) if (rows[i].folder == folder) return true;
  return false;
}
