// +bbread <board>: the board's messages, numbered as players type them (`1/3`), with title, date
// and author, and `*` on the ones the reader has not read.
import { Board } from '../boards-table';
import { column, heavyRule, lightRule } from '../columns';
import { shortDate } from '../dates';
import { Post } from '../posts-table';

export function boardMessages(board: Board, posts: Post[], unread: i64[]): string {
  const lines: string[] = [heavyRule(), '**** ' + board.label + ' ****', line(column('Message', 43), 'Posted', 'By'), lightRule()];
  const unreadIds = new Set<i64>();
  for (let i = 0; i < unread.length; i++) unreadIds.add(unread[i]);
  for (let i = 0; i < posts.length; i++) {
    const post = posts[i];
    const marker = unreadIds.has(post.id) ? '*' : ' ';
    lines.push(line(column(post.reference, 7) + ' ' + marker + ' ' + column(post.title, 33), shortDate(post.postedMs), post.authorName));
  }
  if (posts.length == 0) lines.push(' No messages yet.');
  lines.push(heavyRule());
  if (posts.length > 0) lines.push("'*' marks messages you have not read. +bbread " + board.number.toString() + '/<number> reads one.');
  return lines.join('\n');
}

// The reference, unread mark and title share the first column and its heading: ` 1/3     * Title`.
function line(message: string, posted: string, by: string): string {
  return (' ' + message + '  ' + column(posted, 10) + '  ' + by).trimEnd();
}
