// `<alias> <message>`: a line no command took whose first word is one of the player's channel
// aliases talks on that channel (`pub hello`, `pub :waves`). Offered every unmatched line, after
// exits, so it answers quickly and passes on whatever is not an alias of this player.
import { Command, fail, pass } from '../../../pdk';
import { isAliasName } from '../alias-name';
import { findChannel } from '../channel-access';
import { channelOfAlias } from '../channel-aliases';
import { talkOn } from '../talk-on-channel';

export function on_unmatched(): i32 {
  const command = Command.read();
  const line = command.rest.trim();
  let end = 0;
  while (end < line.length && line.charCodeAt(end) != 0x20 && line.charCodeAt(end) != 0x09) end++;
  const word = line.slice(0, end);
  if (!isAliasName(word)) return pass();
  const alias = word.toLowerCase();
  const channelName = channelOfAlias(command.actor.id, alias);
  // Unreadable, or not an alias: another plugin (or "Huh?") answers the line.
  if (channelName === null || channelName!.length == 0) return pass();
  const found = findChannel(command.actor, channelName!);
  if (!found.ok) return fail('Your alias ' + alias + ' is for channel ' + channelName! + ', which you can no longer use. Remove it with delcom ' + alias + '.');
  return talkOn(command.actor, found.value!, line.slice(end).trimStart(), alias);
}
