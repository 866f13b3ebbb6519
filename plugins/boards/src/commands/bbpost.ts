// +bbpost <board>/<title>=<body>: a new message, if the poster's role may post on the board.
import { Command, fail, reply } from '../../../pdk';
import { lookUpBoard } from '../board-lookup';
import { checkedBody, checkedTitle } from '../post-text';
import { postMessage, postingRefusal } from '../posting';

export function cmd_bbpost(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUpBoard(command.arg('board'), actor.role);
  const board = found.board;
  if (board === null) return fail(found.error);
  const refusal = postingRefusal(board, actor.role);
  if (refusal.length > 0) return fail(refusal);
  const title = checkedTitle(command.arg('title'));
  if (!title.ok) return fail(title.error);
  const body = checkedBody(command.arg('body'));
  if (!body.ok) return fail(body.error);
  const posted = postMessage(actor, board, title.text, body.text, 0);
  if (posted.error.length > 0) return fail(posted.error);
  return reply('You post "' + title.text + '" to ' + board.label + ' as message ' + board.referenceOf(posted.id) + '.');
}
