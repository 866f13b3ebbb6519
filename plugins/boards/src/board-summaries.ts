// Every board a character may read, with the messages on it the character has not read: what
// +bbread's board list, +bbscan, +bbnext, +bbcatchup all and the login notice start from. Three
// table reads, however many boards and messages there are.
import { Board, allBoards, readableBy } from './boards-table';
import { BOARDS_UNREADABLE } from './board-lookup';
import { loadPostIndexes } from './post-index';
import { ReadState } from './read-state';

export const READS_UNREADABLE = 'What you have read cannot be looked up right now; try again in a moment.';

export class BoardSummary {
  constructor(
    public board: Board,
    /** Ids of the messages not read, oldest first. */
    public unread: i64[],
  ) {}
}

/** The summaries and the reader's read state, or `error` when something could not be read. */
export class Summaries {
  constructor(
    public boards: BoardSummary[],
    public state: ReadState | null,
    public error: string,
  ) {}

  /** The summaries of boards with unread messages. */
  get withUnread(): BoardSummary[] {
    const unread: BoardSummary[] = [];
    for (let i = 0; i < this.boards.length; i++) if (this.boards[i].unread.length > 0) unread.push(this.boards[i]);
    return unread;
  }
}

export function summariesFor(reader: i64, role: string): Summaries {
  const boards = allBoards();
  if (boards === null) return new Summaries([], null, BOARDS_UNREADABLE);
  const state = ReadState.of(reader);
  if (state === null) return new Summaries([], null, READS_UNREADABLE);
  state.keepOnly(boards);
  const readable = readableBy(boards, role);
  const indexed = loadPostIndexes(readable);
  if (indexed.length > 0) return new Summaries([], null, indexed);
  const summaries: BoardSummary[] = [];
  for (let i = 0; i < readable.length; i++) summaries.push(new BoardSummary(readable[i], state.unreadOf(readable[i])));
  return new Summaries(summaries, state, '');
}
