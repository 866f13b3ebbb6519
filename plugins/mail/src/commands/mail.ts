// @mail[/<switch>] [<left>[=<right>]]: PennMUSH's mailer. The text is split at its first "=" here
// (a message may hold more), and each form goes to its own file in mail-switches/. The core
// refuses switches the manifest does not list, so every switch arriving here is one of these.
import { Actor, Command, fail } from '../../../pdk';
import { clearMail } from '../mail-switches/clear';
import { fileMail } from '../mail-switches/file';
import { folderCommand, unfolderCommand } from '../mail-switches/folder';
import { forwardMail } from '../mail-switches/forward';
import { listMail } from '../mail-switches/list';
import { purgeMail } from '../mail-switches/purge';
import { readMail } from '../mail-switches/read';
import { replyToMail } from '../mail-switches/reply';
import { sendMail } from '../mail-switches/send';
import { markUnread } from '../mail-switches/unread';
import { parseMessageList } from '../message-list';
import { NO_RECIPIENTS } from '../recipients';

export function cmd_mail(): i32 {
  const command = Command.read();
  if (command.switches.length > 1) return fail('MAIL: Use one switch at a time, such as @mail/read 3.');
  const actor = command.actor;
  const rest = command.rest;
  const equals = rest.indexOf('=');
  const left = equals < 0 ? rest : rest.slice(0, equals).trim();
  const right = equals < 0 ? '' : rest.slice(equals + 1).trim();
  if (command.switches.length == 0) return plainMail(actor, left, right, equals >= 0);
  const action = command.switches[0];
  if (action == 'send') return equals < 0 ? fail('MAIL: Use @mail/send <players>=[<subject>/]<message>.') : sendMail(actor, left, right);
  if (action == 'read') return readMail(actor, left);
  if (action == 'list') return listMail(actor, left);
  if (action == 'reply') return replyToMail(actor, left, right, false);
  if (action == 'replyall') return replyToMail(actor, left, right, true);
  if (action == 'forward' || action == 'fwd') return forwardMail(actor, left, right);
  if (action == 'clear') return clearMail(actor, left, true, 'unclear');
  if (action == 'delete') return clearMail(actor, left, true, 'undelete');
  if (action == 'unclear' || action == 'undelete') return clearMail(actor, left, false, action);
  if (action == 'purge') return purgeMail(actor);
  if (action == 'unread') return markUnread(actor, left);
  if (action == 'file') return fileMail(actor, left, right);
  if (action == 'folder') return folderCommand(actor, left, right, equals >= 0);
  return unfolderCommand(actor, left);
}

// Without a switch, as PennMUSH reads @mail: sending when there is an "=", reading a lone
// message number, and listing anything else (nothing at all lists the current folder).
function plainMail(actor: Actor, left: string, right: string, sending: bool): i32 {
  if (sending) return left.length == 0 ? fail(NO_RECIPIENTS) : sendMail(actor, left, right);
  const word = left.toLowerCase();
  if (word == 'purge') return purgeMail(actor);
  if (word == 'clear') return clearMail(actor, '', true, 'unclear');
  if (word == 'unclear') return clearMail(actor, '', false, 'unclear');
  if (parseMessageList(left).single) return readMail(actor, left);
  return listMail(actor, left);
}
