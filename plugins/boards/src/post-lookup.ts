// Finding the message a player names as <board>/<number>: the board as board-lookup finds it
// (so an unreadable board is not there), then the message by its place on the board.
import { Board } from './boards-table';
import { lookUpBoard } from './board-lookup';
import { isHugeNumber, positiveNumber } from './numbers';
import { Post, postById } from './posts-table';
import { shown } from './shown';

export const POSTS_UNREADABLE = 'The messages cannot be read right now; try again in a moment.';

/** The message found, or `error`, the sentence to show the player. */
export class PostLookup {
  constructor(
    public post: Post | null,
    public error: string,
  ) {}
}

export function lookUpPost(boardTyped: string, numberTyped: string, role: string): PostLookup {
  const found = lookUpBoard(boardTyped, role);
  const board = found.board;
  if (board === null) return new PostLookup(null, found.error);
  const typed = numberTyped.trim();
  const number = positiveNumber(typed);
  if (number == 0 && !isHugeNumber(typed)) return new PostLookup(null, notAMessageNumber(typed));
  if (number == 0 || number > board.postIds.length) return new PostLookup(null, noSuchPost(board, shown(typed)));
  const fetched = postById(board, board.postIds[number - 1]);
  if (fetched.error.length > 0) return new PostLookup(null, POSTS_UNREADABLE);
  if (fetched.post === null) return new PostLookup(null, noSuchPost(board, typed));
  return new PostLookup(fetched.post, '');
}

export function notAMessageNumber(typed: string): string {
  return '"' + shown(typed) + '" is not a message number: use a whole number from 1, as +bbread <board> lists them.';
}

export function noSuchPost(board: Board, number: string): string {
  const count = board.postIds.length;
  const holds = count == 0 ? 'it holds no messages' : count == 1 ? 'it holds 1 message' : 'it holds ' + count.toString() + ' messages';
  return board.label + ' has no message ' + number + '; ' + holds + '.';
}
