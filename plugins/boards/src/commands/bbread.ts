// +bbread, +bbread <board>, +bbread <board>/<messages>: the boards, one board's messages, or
// messages themselves (which are then marked read).
import { Actor, Command, fail, reply } from '../../../pdk';
import { READS_UNREADABLE, summariesFor } from '../board-summaries';
import { lookUpBoard } from '../board-lookup';
import { readMessages } from '../message-reading';
import { selectMessages } from '../message-selection';
import { POSTS_UNREADABLE } from '../post-lookup';
import { postsOf } from '../posts-table';
import { ReadState } from '../read-state';
import { boardIndex } from '../views/board-index';
import { boardMessages } from '../views/board-messages';

export function cmd_bbread(): i32 {
  const command = Command.read();
  const target = command.arg('target');
  if (target.length == 0) return listBoards(command.actor);
  const slash = target.indexOf('/');
  return slash < 0 ? listMessages(command.actor, target) : readList(command.actor, target.slice(0, slash), target.slice(slash + 1));
}

function listBoards(actor: Actor): i32 {
  const summaries = summariesFor(actor.id, actor.role);
  if (summaries.error.length > 0) return fail(summaries.error);
  return reply(boardIndex(summaries.boards));
}

function listMessages(actor: Actor, boardTyped: string): i32 {
  const found = lookUpBoard(boardTyped, actor.role);
  const board = found.board;
  if (board === null) return fail(found.error);
  const posts = postsOf(board);
  if (posts === null) return fail(POSTS_UNREADABLE);
  const state = ReadState.of(actor.id);
  if (state === null) return fail(READS_UNREADABLE);
  return reply(boardMessages(board, posts, state.unreadOf(board)));
}

function readList(actor: Actor, boardTyped: string, list: string): i32 {
  const found = lookUpBoard(boardTyped, actor.role);
  const board = found.board;
  if (board === null) return fail(found.error);
  const state = ReadState.of(actor.id);
  if (state === null) return fail(READS_UNREADABLE);
  const selection = selectMessages(board, list, state.unreadOf(board));
  if (selection.error.length > 0) return fail(selection.error);
  const left = selection.unreadLeft;
  const note = left == 0 ? '' : (left == 1 ? '1 more unread message' : left.toString() + ' more unread messages') + ' on ' + board.label + ': +bbread ' + board.number.toString() + '/u reads on.';
  return readMessages(state, board, selection.ids, note);
}
