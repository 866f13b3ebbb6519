// @mail <n> and @mail/read <message-list>: shows messages as PennMUSH does (sender, date, folder,
// number, status, subject, then the text between dashed lines) and marks them read. At most ten at
// a time, and no more than fits in one answer.
import { Actor, characterById, fail, reply } from '../../../pdk';
import { bodyOf } from '../bodies-table';
import { MAX_OUTPUT_BYTES, MAX_READ } from '../limits';
import { fullTime } from '../mail-time';
import { Header, headerOf } from '../messages-table';
import { openList } from '../opened-list';
import { Picked } from '../picked';
import { DASH_LINE } from './list';

const TOO_FEW = "MAIL: You don't have that many matching messages!";

export function readMail(actor: Actor, typedList: string): i32 {
  const opened = openList(actor, typedList);
  if (!opened.ok) return fail(opened.error);
  const folder = opened.value!.folder;
  const picked = opened.value!.picked;
  if (picked.length == 0) return fail(TOO_FEW);
  const pages: string[] = [];
  let bytes = 0;
  let shown = 0;
  while (shown < picked.length && shown < MAX_READ) {
    const header = headerOf(actor.id, picked[shown].entry.id);
    if (!header.ok) return fail(header.error);
    const body = bodyOf(actor.id, picked[shown].entry.id);
    if (!body.ok) return fail(body.error);
    const page = pageOf(folder.number, picked[shown], header.value!, body.value!.text);
    const size = String.UTF8.byteLength(page) + 1;
    if (shown > 0 && bytes + size > MAX_OUTPUT_BYTES) break;
    pages.push(page);
    bytes += size;
    picked[shown].entry.read = true;
    shown++;
  }
  const saved = folder.save();
  if (saved.length > 0) return fail(saved);
  if (shown < picked.length) {
    const left = picked.length - shown;
    pages.push('MAIL: ' + left.toString() + (left == 1 ? ' more message matches' : ' more messages match') + '; read on from message ' + picked[shown].number.toString() + '.');
  }
  return reply(pages.join('\n'));
}

function pageOf(folder: i32, picked: Picked, header: Header, text: string): string {
  const sender = characterById(header.sender);
  const connected = sender.ok && sender.value!.connected;
  const status = (picked.entry.read ? 'Read' : 'Unread') + (picked.entry.cleared ? ' Cleared' : '') + (header.forwarded ? ' Fwd' : '');
  return [
    DASH_LINE,
    'From: ' + header.senderName.padEnd(55, ' ') + (connected ? ' (Conn)' : ''),
    'Date: ' + fullTime(header.sentAt).padEnd(25, ' ') + '   Folder: ' + folder.toString().padStart(2, ' ') + '   Message: ' + picked.number.toString(),
    'Status: ' + status,
    'Subject: ' + header.subject,
    DASH_LINE,
    text,
    DASH_LINE,
  ].join('\n');
}
