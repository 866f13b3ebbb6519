// @channel/private <channel>=on|off: on, only invited players (and the channel's operators) may
// join; members already on it stay. For the owner and admins.
import { Actor, JsonWriter, fail, reply } from '../../../pdk';
import { announceAction } from '../channel-broadcast';
import { updateChannel } from '../channels-table';
import { channelToManage } from '../managed-channel';
import { SwitchArguments } from '../switch-arguments';

export function privateSwitch(actor: Actor, rest: string): i32 {
  const args = SwitchArguments.of(rest);
  const value = args.value.toLowerCase();
  if (args.channel.length == 0 || (value != 'on' && value != 'off')) return fail('Use @channel/private <channel>=on or @channel/private <channel>=off.');
  const found = channelToManage(actor, args.channel, 'make it private or open');
  if (!found.ok) return fail(found.error);
  const channel = found.value!;
  const making = value == 'on';
  if (channel.inviteOnly == making) return fail('Channel ' + channel.name + ' is already ' + (making ? 'private.' : 'open to all.'));
  const changed = updateChannel(channel.name, new JsonWriter().bool('invite_only', making).end());
  if (!changed.ok) return fail(changed.errorMessage);
  channel.inviteOnly = making;
  const text = making ? actor.name + ' has made the channel private: joining it takes an invitation.' : actor.name + ' has opened the channel to everyone.';
  const refused = announceAction(channel, actor, actor.id, actor.name, making ? 'private' : 'open', text);
  if (refused.length > 0) return fail(refused);
  if (making) return reply('Channel ' + channel.name + ' is now private: players join it only when invited (@channel/invite ' + channel.name + '=<player>).');
  return reply('Channel ' + channel.name + ' is now open: anyone who may see it may join.');
}
