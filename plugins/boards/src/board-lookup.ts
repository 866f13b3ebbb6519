// Finding the board a player names: by number, by name in any case, or by the start of a name.
// A board the player's role may not read is not there for them, whichever way they name it.
import { Board, allBoards, boardNamed, readableBy } from './boards-table';
import { nameKey } from './board-name';
import { loadPostIndex } from './post-index';
import { isDigits, positiveNumber } from './numbers';
import { shown } from './shown';

export const BOARDS_UNREADABLE = 'The boards cannot be read right now; try again in a moment.';

/** The board found, or `error`, the sentence to show the player. */
export class BoardLookup {
  constructor(
    public board: Board | null,
    public error: string,
  ) {}
}

/** The board `typed` names among those `role` may read, with its list of messages read in. */
export function lookUpBoard(typed: string, role: string): BoardLookup {
  const wanted = typed.trim();
  if (wanted.length == 0) return new BoardLookup(null, 'Which board? Give its number or name; +bbread lists them.');
  const boards = allBoards();
  if (boards === null) return new BoardLookup(null, BOARDS_UNREADABLE);
  const found = findAmong(readableBy(boards, role), wanted);
  if (found.board === null) return found;
  const indexed = loadPostIndex(found.board!);
  return indexed.length > 0 ? new BoardLookup(null, indexed) : found;
}

export function noSuchBoard(typed: string): string {
  return 'There is no board "' + shown(typed) + '". +bbread lists the boards.';
}

function findAmong(boards: Board[], wanted: string): BoardLookup {
  if (isDigits(wanted)) {
    const number = positiveNumber(wanted);
    for (let i = 0; i < boards.length; i++) if (boards[i].number == number) return new BoardLookup(boards[i], '');
    return new BoardLookup(null, noSuchBoard(wanted));
  }
  const exact = boardNamed(boards, wanted);
  if (exact !== null) return new BoardLookup(exact, '');
  const start = nameKey(wanted);
  const matches: Board[] = [];
  for (let i = 0; i < boards.length; i++) if (nameKey(boards[i].name).startsWith(start)) matches.push(boards[i]);
  if (matches.length == 1) return new BoardLookup(matches[0], '');
  if (matches.length == 0) return new BoardLookup(null, noSuchBoard(wanted));
  const names: string[] = [];
  for (let i = 0; i < matches.length; i++) names.push(matches[i].label);
  return new BoardLookup(null, '"' + shown(wanted) + '" could be ' + names.join(' or ') + '; give more of the name, or the number.');
}
