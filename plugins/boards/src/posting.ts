// Posting a message, for +bbpost and +bbreply: who may post where, whether the board has room,
// and the message stored with the poster's own copy marked read.
import { Actor, unixMs } from '../../pdk';
import { Board } from './boards-table';
import { MAX_POSTS } from './limits';
import { Posted, insertPost } from './posts-table';
import { READS_UNREADABLE } from './board-summaries';
import { ReadState } from './read-state';

/** '' when the role may post another message on the board, else why not. */
export function postingRefusal(board: Board, role: string): string {
  if (!board.mayPost(role)) return 'You may not post on ' + board.label + ': posting there takes the ' + board.writeRole + ' role.';
  if (board.postIds.length >= MAX_POSTS) return board.label + ' is full (' + MAX_POSTS.toString() + ' messages); ask an admin to remove old ones.';
  return '';
}

/** Posts the message, last on the board, read by its author; `replyTo` 0 when it answers none. */
export function postMessage(actor: Actor, board: Board, title: string, body: string, replyTo: i64): Posted {
  const state = ReadState.of(actor.id);
  if (state === null) return new Posted(0, READS_UNREADABLE);
  const posted = insertPost(board, actor, title, body, unixMs(), replyTo);
  if (posted.error.length > 0) return posted;
  const marked = state.markRead(board, [posted.id]);
  return marked.length > 0 ? new Posted(0, marked) : posted;
}
