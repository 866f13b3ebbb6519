// @channel/kick <channel>=<player>: takes a player off the channel; unlike a ban, they may join
// again. For the channel's owner, operators and admins, on those they outrank.
import { Actor, fail, reply, send } from '../../../pdk';
import { notModerator } from '../channel-access';
import { announceAction } from '../channel-broadcast';
import { removeMember } from '../channel-membership';
import { channelTarget } from '../channel-target';

export function kickSwitch(actor: Actor, rest: string): i32 {
  const found = channelTarget(actor, rest, 'kick');
  if (!found.ok) return fail(found.error);
  const it = found.value!;
  const channel = it.channel;
  const name = it.target.name;
  if (!it.actor.canModerate) return fail(notModerator(channel, 'kick players'));
  const refusal = it.outrankRefusal('kick');
  if (refusal.length > 0) return fail(refusal);
  const removed = removeMember(channel.name, it.target.id);
  if (!removed.ok) return fail(removed.errorMessage);
  if (!removed.bool('changed')) return fail(name + ' is not on channel ' + channel.name + '.');
  const refused = announceAction(channel, actor, it.target.id, name, 'kick', name + ' has been kicked off the channel by ' + actor.name + '.');
  if (refused.length > 0) return fail(refused);
  // They no longer hear the channel, so they are told directly; a refusal here changes nothing done.
  send(it.target.id, actor.name + ' has kicked you off channel ' + channel.name + '. You may join it again.');
  return reply('You kick ' + name + ' off ' + channel.name + '.');
}
