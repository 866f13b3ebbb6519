// @mail/reply <n>=[<subject>/]<message>: mail to whoever sent message <n>; /replyall also to
// everyone else it went to. Without a subject of its own, the reply is "Re: " the original's.
import { Actor, CharacterView, characterById, fail, reply } from '../../../pdk';
import { bodyOf } from '../bodies-table';
import { MessageText, NOTHING_TO_SEND, recipientCountProblem, sentLines } from '../composing';
import { Outgoing, deliver } from '../delivery';
import { headerOf } from '../messages-table';
import { openList } from '../opened-list';
import { Recipients } from '../recipients';
import { prefixedSubject, splitSubject } from '../subject';

const ONE_MESSAGE = 'MAIL: Reply to one message, by its number: @mail/reply <n>=<message>.';
const NO_SUCH_MAIL = "MAIL: You can't reply to nonexistent mail.";

export function replyToMail(actor: Actor, typedList: string, typed: string, everyone: bool): i32 {
  if (typed.length == 0) return fail(NOTHING_TO_SEND);
  const opened = openList(actor, typedList);
  if (!opened.ok) return fail(opened.error);
  if (!opened.value!.list.single) return fail(ONE_MESSAGE);
  const picked = opened.value!.picked;
  if (picked.length == 0) return fail(NO_SUCH_MAIL);
  const id = picked[0].entry.id;
  const header = headerOf(actor.id, id);
  if (!header.ok) return fail(header.error);
  const text = splitSubject(typed);
  const message = MessageText.of(text.message);
  const problem = message.problem;
  if (problem.length > 0) return fail(problem);

  const found = new Recipients();
  const sender = characterById(header.value!.sender);
  if (!sender.ok) return fail('MAIL: ' + header.value!.senderName + ' is no longer a player here.');
  found.add(sender.value!);
  if (everyone) {
    const body = bodyOf(actor.id, id);
    if (!body.ok) return fail(body.error);
    addOthers(found, body.value!.recipients, actor.id);
  }
  const tooMany = recipientCountProblem(found.people.length);
  if (tooMany.length > 0) return fail(tooMany);
  const subject = text.given ? text.subject : prefixedSubject('Re:', header.value!.subject);
  const error = deliver(actor, found.people, [new Outgoing(subject, message.text, message.bytes, false)]);
  if (error.length > 0) return fail(error);
  return reply(sentLines(found.people));
}

// Everyone the message went to but the one replying; players since gone are left out.
function addOthers(found: Recipients, ids: string, self: i64): void {
  const tokens = ids.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].length == 0) continue;
    const id = I64.parseInt(tokens[i]);
    if (id <= 0 || id == self) continue;
    const person = characterById(id);
    if (person.ok) found.add(<CharacterView>person.value);
  }
}
