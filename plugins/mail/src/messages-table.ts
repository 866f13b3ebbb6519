// The messages table: one row per message in someone's mailbox, holding what a list shows (who
// sent it, the subject, when) and the folder and cleared mark that whole-folder changes and purges
// select on. A row's row_id is the message's id; players only ever see numbers. Every read names
// the owner as well as the id, so nothing here can reach another player's mail.
import { Actor, E_HOST_REPLY, E_OBJECT_NOT_FOUND, Found, JSON, JsonWriter, boolOf, dbInsert, dbQuery, intOf, strOf } from '../../pdk';

const MESSAGES = 'messages';
/** The most rows one query returns; a folder holds at most this many messages. */
const MAX_ROWS = 1000;

export class Header {
  constructor(
    public id: i64,
    public folder: i32,
    public cleared: bool,
    public sender: i64,
    public senderName: string,
    public subject: string,
    public forwarded: bool,
    /** The text's length in UTF-8 bytes. */
    public size: i32,
    /** ISO time, as the host gives timestamps. */
    public sentAt: string,
  ) {}

  static read(row: JSON.Obj): Header {
    return new Header(
      intOf(row, 'row_id'),
      <i32>intOf(row, 'folder'),
      boolOf(row, 'cleared'),
      intOf(row, 'sender'),
      strOf(row, 'sender_name'),
      strOf(row, 'subject'),
      boolOf(row, 'forwarded'),
      <i32>intOf(row, 'size'),
      strOf(row, 'sent_at'),
    );
  }
}

/** Said when a folder's list names a message that is no longer there (it heals at the next @mail). */
export const MESSAGE_GONE = 'MAIL: That message is gone. List your mail with @mail and try again.';

/** The message `id` in `owner`'s mailbox. */
export function headerOf(owner: i64, id: i64): Found<Header> {
  const answer = dbQuery(MESSAGES, new JsonWriter().int('row_id', id).int('owner', owner).end(), '', 1);
  if (!answer.ok) return new Found<Header>(null, answer.errorCode, answer.errorMessage);
  const rows = answer.objects('rows');
  if (rows.length == 0) return new Found<Header>(null, E_OBJECT_NOT_FOUND, MESSAGE_GONE);
  return found<Header>(Header.read(rows[0]));
}

/** Every message in one of `owner`'s folders, oldest first. */
export function headersIn(owner: i64, folder: i32): Found<Header[]> {
  return headersWhere(owner, folder, 'row_id', MAX_ROWS);
}

/** The newest `count` messages in one of `owner`'s folders, newest first. */
export function newestIn(owner: i64, folder: i32, count: i32): Found<Header[]> {
  return headersWhere(owner, folder, '-row_id', count);
}

/** A new message in `owner`'s inbox from `sender`, as stored (with its id). */
export function insertHeader(owner: i64, sender: Actor, subject: string, size: i32, forwarded: bool): Found<Header> {
  const values = new JsonWriter().int('owner', owner).int('sender', sender.id).str('sender_name', sender.name).str('subject', subject).int('size', size).bool('forwarded', forwarded).end();
  const answer = dbInsert(MESSAGES, values);
  if (!answer.ok) return new Found<Header>(null, answer.errorCode, answer.errorMessage);
  const rows = answer.objects('rows');
  if (rows.length == 0) return new Found<Header>(null, E_HOST_REPLY, 'MAIL: The message could not be stored; try again.');
  return found<Header>(Header.read(rows[0]));
}

function headersWhere(owner: i64, folder: i32, order: string, limit: i32): Found<Header[]> {
  const answer = dbQuery(MESSAGES, new JsonWriter().int('owner', owner).int('folder', folder).end(), order, limit);
  if (!answer.ok) return new Found<Header[]>(null, answer.errorCode, answer.errorMessage);
  const rows = answer.objects('rows');
  const headers: Header[] = [];
  for (let i = 0; i < rows.length; i++) headers.push(Header.read(rows[i]));
  return found<Header[]>(headers);
}

function found<T>(value: T): Found<T> {
  return new Found<T>(value, '', '');
}
