// Each board's list of messages, kept in this plugin's `post_index` table: their ids, oldest
// first, as comma-separated text (a message's number is its place there), and when the newest was
// posted. Apart from the board rows, which every command reads whole, so that a command reads the
// lists of only the boards it looks into; counting unread messages everywhere reads them all at once.
import { JSON, JsonWriter, dbDelete, dbQuery, dbUpsert, intOf, strOf } from '../../pdk';
import { Board } from './boards-table';
import { MAX_BOARDS } from './limits';
import { idsIn, idsText } from './stored-ids';

const POST_INDEX = 'post_index';

export const INDEX_UNREADABLE = 'The messages cannot be counted right now; try again in a moment.';

/** Reads the board's list into it. '' when done, else the error. */
export function loadPostIndex(board: Board): string {
  const answer = dbQuery(POST_INDEX, whereBoard(board), '', 1);
  if (!answer.ok) return INDEX_UNREADABLE;
  const rows = answer.objects('rows');
  if (rows.length > 0) fill(board, rows[0]);
  return '';
}

/** Reads the lists of all `boards` into them, in one read. '' when done, else the error. */
export function loadPostIndexes(boards: Board[]): string {
  const answer = dbQuery(POST_INDEX, '{}', '', MAX_BOARDS + 1);
  if (!answer.ok) return INDEX_UNREADABLE;
  const rows = answer.objects('rows');
  for (let i = 0; i < rows.length; i++) {
    const id = intOf(rows[i], 'board');
    for (let j = 0; j < boards.length; j++) if (boards[j].id == id) fill(boards[j], rows[i]);
  }
  return '';
}

/** Stores the board's list and newest date, as changed in `board`. '' when done, else the error. */
export function storePostIndex(board: Board): string {
  const values = new JsonWriter().int('board', board.id).str('post_ids', idsText(board.postIds));
  if (board.lastPostMs > 0) values.int('last_post_ms', board.lastPostMs);
  else values.nil('last_post_ms');
  const stored = dbUpsert(POST_INDEX, values.end());
  return stored.ok ? '' : stored.errorMessage;
}

/** Removes the board's list (the board is being removed). '' when done, else the error. */
export function deletePostIndex(board: Board): string {
  const deleted = dbDelete(POST_INDEX, whereBoard(board));
  return deleted.ok ? '' : deleted.errorMessage;
}

function fill(board: Board, row: JSON.Obj): void {
  board.postIds = idsIn(strOf(row, 'post_ids'));
  board.lastPostMs = intOf(row, 'last_post_ms');
}

function whereBoard(board: Board): string {
  return new JsonWriter().int('board', board.id).end();
}
