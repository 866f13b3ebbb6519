// @channel/invite <channel>=<player> and /uninvite: an invitation lets a player join a private
// channel (it lasts until taken back, so they may leave and come back). For the channel's owner,
// operators and admins. Nobody is invited where they are banned or below the channel's role.
import { Actor, fail, reply, send } from '../../../pdk';
import { canSee, notModerator } from '../channel-access';
import { INVITED, addMark, removeMark } from '../channel-marks';
import { holdersOf } from '../channel-roles';
import { channelTarget } from '../channel-target';

export function inviteSwitch(actor: Actor, rest: string, inviting: bool): i32 {
  const found = channelTarget(actor, rest, inviting ? 'invite' : 'uninvite');
  if (!found.ok) return fail(found.error);
  const it = found.value!;
  const channel = it.channel;
  const name = it.target.name;
  if (!it.actor.canModerate) return fail(notModerator(channel, inviting ? 'invite players' : 'take back invitations'));
  if (!inviting) {
    if (!it.standing.isInvited) return fail(name + ' has no invitation to ' + channel.name + '.');
    const withdrawn = removeMark(channel.name, it.target.id, INVITED);
    if (!withdrawn.ok) return fail(withdrawn.errorMessage);
    return reply('You take back the invitation of ' + name + ' to ' + channel.name + '.');
  }
  if (it.standing.isBanned) return fail(name + ' is banned from ' + channel.name + '; lift the ban first (@channel/unban).');
  if (!canSee(it.target.role, channel)) return fail(name + " can't join " + channel.name + ': it is for ' + holdersOf(channel.minRole) + ' only.');
  if (it.standing.isInvited) return fail(name + ' is already invited to ' + channel.name + '.');
  const marked = addMark(channel.name, it.target.id, INVITED, actor.id);
  if (!marked.ok) return fail(marked.errorMessage);
  send(it.target.id, actor.name + ' invites you to channel ' + channel.name + '. Join it with @channel/join ' + channel.name + '.');
  return reply('You invite ' + name + ' to ' + channel.name + '.');
}
