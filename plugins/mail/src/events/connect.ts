// At login (the core's `connect` event, on the room's stream), a player hears how much mail each
// folder holds, as PennMUSH tells them: `MAIL: 2 messages in folder 0 [inbox] (1 unread, 0
// cleared).` A player without mail hears nothing. Mail that came in meanwhile is taken into the
// inbox's list here, once, so the player's first commands need not read it.
import { GameEvent, log, notHandled, send } from '../../../pdk';
import { folderSummaries, inboxWarning } from '../folder-summary';
import { FolderRow, folderRows } from '../folders-table';
import { CATCH_UP_ALL } from '../limits';
import { Mailbox, mailboxOf } from '../mailboxes-table';
import { openFolder } from '../open-folder';

export function on_connect(): i32 {
  const event = GameEvent.read();
  if (!event.byCharacter) return notHandled();
  const player = I64.parseInt(event.actorId);
  if (player <= 0) return notHandled();
  const mailbox = mailboxOf(player);
  // Most logins are by players who never had mail: one short read, and nothing more.
  if (!mailbox.ok || !mailbox.value!.stored) return notHandled();
  const folders = folderRows(player);
  if (!folders.ok) return notHandled();
  const rows = folders.value!;
  catchUpInbox(mailbox.value!, rows);
  const lines = folderSummaries(mailbox.value!, rows);
  if (lines.length == 0) return notHandled();
  const warning = inboxWarning(mailbox.value!);
  if (warning.length > 0) lines.push(warning);
  send(player, lines.join('\n'));
  return notHandled();
}

// Takes new arrivals into the inbox's stored list (and its row into `rows`), when there are any.
function catchUpInbox(mailbox: Mailbox, rows: FolderRow[]): void {
  let stored = 0;
  let at = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].folder == 0) {
      at = i;
      stored = rows[i].entries.length;
    }
  }
  if (stored == mailbox.inbox) return;
  const inbox = openFolder(mailbox, 0, CATCH_UP_ALL);
  if (!inbox.ok) return;
  const saved = inbox.value!.save();
  if (saved.length > 0) log('warn', 'could not store the inbox of #' + mailbox.owner.toString() + ': ' + saved);
  const row = new FolderRow(0, at >= 0 ? rows[at].name : '', inbox.value!.entries, '');
  if (at >= 0) rows[at] = row;
  else rows.unshift(row);
}
