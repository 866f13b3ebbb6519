// @mail <players>=[<subject>/]<message> (also @mail/send): mail to players, connected or not. If a
// name reaches no one, or an inbox is full, nothing is sent and the player is told each reason.
import { Actor, fail, reply } from '../../../pdk';
import { MessageText, recipientCountProblem, sentLines } from '../composing';
import { NOTHING_SENT, Outgoing, deliver } from '../delivery';
import { NO_RECIPIENTS, findRecipients } from '../recipients';
import { splitSubject } from '../subject';

export function sendMail(actor: Actor, players: string, typed: string): i32 {
  if (players.length == 0) return fail(NO_RECIPIENTS);
  const text = splitSubject(typed);
  const message = MessageText.of(text.message);
  const problem = message.problem;
  if (problem.length > 0) return fail(problem);
  const found = findRecipients(players, actor);
  if (found.problems.length > 0) return fail(found.problems.join('\n') + '\n' + NOTHING_SENT);
  if (found.people.length == 0) return fail(NO_RECIPIENTS);
  const tooMany = recipientCountProblem(found.people.length);
  if (tooMany.length > 0) return fail(tooMany);
  const error = deliver(actor, found.people, [new Outgoing(text.subject, message.text, message.bytes, false)]);
  if (error.length > 0) return fail(error);
  return reply(sentLines(found.people));
}
