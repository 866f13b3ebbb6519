// The mailboxes table: each player's current folder, and how many messages their inbox (folder
// 0) holds. Sending reads and bumps that count alone, a short row, rather than the inbox's list:
// it says whether the inbox is full and which number the new message gets.
import { Found, JsonWriter, dbQuery, dbUpsert, intOf } from '../../pdk';

const MAILBOXES = 'mailboxes';

export class Mailbox {
  constructor(
    public owner: i64,
    /** The folder @mail lists and message numbers count in. */
    public folder: i32,
    /** Messages in folder 0, including new ones its list has not taken in yet. */
    public inbox: i32,
    /** Whether the player has a row: anyone who ever received mail has one. */
    public stored: bool = true,
  ) {}
}

/** `owner`'s mailbox; a player who never had mail has an empty one in folder 0. */
export function mailboxOf(owner: i64): Found<Mailbox> {
  const answer = dbQuery(MAILBOXES, new JsonWriter().int('owner', owner).end(), '', 1);
  if (!answer.ok) return new Found<Mailbox>(null, answer.errorCode, answer.errorMessage);
  const rows = answer.objects('rows');
  if (rows.length == 0) return new Found<Mailbox>(new Mailbox(owner, 0, 0, false), '', '');
  return new Found<Mailbox>(new Mailbox(owner, <i32>intOf(rows[0], 'folder'), <i32>intOf(rows[0], 'inbox')), '', '');
}

/** Stores how many messages the inbox holds; '' or the error. */
export function saveInbox(owner: i64, inbox: i32): string {
  const answer = dbUpsert(MAILBOXES, new JsonWriter().int('owner', owner).int('inbox', inbox < 0 ? 0 : inbox).end());
  return answer.ok ? '' : answer.errorMessage;
}

/** Stores the current folder; '' or the error. */
export function saveCurrentFolder(owner: i64, folder: i32): string {
  const answer = dbUpsert(MAILBOXES, new JsonWriter().int('owner', owner).int('folder', folder).end());
  return answer.ok ? '' : answer.errorMessage;
}
