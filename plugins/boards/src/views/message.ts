// One message as +bbread <board>/<n> and +bbnext show it: where it is, its title, author and
// dates, what it answers, then the body with its %r line breaks.
import { column, heavyRule, lightRule } from '../columns';
import { longDate } from '../dates';
import { Post } from '../posts-table';
import { rendered } from '../post-text';

/** `original` is the message this one answers, or null (none, or since removed). */
export function messageView(post: Post, original: Post | null, body: string): string {
  const lines: string[] = [
    heavyRule(),
    column('Message: ' + post.reference, 39) + 'Board: ' + post.board.label,
    'Title: ' + post.title,
    column('Author: ' + post.authorName, 39) + 'Posted: ' + longDate(post.postedMs),
  ];
  if (post.replyTo > 0) lines.push('In reply to: ' + (original === null ? 'a message since removed' : original.reference + ' ' + original.title));
  if (post.editedMs > 0) lines.push('Edited: ' + longDate(post.editedMs));
  lines.push(lightRule());
  lines.push(rendered(body));
  lines.push(heavyRule());
  return lines.join('\n');
}
