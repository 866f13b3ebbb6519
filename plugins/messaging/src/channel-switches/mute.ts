// @channel/mute <channel>=<player> and /unmute: a muted player stays on the channel and hears it,
// but may not talk there. For the channel's owner, operators and admins, on those they outrank.
import { Actor, fail, reply } from '../../../pdk';
import { notModerator } from '../channel-access';
import { announceAction } from '../channel-broadcast';
import { MUTED, addMark, removeMark } from '../channel-marks';
import { channelTarget } from '../channel-target';

export function muteSwitch(actor: Actor, rest: string, muting: bool): i32 {
  const found = channelTarget(actor, rest, muting ? 'mute' : 'unmute');
  if (!found.ok) return fail(found.error);
  const it = found.value!;
  const channel = it.channel;
  const name = it.target.name;
  if (!it.actor.canModerate) return fail(notModerator(channel, muting ? 'mute players' : 'unmute players'));
  if (muting) {
    const refusal = it.outrankRefusal('mute');
    if (refusal.length > 0) return fail(refusal);
    if (it.standing.isMuted) return fail(name + ' is already muted on ' + channel.name + '.');
    const marked = addMark(channel.name, it.target.id, MUTED, actor.id);
    if (!marked.ok) return fail(marked.errorMessage);
    const refused = announceAction(channel, actor, it.target.id, name, 'mute', name + ' has been muted by ' + actor.name + '.');
    if (refused.length > 0) return fail(refused);
    return reply('You mute ' + name + ' on ' + channel.name + ': they may listen, but not talk.');
  }
  if (!it.standing.isMuted) return fail(name + ' is not muted on ' + channel.name + '.');
  const cleared = removeMark(channel.name, it.target.id, MUTED);
  if (!cleared.ok) return fail(cleared.errorMessage);
  const refused = announceAction(channel, actor, it.target.id, name, 'unmute', name + ' may talk again (unmuted by ' + actor.name + ').');
  if (refused.length > 0) return fail(refused);
  return reply('You unmute ' + name + ' on ' + channel.name + '.');
}
