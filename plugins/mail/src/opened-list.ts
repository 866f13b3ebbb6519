// The first steps of most @mail commands: the player's mailbox, the <message-list> they typed,
// and the folder it is about, opened. Only the player's own mailbox is ever opened.
import { Actor, Found } from '../../pdk';
import { CATCH_UP } from './limits';
import { Mailbox, mailboxOf } from './mailboxes-table';
import { MessageList, parseMessageList } from './message-list';
import { OpenFolder, openFolder } from './open-folder';
import { Picked, pick } from './picked';

export class OpenedList {
  constructor(
    public list: MessageList,
    public folder: OpenFolder,
    public picked: Picked[],
  ) {}

  get mailbox(): Mailbox {
    return this.folder.mailbox;
  }
}

/** The list `typed`, and its folder opened with `catchUp` (see openFolder). */
export function openList(actor: Actor, typed: string, catchUp: i32 = CATCH_UP): Found<OpenedList> {
  const list = parseMessageList(typed);
  if (!list.ok) return new Found<OpenedList>(null, '', list.error);
  const mailbox = mailboxOf(actor.id);
  if (!mailbox.ok) return mailbox.refusal<OpenedList>();
  const folder = openFolder(mailbox.value!, list.folderFor(mailbox.value!.folder), catchUp);
  if (!folder.ok) return folder.refusal<OpenedList>();
  return new Found<OpenedList>(new OpenedList(list, folder.value!, pick(folder.value!, list)), '', '');
}
