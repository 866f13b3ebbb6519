// @channel/ban <channel>=<player> and /unban: a banned player is taken off the channel and may
// not join it again until unbanned; a ban also ends their being an operator there. For the
// channel's owner, operators and admins, on those they outrank.
import { Actor, fail, reply, send } from '../../../pdk';
import { notModerator } from '../channel-access';
import { announceAction } from '../channel-broadcast';
import { BANNED, OPERATOR, addMark, removeMark } from '../channel-marks';
import { removeMember } from '../channel-membership';
import { channelTarget } from '../channel-target';

export function banSwitch(actor: Actor, rest: string, banning: bool): i32 {
  const found = channelTarget(actor, rest, banning ? 'ban' : 'unban');
  if (!found.ok) return fail(found.error);
  const it = found.value!;
  const channel = it.channel;
  const name = it.target.name;
  if (!it.actor.canModerate) return fail(notModerator(channel, banning ? 'ban players' : 'lift bans'));
  if (!banning) {
    if (!it.standing.isBanned) return fail(name + ' is not banned from ' + channel.name + '.');
    const lifted = removeMark(channel.name, it.target.id, BANNED);
    if (!lifted.ok) return fail(lifted.errorMessage);
    send(it.target.id, actor.name + ' has lifted your ban from channel ' + channel.name + '.');
    return reply('You lift the ban on ' + name + ' from ' + channel.name + '.');
  }
  const refusal = it.outrankRefusal('ban');
  if (refusal.length > 0) return fail(refusal);
  if (it.standing.isBanned) return fail(name + ' is already banned from ' + channel.name + '.');
  const marked = addMark(channel.name, it.target.id, BANNED, actor.id);
  if (!marked.ok) return fail(marked.errorMessage);
  if (it.standing.isOperator) {
    const demoted = removeMark(channel.name, it.target.id, OPERATOR);
    if (!demoted.ok) return fail(demoted.errorMessage);
  }
  const removed = removeMember(channel.name, it.target.id);
  if (!removed.ok) return fail(removed.errorMessage);
  const refused = announceAction(channel, actor, it.target.id, name, 'ban', name + ' has been banned from the channel by ' + actor.name + '.');
  if (refused.length > 0) return fail(refused);
  send(it.target.id, actor.name + ' has banned you from channel ' + channel.name + '.');
  return reply('You ban ' + name + ' from ' + channel.name + (removed.bool('changed') ? ' and take them off it.' : '.'));
}
