// +bblist: the boards the character may read, with who may read and post on each.
import { Command, fail, reply } from '../../../pdk';
import { allBoards, readableBy } from '../boards-table';
import { BOARDS_UNREADABLE } from '../board-lookup';
import { boardAccess } from '../views/board-access';

export function cmd_bblist(): i32 {
  const actor = Command.read().actor;
  const boards = allBoards();
  if (boards === null) return fail(BOARDS_UNREADABLE);
  return reply(boardAccess(readableBy(boards, actor.role), actor.role));
}
