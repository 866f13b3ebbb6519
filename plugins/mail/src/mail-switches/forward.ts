// @mail/forward <n>=<players> (also /fwd): a copy of one of the player's messages, sent on by
// them, marked forwarded and titled "Fwd: " the original's subject. All the copies go, or none.
// One message at a time: each message's text is read by every later step of the command.
import { Actor, fail, reply } from '../../../pdk';
import { recipientCountProblem } from '../composing';
import { NOTHING_SENT, Outgoing, deliver } from '../delivery';
import { headerOf } from '../messages-table';
import { openList } from '../opened-list';
import { findRecipients } from '../recipients';
import { prefixedSubject } from '../subject';

const TO_WHOM = 'MAIL: To whom should I forward?';
const NO_MATCH = "MAIL: You don't have any matching messages!";

export function forwardMail(actor: Actor, typedList: string, players: string): i32 {
  if (players.length == 0) return fail(TO_WHOM);
  const opened = openList(actor, typedList);
  if (!opened.ok) return fail(opened.error);
  const picked = opened.value!.picked;
  if (picked.length == 0) return fail(NO_MATCH);
  if (picked.length > 1) return fail('MAIL: That names ' + picked.length.toString() + ' messages; forward one at a time, such as @mail/forward 3=Bob.');
  const found = findRecipients(players, actor);
  if (found.problems.length > 0) return fail(found.problems.join('\n') + '\n' + NOTHING_SENT);
  if (found.people.length == 0) return fail(TO_WHOM);
  const tooMany = recipientCountProblem(found.people.length);
  if (tooMany.length > 0) return fail(tooMany);
  const header = headerOf(actor.id, picked[0].entry.id);
  if (!header.ok) return fail(header.error);
  const copy = new Outgoing(prefixedSubject('Fwd:', header.value!.subject), '', header.value!.size, true, header.value!.id);
  const error = deliver(actor, found.people, [copy]);
  if (error.length > 0) return fail(error);
  const copies = found.people.length;
  return reply('MAIL: ' + copies.toString() + (copies == 1 ? ' message' : ' messages') + ' forwarded.');
}
