// What each character has read, kept in this plugin's `read_state` table: one row per character,
// whose `boards` object holds the read marks (see read-marks.ts) of each board by its id. One row,
// so that catching up on every board, or reading anywhere, is a single write. Marks of boards
// since removed are dropped at the next write.
import { JSON, JsonWriter, dbQuery, dbUpsert, strOf } from '../../pdk';
import { Board } from './boards-table';
import { isDigits } from './numbers';
import { ReadMarks } from './read-marks';

const READ_STATE = 'read_state';

export class ReadState {
  constructor(
    public reader: i64,
    private boardIds: i64[],
    private marks: ReadMarks[],
  ) {}

  /** What `reader` has read, or null when the table could not be read. */
  static of(reader: i64): ReadState | null {
    const answer = dbQuery(READ_STATE, new JsonWriter().int('reader', reader).end(), '', 1);
    if (!answer.ok) return null;
    const rows = answer.objects('rows');
    const boardIds: i64[] = [];
    const marks: ReadMarks[] = [];
    const stored: JSON.Obj | null = rows.length == 0 ? null : rows[0].getObj('boards');
    if (stored !== null) {
      for (let i = 0; i < stored.keys.length; i++) {
        const key = stored.keys[i];
        if (!isDigits(key) || key.length > 18) continue;
        boardIds.push(I64.parseInt(key));
        marks.push(ReadMarks.parse(strOf(stored, key)));
      }
    }
    return new ReadState(reader, boardIds, marks);
  }

  /** The ids of the board's messages not read yet, oldest first. */
  unreadOf(board: Board): i64[] {
    const flags = this.marksOn(board.id).flagsFor(board);
    const unread: i64[] = [];
    for (let i = 0; i < flags.length; i++) if (!flags[i]) unread.push(board.postIds[i]);
    return unread;
  }

  /** Marks the messages `ids` read on the board and stores it. '' when stored, else the error. */
  markRead(board: Board, ids: i64[]): string {
    this.mark(board, ids);
    return this.store();
  }

  /** Marks the messages `ids` read on the board, to be stored by `store`. */
  mark(board: Board, ids: i64[]): void {
    const flags = this.marksOn(board.id).flagsFor(board);
    const newly = new Set<i64>();
    for (let i = 0; i < ids.length; i++) newly.add(ids[i]);
    for (let i = 0; i < flags.length; i++) if (newly.has(board.postIds[i])) flags[i] = true;
    const index = this.boardIds.indexOf(board.id);
    const marks = ReadMarks.of(board, flags);
    if (index >= 0) {
      this.marks[index] = marks;
    } else {
      this.boardIds.push(board.id);
      this.marks.push(marks);
    }
  }

  /** Stores what was marked. '' when stored, else the error. */
  store(): string {
    const boards = new JsonWriter();
    for (let i = 0; i < this.boardIds.length; i++) boards.str(this.boardIds[i].toString(), this.marks[i].toString());
    const stored = dbUpsert(READ_STATE, new JsonWriter().int('reader', this.reader).raw('boards', boards.end()).end());
    return stored.ok ? '' : stored.errorMessage;
  }

  /** Drops the marks of boards not in `boards` (removed since), at the next write. */
  keepOnly(boards: Board[]): void {
    const ids: i64[] = [];
    for (let i = 0; i < boards.length; i++) ids.push(boards[i].id);
    for (let i = this.boardIds.length - 1; i >= 0; i--) {
      if (ids.includes(this.boardIds[i])) continue;
      this.boardIds.splice(i, 1);
      this.marks.splice(i, 1);
    }
  }

  private marksOn(boardId: i64): ReadMarks {
    const index = this.boardIds.indexOf(boardId);
    return index < 0 ? new ReadMarks(0, []) : this.marks[index];
  }
}
