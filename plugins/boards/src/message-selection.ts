// Which messages +bbread <board>/<list> shows: numbers, ranges (2-4) and `u` (the unread ones),
// separated by commas, each message once, in the order asked, at most 10. Asked by number, more
// than that is refused; `u` takes the first unread ones that fit, and says how many it left. A
// range is checked by its ends before anything is counted out, so 1-999999 costs no more than 1-2.
import { MAX_READ_AT_ONCE } from './limits';
import { Board } from './boards-table';
import { isHugeNumber, positiveNumber } from './numbers';
import { shown } from './shown';
import { noSuchPost, notAMessageNumber } from './post-lookup';

/** The ids of the messages chosen, or `error`. */
export class Selection {
  /** Unread messages `u` left out to keep within the limit. */
  unreadLeft: i32 = 0;

  constructor(
    public ids: i64[],
    public error: string,
  ) {}
}

export function selectMessages(board: Board, list: string, unread: i64[]): Selection {
  const chosen: i64[] = [];
  let unreadLeft = 0;
  const items = list.split(',');
  for (let i = 0; i < items.length; i++) {
    const item = items[i].trim();
    if (item == 'u' || item == 'U') {
      for (let j = 0; j < unread.length; j++) if (!add(chosen, unread[j])) unreadLeft++;
      continue;
    }
    const dash = item.indexOf('-', 1);
    const first = dash < 0 ? item : item.slice(0, dash).trim();
    const last = dash < 0 ? first : item.slice(dash + 1).trim();
    const from = positiveNumber(first);
    const to = positiveNumber(last);
    if (isHugeNumber(first) || isHugeNumber(last)) return new Selection([], noSuchPost(board, shown(isHugeNumber(last) ? last : first)));
    if (from == 0 || to == 0) return new Selection([], notAMessageNumber(item));
    if (to < from) return new Selection([], 'A range runs from the lower number up, such as ' + to.toString() + '-' + from.toString() + '.');
    if (to > board.postIds.length) return new Selection([], noSuchPost(board, to.toString()));
    if (to - from >= MAX_READ_AT_ONCE) return tooMany(board);
    for (let n = from; n <= to; n++) if (!add(chosen, board.postIds[n - 1])) return tooMany(board);
  }
  if (chosen.length == 0) return new Selection([], 'You have read every message on ' + board.label + '.');
  const selection = new Selection(chosen, '');
  selection.unreadLeft = unreadLeft;
  return selection;
}

/** Adds `id` unless chosen already; false when that would pass the limit. */
function add(chosen: i64[], id: i64): bool {
  if (chosen.includes(id)) return true;
  if (chosen.length >= MAX_READ_AT_ONCE) return false;
  chosen.push(id);
  return true;
}

function tooMany(board: Board): Selection {
  const limit = MAX_READ_AT_ONCE.toString();
  return new Selection([], 'You can read at most ' + limit + ' messages at once, such as +bbread ' + board.number.toString() + '/1-' + limit + '.');
}
