// +<channel> <message>: talk on a channel you are on; `:` and `;` make it a pose. A word that names
// no channel the player can see is declined, so the line goes on to softcode's $-commands
// (`$+finger *`), as +commands on PennMUSH are softcode; with none, the player reads Huh?.
import { Command, fail, pass } from '../../../pdk';
import { findChannel } from '../channel-access';
import { talkOn } from '../talk-on-channel';

export function cmd_channel_talk(): i32 {
  const command = Command.read();
  const found = findChannel(command.actor, command.arg('channel'));
  if (!found.ok) return found.code.length == 0 ? pass() : fail(found.error);
  const channel = found.value!;
  return talkOn(command.actor, channel, command.arg('message'), '+' + channel.name);
}
