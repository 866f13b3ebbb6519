// @mail/unread <message-list>: marks messages new again, as PennMUSH's @mail/unread does. Only
// the folder's list changes, so any number of messages takes one write.
import { Actor, fail, reply } from '../../../pdk';
import { openList } from '../opened-list';
import { messageLabel } from '../picked';

export function markUnread(actor: Actor, typedList: string): i32 {
  const opened = openList(actor, typedList);
  if (!opened.ok) return fail(opened.error);
  const folder = opened.value!.folder;
  const picked = opened.value!.picked;
  if (picked.length == 0) return fail("MAIL: You don't have any matching messages!");
  const lines: string[] = [];
  for (let i = 0; i < picked.length; i++) {
    if (!picked[i].entry.read) continue;
    picked[i].entry.read = false;
    if (lines.length < 20) lines.push('MAIL: Msg #' + messageLabel(folder, picked[i]) + ' unread');
  }
  if (lines.length == 0) return reply('MAIL: No messages had those flags.');
  const saved = folder.save();
  if (saved.length > 0) return fail(saved);
  return reply(lines.join('\n'));
}
