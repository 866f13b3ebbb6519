// +bbnext (+bbnew): the oldest unread message on the first board that has one, marked read.
import { Command, fail, reply } from '../../../pdk';
import { summariesFor } from '../board-summaries';
import { readMessages } from '../message-reading';

export function cmd_bbnext(): i32 {
  const actor = Command.read().actor;
  const summaries = summariesFor(actor.id, actor.role);
  if (summaries.error.length > 0) return fail(summaries.error);
  const unread = summaries.withUnread;
  if (unread.length == 0) return reply('You have no unread messages.');
  return readMessages(summaries.state!, unread[0].board, [unread[0].unread[0]]);
}
