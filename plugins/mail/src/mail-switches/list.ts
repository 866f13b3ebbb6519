// @mail, and @mail <message-list>: PennMUSH's list of a folder, one line a message with its marks
// (N new, C cleared, F forwarded), number, sender (* when connected), subject and when it came.
// Listing reads every message in the folder, so it is also where a folder's stored list takes in
// new arrivals, and heals should it ever disagree with the messages.
import { Actor, characterById, fail, reply } from '../../../pdk';
import { listedTime } from '../mail-time';
import { Header, headersIn } from '../messages-table';
import { OpenFolder } from '../open-folder';
import { openList } from '../opened-list';
import { Picked, pick } from '../picked';

export const DASH_LINE = '-----------------------------------------------------------------------------';

export function listMail(actor: Actor, typedList: string): i32 {
  // The folder's messages are all read below, so its list is rebuilt from them if need be.
  const opened = openList(actor, typedList, 0);
  if (!opened.ok) return fail(opened.error);
  const folder = opened.value!.folder;
  const headers = headersIn(actor.id, folder.number);
  if (!headers.ok) return fail(headers.error);
  let picked = opened.value!.picked;
  if (!folder.matches(headers.value!)) {
    folder.rebuild(headers.value!);
    const saved = folder.save();
    if (saved.length > 0) return fail(saved);
    picked = pick(folder, opened.value!.list);
  }
  const lines: string[] = [heading(folder.number)];
  const connected = new SenderStatus();
  // The folder's list now names exactly these messages in this order: number n is headers[n - 1].
  for (let i = 0; i < picked.length; i++) {
    const header = headers.value![picked[i].number - 1];
    lines.push(line(folder, picked[i], header, connected.of(header.sender)));
  }
  lines.push(DASH_LINE);
  return reply(lines.join('\n'));
}

function heading(folder: i32): string {
  return '---------------------------  MAIL (folder ' + folder.toString().padStart(2, ' ') + ')  ------------------------------';
}

function line(folder: OpenFolder, picked: Picked, header: Header, connected: bool): string {
  const marks = (picked.entry.read ? '-' : 'N') + (picked.entry.cleared ? 'C' : '-') + (header.forwarded ? 'F' : '-');
  const place = folder.number.toString().padStart(2, ' ') + ':' + picked.number.toString().padEnd(3, ' ');
  const sender = (connected ? '*' : ' ') + cut(header.senderName, 12).padEnd(12, ' ');
  return '[' + marks + '] ' + place + ' ' + sender + '  ' + cut(header.subject, 28).padEnd(30, ' ') + ' ' + listedTime(header.sentAt);
}

/** `text`'s first `length` characters, never half an emoji. */
export function cut(text: string, length: i32): string {
  if (text.length <= length) return text;
  let end = length;
  const code = text.charCodeAt(end);
  if (code >= 0xdc00 && code <= 0xdfff) end -= 1;
  return text.slice(0, end);
}

/** Whether each sender is connected, asking the world once per sender. */
class SenderStatus {
  private ids: i64[] = [];
  private connected: bool[] = [];

  of(sender: i64): bool {
    const known = this.ids.indexOf(sender);
    if (known >= 0) return this.connected[known];
    const person = characterById(sender);
    const now = person.ok && person.value!.connected;
    this.ids.push(sender);
    this.connected.push(now);
    return now;
  }
}
