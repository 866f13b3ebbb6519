// +bbconfirm <board> (admins): removes the board +bbcleargroup offered within the last 60 seconds,
// with its messages, all in one step. What anyone read there is forgotten at their next read.
import { Command, fail, reply, unixMs } from '../../../pdk';
import { adminRefusal } from '../admin-only';
import { deleteBoard } from '../boards-table';
import { forgetRemoval, pendingRemoval } from '../pending-removal';
import { lookUpBoard } from '../board-lookup';
import { deletePostIndex } from '../post-index';
import { deletePostsOf } from '../posts-table';

export function cmd_bbconfirm(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const refusal = adminRefusal(actor, '+bbconfirm');
  if (refusal.length > 0) return fail(refusal);
  const found = lookUpBoard(command.arg('board'), actor.role);
  const board = found.board;
  if (board === null) return fail(found.error);
  const pending = pendingRemoval(actor.id);
  // Compared by id: the number typed may have moved since, if another board was removed.
  if (pending === null || pending.boardId != board.id) return fail('You have not asked to remove ' + board.label + '; +bbcleargroup ' + board.number.toString() + ' starts that.');
  if (unixMs() > pending.untilMs) return fail('Your +bbcleargroup of ' + board.label + ' was more than 60 seconds ago; type it again to start over.');
  // Any step refused fails the command, and the core undoes the steps before it.
  const posts = deletePostsOf(board);
  if (posts.length > 0) return fail(posts);
  const index = deletePostIndex(board);
  if (index.length > 0) return fail(index);
  const row = deleteBoard(board);
  if (!row.ok) return fail(row.errorMessage);
  const offer = forgetRemoval(actor.id);
  if (offer.length > 0) return fail(offer);
  const count = board.postIds.length;
  const messages = count == 1 ? '1 message' : count.toString() + ' messages';
  return reply('Board ' + board.name + ' and its ' + messages + ' are removed. The boards after it move up one number.');
}
