// +bbread's list of boards: number, name, date of the newest message, how many there are, and
// `*` where some are unread. Each heading starts where its column does (the count, right-aligned,
// ends under the end of its heading), so the table reads straight in a fixed-width font.
import { BoardSummary } from '../board-summaries';
import { column, heavyRule, lightRule, rightAligned } from '../columns';
import { shortDate } from '../dates';

const COUNT_HEADING = '# of messages';

export function boardIndex(summaries: BoardSummary[]): string {
  if (summaries.length == 0) return 'There are no boards you can read yet.';
  const lines: string[] = [heavyRule(), row('#', 'Group Name', ' ', 'Last Post', COUNT_HEADING), lightRule()];
  for (let i = 0; i < summaries.length; i++) {
    const board = summaries[i].board;
    const marker = summaries[i].unread.length > 0 ? '*' : ' ';
    const lastPost = board.postIds.length == 0 ? 'none' : shortDate(board.lastPostMs);
    lines.push(row(board.number.toString(), board.name, marker, lastPost, board.postIds.length.toString()));
  }
  lines.push(heavyRule());
  lines.push("'*' marks a board with messages you have not read. +bbread <board> lists its messages.");
  return lines.join('\n');
}

function row(number: string, name: string, marker: string, lastPost: string, count: string): string {
  return rightAligned(number, 4) + '  ' + column(name, 30) + ' ' + marker + '  ' + column(lastPost, 12) + rightAligned(count, COUNT_HEADING.length);
}
