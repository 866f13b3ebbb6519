// +<channel> <message>: talk on a channel you are on; `:` and `;` make it a pose.
import { Command, fail } from '../../../pdk';
import { findChannel } from '../channel-access';
import { talkOn } from '../talk-on-channel';

export function cmd_channel_talk(): i32 {
  const command = Command.read();
  const found = findChannel(command.actor, command.arg('channel'));
  if (!found.ok) return fail(found.error);
  const channel = found.value!;
  return talkOn(command.actor, channel, command.arg('message'), '+' + channel.name);
}
