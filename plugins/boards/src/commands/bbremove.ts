// +bbremove <board>/<number>: removes a message, for its author or an admin. The later messages
// move up one number.
import { Command, fail, reply } from '../../../pdk';
import { authorshipRefusal } from '../authorship';
import { lookUpPost } from '../post-lookup';
import { deletePost } from '../posts-table';

export function cmd_bbremove(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUpPost(command.arg('board'), command.arg('number'), actor.role);
  const post = found.post;
  if (post === null) return fail(found.error);
  const refusal = authorshipRefusal(actor, post, 'remove');
  if (refusal.length > 0) return fail(refusal);
  // Taken before the removal, which takes the message's number with it.
  const reference = post.reference;
  const removed = deletePost(post);
  if (removed.length > 0) return fail(removed);
  return reply('Message ' + reference + ' ("' + post.title + '") is removed from ' + post.board.label + '.');
}
