// +bblist: the boards a character may read, with the least role that may read and post on each,
// and whether this character may post there.
import { Board } from '../boards-table';
import { column, heavyRule, lightRule, rightAligned } from '../columns';

export function boardAccess(boards: Board[], role: string): string {
  if (boards.length == 0) return 'There are no boards you can read yet.';
  const lines: string[] = [heavyRule(), row('#', 'Group Name', 'Read', 'Post', 'You may post'), lightRule()];
  for (let i = 0; i < boards.length; i++) {
    const board = boards[i];
    lines.push(row(board.number.toString(), board.name, board.readRole, board.writeRole, board.mayPost(role) ? 'yes' : 'no'));
  }
  lines.push(heavyRule());
  lines.push('Read and Post name the least role that may. +bbread lists the boards with their messages.');
  return lines.join('\n');
}

function row(number: string, name: string, read: string, post: string, yours: string): string {
  return rightAligned(number, 4) + '  ' + column(name, 30) + '  ' + column(read, 8) + '  ' + column(post, 8) + '  ' + yours;
}
