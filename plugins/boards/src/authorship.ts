// Only a message's author, or an admin, may change or remove it.
import { Actor } from '../../pdk';
import { Post } from './posts-table';

/** '' when the actor may change the message, else why not. */
export function authorshipRefusal(actor: Actor, post: Post, doing: string): string {
  if (post.author == actor.id || actor.isAdmin) return '';
  return 'You may ' + doing + ' only your own messages; ' + post.reference + ' is ' + post.authorName + "'s.";
}
