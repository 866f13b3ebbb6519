// +bbconfig <board>[/<setting>=<value>] (admins): shows a board's settings, or changes its name
// or the least role that may read it or post on it.
import { Command, fail, reply } from '../../../pdk';
import { adminRefusal } from '../admin-only';
import { Board, allBoards, boardNamed, updateBoard } from '../boards-table';
import { BOARDS_UNREADABLE } from '../board-lookup';
import { NAME_RULE, isBoardName } from '../board-name';
import { lookUpBoard } from '../board-lookup';
import { ROLES, isRole } from '../roles';
import { shown } from '../shown';

export function cmd_bbconfig(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const refusal = adminRefusal(actor, '+bbconfig');
  if (refusal.length > 0) return fail(refusal);
  const found = lookUpBoard(command.arg('board'), actor.role);
  const board = found.board;
  if (board === null) return fail(found.error);
  if (!command.hasArg('setting')) return reply(settingsOf(board, board.postIds.length));
  const setting = command.arg('setting').toLowerCase();
  const value = command.arg('value');
  if (setting == 'read' || setting == 'write') return setRole(board, setting, value.toLowerCase());
  if (setting == 'name') return rename(board, value);
  return fail('"' + shown(setting) + '" is not a board setting; they are read, write and name, as in +bbconfig ' + board.number.toString() + '/read=<role>.');
}

function settingsOf(board: Board, messages: i32): string {
  return [
    'Board ' + board.label,
    '  read:  ' + board.readRole + ' (the least role that may read it)',
    '  write: ' + board.writeRole + ' (the least role that may post on it)',
    '  messages: ' + messages.toString(),
  ].join('\n');
}

function setRole(board: Board, setting: string, role: string): i32 {
  if (!isRole(role)) return fail('"' + shown(role) + '" is not a role; use ' + ROLES + '.');
  const changed = updateBoard(board, setting == 'read' ? 'read_role' : 'write_role', role);
  if (!changed.ok) return fail(changed.errorMessage);
  const what = setting == 'read' ? 'read' : 'post on';
  return reply('Board ' + board.label + ': ' + whoMay(role) + ' may ' + what + ' it now.');
}

function whoMay(role: string): string {
  if (role == 'admin') return 'only admins';
  if (role == 'builder') return 'builders and admins';
  return 'everyone';
}

function rename(board: Board, name: string): i32 {
  if (!isBoardName(name)) return fail(NAME_RULE);
  const boards = allBoards();
  if (boards === null) return fail(BOARDS_UNREADABLE);
  const existing = boardNamed(boards, name);
  if (existing !== null && existing.id != board.id) return fail('There is already a board called "' + shown(existing.name) + '": ' + existing.label + '.');
  const changed = updateBoard(board, 'name', name);
  if (!changed.ok) return fail(changed.errorMessage);
  return reply('Board ' + board.label + ' is now called ' + name + '.');
}
