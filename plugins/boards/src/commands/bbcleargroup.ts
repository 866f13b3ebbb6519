// +bbcleargroup <board> (admins): says what removing the board would take away, and waits 60
// seconds for +bbconfirm <board>. Nothing is removed here.
import { Command, fail, reply, unixMs } from '../../../pdk';
import { adminRefusal } from '../admin-only';
import { lookUpBoard } from '../board-lookup';
import { offerRemoval } from '../pending-removal';

export function cmd_bbcleargroup(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const refusal = adminRefusal(actor, '+bbcleargroup');
  if (refusal.length > 0) return fail(refusal);
  const found = lookUpBoard(command.arg('board'), actor.role);
  const board = found.board;
  if (board === null) return fail(found.error);
  const offered = offerRemoval(actor.id, board, unixMs());
  if (offered.length > 0) return fail(offered);
  const count = board.postIds.length;
  const holds = count == 0 ? 'holds no messages' : count == 1 ? 'holds 1 message' : 'holds ' + count.toString() + ' messages';
  const number = board.number.toString();
  return reply('Board ' + board.label + ' ' + holds + '. To remove it and them for good, type +bbconfirm ' + number + ' within 60 seconds.');
}
