// +bbnewgroup <name> (admins): a new board, last in the list, that everyone may read and post on.
import { Command, fail, reply } from '../../../pdk';
import { adminRefusal } from '../admin-only';
import { allBoards, boardNamed, insertBoard } from '../boards-table';
import { BOARDS_UNREADABLE } from '../board-lookup';
import { NAME_RULE, isBoardName } from '../board-name';
import { MAX_BOARDS } from '../limits';
import { shown } from '../shown';

export function cmd_bbnewgroup(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const refusal = adminRefusal(actor, '+bbnewgroup');
  if (refusal.length > 0) return fail(refusal);
  const name = command.arg('name');
  if (!isBoardName(name)) return fail(NAME_RULE);
  const boards = allBoards();
  if (boards === null) return fail(BOARDS_UNREADABLE);
  if (boards.length >= MAX_BOARDS) return fail('There are already ' + MAX_BOARDS.toString() + ' boards, as many as Hearth keeps; remove one with +bbcleargroup first.');
  const existing = boardNamed(boards, name);
  if (existing !== null) return fail('There is already a board called "' + shown(existing.name) + '": ' + existing.label + '.');
  const inserted = insertBoard(name);
  if (!inserted.ok) return fail(inserted.errorMessage);
  const number = (boards.length + 1).toString();
  return reply(
    'Board ' + number + ', ' + name + ', created. Everyone may read and post on it; +bbconfig ' + number + '/read=<role> and +bbconfig ' + number + '/write=<role> change that.',
  );
}
