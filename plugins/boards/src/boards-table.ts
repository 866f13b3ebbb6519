// The boards, kept in this plugin's `boards` table. A board's number is its place in creation
// order (the first board is 1), as every +bb listing shows it; its id never changes. Its list of
// messages lives in `post_index` (post-index.ts), read only for the boards a command looks into.
import { HostReply, JSON, JsonWriter, dbDelete, dbInsert, dbQuery, dbUpdate, intOf, strOf } from '../../pdk';
import { nameKey } from './board-name';
import { MAX_BOARDS } from './limits';
import { reaches } from './roles';

const BOARDS = 'boards';

export class Board {
  /** Its messages' ids, oldest first, once post-index.ts has read them. */
  postIds: i64[] = [];
  /** When its newest message was posted; 0 when it has none. */
  lastPostMs: i64 = 0;

  constructor(
    public id: i64,
    /** Its place in the list, from 1. */
    public number: i32,
    public name: string,
    /** The least role that may read it. */
    public readRole: string,
    /** The least role that may post on it (posting also needs reading). */
    public writeRole: string,
  ) {}

  static read(row: JSON.Obj, number: i32): Board {
    return new Board(intOf(row, 'row_id'), number, strOf(row, 'name'), strOf(row, 'read_role', 'player'), strOf(row, 'write_role', 'player'));
  }

  /** `Announcements (#1)`. */
  get label(): string {
    return this.name + ' (#' + this.number.toString() + ')';
  }

  mayRead(role: string): bool {
    return reaches(role, this.readRole);
  }

  mayPost(role: string): bool {
    return this.mayRead(role) && reaches(role, this.writeRole);
  }

  /** The number of the message with this id (from 1), or 0 when it is not on this board. */
  numberOf(postId: i64): i32 {
    return this.postIds.indexOf(postId) + 1;
  }

  /** `1/3` for the message with this id. */
  referenceOf(postId: i64): string {
    return this.number.toString() + '/' + this.numberOf(postId).toString();
  }
}

/** Every board in order, or null when the table could not be read. */
export function allBoards(): Board[] | null {
  const answer = dbQuery(BOARDS, '{}', 'row_id', MAX_BOARDS + 1);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const boards: Board[] = [];
  for (let i = 0; i < rows.length; i++) boards.push(Board.read(rows[i], i + 1));
  return boards;
}

/** The boards a role may read, in order, keeping their numbers. */
export function readableBy(boards: Board[], role: string): Board[] {
  const readable: Board[] = [];
  for (let i = 0; i < boards.length; i++) if (boards[i].mayRead(role)) readable.push(boards[i]);
  return readable;
}

/** The board whose name is `name` in any case, among `boards`, or null. */
export function boardNamed(boards: Board[], name: string): Board | null {
  const key = nameKey(name);
  for (let i = 0; i < boards.length; i++) if (nameKey(boards[i].name) == key) return boards[i];
  return null;
}

/** Adds a board everyone may read and post on. */
export function insertBoard(name: string): HostReply {
  return dbInsert(BOARDS, new JsonWriter().str('name', name).end());
}

/** Changes one text column of a board (`name`, `read_role`, `write_role`). */
export function updateBoard(board: Board, column: string, value: string): HostReply {
  return dbUpdate(BOARDS, whereId(board.id), new JsonWriter().str(column, value).end());
}

export function deleteBoard(board: Board): HostReply {
  return dbDelete(BOARDS, whereId(board.id));
}

function whereId(id: i64): string {
  return new JsonWriter().int('row_id', id).end();
}
