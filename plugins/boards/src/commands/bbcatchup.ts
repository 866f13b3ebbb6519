// +bbcatchup <board>, +bbcatchup all: marks every message on the board, or on every board the
// character may read, as read.
import { Command, fail, reply } from '../../../pdk';
import { BoardSummary, summariesFor } from '../board-summaries';
import { lookUpBoard } from '../board-lookup';

export function cmd_bbcatchup(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const typed = command.arg('board');
  const everything = typed.toLowerCase() == 'all';
  let only: i64 = 0;
  if (!everything) {
    const found = lookUpBoard(typed, actor.role);
    if (found.board === null) return fail(found.error);
    only = found.board!.id;
  }
  const summaries = summariesFor(actor.id, actor.role);
  if (summaries.error.length > 0) return fail(summaries.error);
  let marked = 0;
  let label = '';
  for (let i = 0; i < summaries.boards.length; i++) {
    const summary: BoardSummary = summaries.boards[i];
    if (!everything && summary.board.id != only) continue;
    label = summary.board.label;
    if (summary.unread.length == 0) continue;
    summaries.state!.mark(summary.board, summary.unread);
    marked += summary.unread.length;
  }
  if (marked > 0) {
    const stored = summaries.state!.store();
    if (stored.length > 0) return fail(stored);
  }
  const count = marked == 1 ? '1 message' : marked.toString() + ' messages';
  if (everything) return reply(marked == 0 ? 'You have read every message on every board.' : 'Caught up on every board: ' + count + ' marked read.');
  return reply(marked == 0 ? 'You have read every message on ' + label + '.' : 'Caught up on ' + label + ': ' + count + ' marked read.');
}
