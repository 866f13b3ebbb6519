// +bbreply <board>/<number>=<body>: a new message on the same board, titled "Re: <title>" and
// marked as the answer to the message named.
import { Command, fail, reply } from '../../../pdk';
import { lookUpPost } from '../post-lookup';
import { checkedBody, replyTitle } from '../post-text';
import { postMessage, postingRefusal } from '../posting';

export function cmd_bbreply(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUpPost(command.arg('board'), command.arg('number'), actor.role);
  const original = found.post;
  if (original === null) return fail(found.error);
  const board = original.board;
  const refusal = postingRefusal(board, actor.role);
  if (refusal.length > 0) return fail(refusal);
  const body = checkedBody(command.arg('body'));
  if (!body.ok) return fail(body.error);
  const title = replyTitle(original.title);
  const posted = postMessage(actor, board, title, body.text, original.id);
  if (posted.error.length > 0) return fail(posted.error);
  return reply('You reply to ' + original.reference + ' with message ' + board.referenceOf(posted.id) + ', "' + title + '".');
}
