// +bbedit <board>/<number>=<old>/<new>: replaces text in a message's body, as @edit does (every
// <old>; ^ adds at the start, $ at the end), for its author or an admin.
import { Command, fail, reply, unixMs, withoutControlCharacters } from '../../../pdk';
import { authorshipRefusal } from '../authorship';
import { POSTS_UNREADABLE, lookUpPost } from '../post-lookup';
import { checkedBody } from '../post-text';
import { bodyOf, editPost } from '../posts-table';
import { shown } from '../shown';

const USAGE = 'Say what to change as <old>/<new>, such as +bbedit 1/2=dawn/noon.';

export function cmd_bbedit(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUpPost(command.arg('board'), command.arg('number'), actor.role);
  const post = found.post;
  if (post === null) return fail(found.error);
  const refusal = authorshipRefusal(actor, post, 'edit');
  if (refusal.length > 0) return fail(refusal);
  const change = withoutControlCharacters(command.arg('change'));
  const slash = change.indexOf('/');
  if (slash <= 0) return fail(USAGE);
  const old = change.slice(0, slash);
  const replacement = change.slice(slash + 1);
  const body = bodyOf(post);
  if (body === null) return fail(POSTS_UNREADABLE);
  let edited: string;
  if (old == '^') edited = replacement + body;
  else if (old == '$') edited = body + replacement;
  else if (!body.includes(old)) return fail('"' + shown(old) + '" is not in message ' + post.reference + '; nothing changed.');
  // split and join rather than replaceAll, which overruns memory here when the new text is longer.
  else edited = body.split(old).join(replacement);
  const checked = checkedBody(edited);
  if (!checked.ok) return fail(edited.trim().length == 0 ? 'That would leave message ' + post.reference + ' empty; +bbremove removes it.' : checked.error);
  const stored = editPost(post, checked.text, unixMs());
  if (stored.length > 0) return fail(stored);
  return reply('Message ' + post.reference + ' ("' + post.title + '") edited.');
}
