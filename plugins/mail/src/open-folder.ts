// A folder opened for a command: every message in it, in order, with its marks. Sending to a
// player only counts the new message in their mailbox row (a short write), so folder 0's stored
// list may lack the newest arrivals; opening the inbox reads just those and adds them. Should the
// list and the messages ever disagree, opening (or listing) rebuilds it from the messages.
import { Found } from '../../pdk';
import { CATCH_UP } from './limits';
import { Entry, encodeEntries, indexOfId } from './folder-index';
import { folderRow, saveEntries, shownName } from './folders-table';
import { Mailbox, saveInbox } from './mailboxes-table';
import { Header, headersIn, newestIn } from './messages-table';

export class OpenFolder {
  constructor(
    public mailbox: Mailbox,
    public number: i32,
    public name: string,
    public entries: Entry[],
    /** The list as stored, to tell whether it needs saving. */
    private stored: string,
  ) {}

  get owner(): i64 {
    return this.mailbox.owner;
  }

  /** `0 [inbox]`, as PennMUSH names folders in its messages. */
  get label(): string {
    return this.number.toString() + ' [' + shownName(this.number, this.name) + ']';
  }

  /**
   * Stores the list if it changed, and for the inbox its count too; '' or the error. Commands
   * call it after their changes (and listing after a repair), so nothing is written needlessly.
   */
  save(): string {
    const current = encodeEntries(this.entries);
    if (current != this.stored) {
      const error = saveEntries(this.owner, this.number, current);
      if (error.length > 0) return error;
      this.stored = current;
    }
    if (this.number == 0 && this.mailbox.inbox != this.entries.length) {
      const error = saveInbox(this.owner, this.entries.length);
      if (error.length > 0) return error;
      this.mailbox.inbox = this.entries.length;
    }
    return '';
  }

  /** Makes the list what the messages say (`headers`, oldest first), keeping read marks. */
  rebuild(headers: Header[]): void {
    const entries: Entry[] = [];
    for (let i = 0; i < headers.length; i++) {
      const known = indexOfId(this.entries, headers[i].id);
      entries.push(new Entry(headers[i].id, known >= 0 && this.entries[known].read, headers[i].cleared));
    }
    this.entries = entries;
  }

  /** Whether the list names exactly these messages, in this order. */
  matches(headers: Header[]): bool {
    if (headers.length != this.entries.length) return false;
    for (let i = 0; i < headers.length; i++) if (headers[i].id != this.entries[i].id || headers[i].cleared != this.entries[i].cleared) return false;
    return true;
  }
}

export const LIST_FIRST = 'MAIL: Much has come into your inbox since it was last listed. List it with @mail first, then try again.';

/**
 * Folder `number` of `mailbox`'s owner, complete. Up to `catchUp` new arrivals (or messages, when
 * the list must be rebuilt) are read to make it so; beyond that the player is asked to list the
 * folder first. A `catchUp` of 0 opens the list as stored, for a caller that reads every message
 * in the folder anyway (@mail) and rebuilds the list from them.
 */
export function openFolder(mailbox: Mailbox, number: i32, catchUp: i32 = CATCH_UP): Found<OpenFolder> {
  const row = folderRow(mailbox.owner, number);
  if (!row.ok) return row.refusal<OpenFolder>();
  const folder = new OpenFolder(mailbox, number, row.value!.name, row.value!.entries, row.value!.stored);
  if (number != 0) return opened(folder);
  const missing = mailbox.inbox - folder.entries.length;
  if (missing == 0 || catchUp == 0) return opened(folder);
  if (missing > 0 && missing <= catchUp) {
    const newest = newestIn(mailbox.owner, 0, missing);
    if (!newest.ok) return newest.refusal<OpenFolder>();
    if (addArrivals(folder, newest.value!, missing)) return opened(folder);
  }
  // The count and the list disagree beyond new arrivals: the messages themselves decide.
  if (max(mailbox.inbox, folder.entries.length) > catchUp) return new Found<OpenFolder>(null, '', LIST_FIRST);
  const headers = headersIn(mailbox.owner, 0);
  if (!headers.ok) return headers.refusal<OpenFolder>();
  folder.rebuild(headers.value!);
  return opened(folder);
}

function opened(folder: OpenFolder): Found<OpenFolder> {
  return new Found<OpenFolder>(folder, '', '');
}

/** Adds the newest messages (newest first) if they are exactly the ones the list lacks. */
function addArrivals(folder: OpenFolder, newest: Header[], missing: i32): bool {
  if (newest.length != missing) return false;
  const entries = folder.entries;
  const last: i64 = entries.length == 0 ? 0 : entries[entries.length - 1].id;
  for (let i = 0; i < newest.length; i++) {
    if (newest[i].id <= last || indexOfId(entries, newest[i].id) >= 0) return false;
  }
  for (let i = newest.length - 1; i >= 0; i--) entries.push(new Entry(newest[i].id, false, newest[i].cleared));
  return true;
}
