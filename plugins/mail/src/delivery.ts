// Delivering mail: a copy of each message into each recipient's inbox, all or nothing. Every inbox
// is checked for room before anything is written; a refusal names each full one, and the command
// then fails, which undoes whatever was written. Each copy is a messages row and a bodies row of
// its recipient's own; the text goes into all the copies of a message in one statement at the
// end, so the long text is written once, after the many short writes.
import { Actor, CharacterView, send } from '../../pdk';
import { Body, bodyOf, fillBodies, insertBody } from './bodies-table';
import { MAX_DELIVERED_BYTES, mailboxLimit } from './limits';
import { mailboxOf, saveInbox } from './mailboxes-table';
import { insertHeader } from './messages-table';
import { idsOf } from './recipients';

export const NOTHING_SENT = 'MAIL: Nothing was sent.';

/** A message to deliver: its subject, and its text or the message whose text it copies. */
export class Outgoing {
  constructor(
    public subject: string,
    public text: string,
    /** The text's length in UTF-8 bytes (for a copy, as its message records it). */
    public bytes: i32,
    public forwarded: bool,
    /** For a forward: the sender's own message whose text is copied (read last, when needed). */
    public copiedFrom: i64 = 0,
  ) {}
}

/** Delivers every message to every player; '' when done, otherwise why nothing may be kept. */
export function deliver(sender: Actor, people: CharacterView[], messages: Outgoing[]): string {
  let bytes = 0;
  for (let m = 0; m < messages.length; m++) bytes += messages[m].bytes;
  const tooBig = sizeProblem(bytes, people.length);
  if (tooBig.length > 0) return tooBig;
  const inboxes: i32[] = [];
  const full: string[] = [];
  const limit = mailboxLimit();
  for (let i = 0; i < people.length; i++) {
    const mailbox = mailboxOf(people[i].id);
    if (!mailbox.ok) return mailbox.error;
    inboxes.push(mailbox.value!.inbox);
    if (mailbox.value!.inbox + messages.length > limit) full.push('MAIL: ' + people[i].name + "'s mailbox is full. Can't send.");
  }
  if (full.length > 0) return full.join('\n') + '\n' + NOTHING_SENT;

  const recipients = idsOf(people);
  const deliveries: i64[] = [];
  const notices: string[][] = [];
  for (let i = 0; i < people.length; i++) notices.push([]);
  for (let m = 0; m < messages.length; m++) {
    let delivery: i64 = 0;
    for (let i = 0; i < people.length; i++) {
      const header = insertHeader(people[i].id, sender, messages[m].subject, messages[m].bytes, messages[m].forwarded);
      if (!header.ok) return header.error;
      const id = header.value!.id;
      // The first copy's id numbers the delivery: unique, and known before the next copy.
      if (delivery == 0) delivery = id;
      const stored = insertBody(people[i].id, id, delivery, recipients);
      if (stored.length > 0) return stored;
      inboxes[i] += 1;
      notices[i].push('MAIL: You have a new message (' + inboxes[i].toString() + ') from ' + sender.name + '.');
    }
    deliveries.push(delivery);
  }
  for (let i = 0; i < people.length; i++) {
    const saved = saveInbox(people[i].id, inboxes[i]);
    if (saved.length > 0) return saved;
  }
  for (let m = 0; m < messages.length; m++) {
    const text = textOf(sender, messages[m]);
    if (text === null) return 'MAIL: A message to forward is gone; nothing was sent.';
    const filled = fillBodies(deliveries[m], text!);
    if (filled.length > 0) return filled;
  }
  for (let i = 0; i < people.length; i++) {
    if (!people[i].connected) continue;
    for (let n = 0; n < notices[i].length; n++) {
      const told = send(people[i].id, notices[i][n]);
      if (!told.ok) return told.errorMessage;
    }
  }
  return '';
}

/** Why `bytes` of text (each message once) cannot go to `people` players at once, or ''. */
function sizeProblem(bytes: i32, people: i32): string {
  if (bytes * people <= MAX_DELIVERED_BYTES) return '';
  return (
    'MAIL: That is too much to send at once: ' + bytes.toString() + ' bytes to each of ' + people.toString() + ' players. One @mail carries at most ' +
    MAX_DELIVERED_BYTES.toString() + ' bytes in all (a plain letter is 1 byte, an accented one 2, an emoji 4); send it to fewer players at a time. ' +
    NOTHING_SENT
  );
}

function textOf(sender: Actor, message: Outgoing): string | null {
  if (message.copiedFrom == 0) return message.text;
  const body = bodyOf(sender.id, message.copiedFrom);
  if (!body.ok) return null;
  return (<Body>body.value).text;
}
