// The bodies table: the text of each message in someone's mailbox, apart from the messages table
// so that listing a folder never reads the texts. A copy to several players is stored as one row
// each, all sharing a `delivery` number, and the text is written into all of them at once.
import { E_OBJECT_NOT_FOUND, Found, JsonWriter, dbQuery, strOf } from '../../pdk';
import { insertBriefly, updateBriefly } from './brief-writes';
import { MESSAGE_GONE } from './messages-table';

const BODIES = 'bodies';

export class Body {
  constructor(
    public text: string,
    /** The ids of everyone the message went to, separated by spaces (for @mail/replyall). */
    public recipients: string,
  ) {}
}

/** The text of message `id` in `owner`'s mailbox. */
export function bodyOf(owner: i64, id: i64): Found<Body> {
  const answer = dbQuery(BODIES, new JsonWriter().int('message', id).int('owner', owner).end(), '', 1);
  if (!answer.ok) return new Found<Body>(null, answer.errorCode, answer.errorMessage);
  const rows = answer.objects('rows');
  if (rows.length == 0) return new Found<Body>(null, E_OBJECT_NOT_FOUND, MESSAGE_GONE);
  return new Found<Body>(new Body(strOf(rows[0], 'text'), strOf(rows[0], 'recipients')), '', '');
}

/** The row that will hold message `id`'s text, empty until fillBodies writes it; '' or the error. */
export function insertBody(owner: i64, id: i64, delivery: i64, recipients: string): string {
  const values = new JsonWriter().int('message', id).int('owner', owner).int('delivery', delivery).str('recipients', recipients).end();
  return insertBriefly(BODIES, values);
}

/** Writes `text` into every copy of one delivery, in one statement however many there are. */
export function fillBodies(delivery: i64, text: string): string {
  return updateBriefly(BODIES, new JsonWriter().int('delivery', delivery).end(), new JsonWriter().str('text', text).end());
}
