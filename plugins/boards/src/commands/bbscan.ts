// +bbscan: each board with messages the character has not read, how many, and which.
import { Command, fail, reply } from '../../../pdk';
import { BoardSummary, summariesFor } from '../board-summaries';

/** Message numbers listed per board before "..." takes over. */
const LISTED = 10;

export function cmd_bbscan(): i32 {
  const actor = Command.read().actor;
  const summaries = summariesFor(actor.id, actor.role);
  if (summaries.error.length > 0) return fail(summaries.error);
  const unread = summaries.withUnread;
  if (unread.length == 0) return reply('You have no unread messages.');
  const lines: string[] = ['Unread messages:'];
  for (let i = 0; i < unread.length; i++) lines.push('  ' + scanLine(unread[i]));
  lines.push('+bbnext reads the first of them.');
  return reply(lines.join('\n'));
}

function scanLine(summary: BoardSummary): string {
  const references: string[] = [];
  for (let i = 0; i < summary.unread.length && i < LISTED; i++) references.push(summary.board.referenceOf(summary.unread[i]));
  const more = summary.unread.length > LISTED ? ', ...' : '';
  return summary.board.label + ': ' + summary.unread.length.toString() + ' unread (' + references.join(', ') + more + ')';
}
