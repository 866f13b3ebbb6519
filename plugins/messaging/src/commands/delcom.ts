// delcom <alias>: removes one of the player's channel aliases; when it was their only alias for
// that channel, they leave the channel too, as TinyMUX's comsys does.
import { Command, fail, reply } from '../../../pdk';
import { isAliasName } from '../alias-name';
import { RECORDS_UNREADABLE } from '../channel-access';
import { aliasesOf, channelOfAlias, removeAlias } from '../channel-aliases';
import { leaveChannel } from '../channel-joining';
import { isOnChannel } from '../channel-membership';
import { lookUpChannel } from '../channels-table';
import { shown } from '../shown';

export function cmd_delcom(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const typed = command.arg('alias');
  const unknown = 'You have no channel alias "' + shown(typed) + '". See comlist.';
  if (!isAliasName(typed)) return fail(unknown);
  const alias = typed.toLowerCase();
  const channelName = channelOfAlias(actor.id, alias);
  if (channelName === null) return fail(RECORDS_UNREADABLE);
  if (channelName!.length == 0) return fail(unknown);
  const removed = removeAlias(actor.id, alias);
  if (!removed.ok) return fail(removed.errorMessage);
  const text = 'Alias ' + alias + ' for channel ' + channelName! + ' deleted.';

  const left = aliasesOf(actor.id);
  if (left === null) return fail(RECORDS_UNREADABLE);
  for (let i = 0; i < left!.length; i++) if (left![i].channel == channelName!) return reply(text);
  if (!isOnChannel(actor.id, channelName!)) return reply(text);
  // Their last alias for it: they leave, even a channel now kept above their role.
  const found = lookUpChannel(channelName!);
  if (!found.ok) return reply(text);
  const leaving = leaveChannel(actor, found.value!);
  if (!leaving.ok) return fail(leaving.error);
  return reply(text + '\n' + leaving.text);
}
