// @channel/op <channel>=<player> and /deop: operators help the owner moderate (mute, kick, ban,
// invite). Only the owner and admins make or unmake them.
import { Actor, fail, reply } from '../../../pdk';
import { canSee, notOwner } from '../channel-access';
import { announceAction } from '../channel-broadcast';
import { OPERATOR, addMark, removeMark } from '../channel-marks';
import { holdersOf } from '../channel-roles';
import { channelTarget } from '../channel-target';

export function operatorSwitch(actor: Actor, rest: string, making: bool): i32 {
  const found = channelTarget(actor, rest, making ? 'op' : 'deop');
  if (!found.ok) return fail(found.error);
  const it = found.value!;
  const channel = it.channel;
  const name = it.target.name;
  if (!it.actor.canManage) return fail(notOwner(channel, making ? 'make operators' : 'unmake operators'));
  if (!making) {
    if (!it.standing.isOperator) return fail(name + ' is not an operator of ' + channel.name + '.');
    const removed = removeMark(channel.name, it.target.id, OPERATOR);
    if (!removed.ok) return fail(removed.errorMessage);
    const refused = announceAction(channel, actor, it.target.id, name, 'deop', name + ' is no longer an operator (' + actor.name + ').');
    if (refused.length > 0) return fail(refused);
    return reply(name + ' is no longer an operator of ' + channel.name + '.');
  }
  if (it.standing.isOwner) return fail(name + ' owns ' + channel.name + ' already.');
  if (it.standing.isOperator) return fail(name + ' is already an operator of ' + channel.name + '.');
  if (it.standing.isBanned) return fail(name + ' is banned from ' + channel.name + '; lift the ban first (@channel/unban).');
  if (!canSee(it.target.role, channel)) return fail(name + " can't be an operator of " + channel.name + ': it is for ' + holdersOf(channel.minRole) + ' only.');
  const marked = addMark(channel.name, it.target.id, OPERATOR, actor.id);
  if (!marked.ok) return fail(marked.errorMessage);
  const refused = announceAction(channel, actor, it.target.id, name, 'op', name + ' is now an operator (' + actor.name + ').');
  if (refused.length > 0) return fail(refused);
  return reply(name + ' is now an operator of ' + channel.name + '.');
}
