// @channel/chown <channel>=<player>: gives the channel to another player, who must be able to see
// it and not be banned from it; an operator made owner is simply the owner from then on. For the
// owner and admins (PennMUSH keeps this to wizards; here an owner may hand on what they made).
import { Actor, JsonWriter, fail, reply, send } from '../../../pdk';
import { canSee, notOwner } from '../channel-access';
import { announceAction } from '../channel-broadcast';
import { OPERATOR, removeMark } from '../channel-marks';
import { holdersOf } from '../channel-roles';
import { channelTarget } from '../channel-target';
import { updateChannel } from '../channels-table';

export function chownSwitch(actor: Actor, rest: string): i32 {
  const found = channelTarget(actor, rest, 'chown');
  if (!found.ok) return fail(found.error);
  const it = found.value!;
  const channel = it.channel;
  const name = it.target.name;
  if (!it.actor.canManage) return fail(notOwner(channel, 'give it away'));
  if (it.standing.isOwner) return fail(name + ' owns ' + channel.name + ' already.');
  if (it.standing.isBanned) return fail(name + ' is banned from ' + channel.name + '; lift the ban first (@channel/unban).');
  if (!canSee(it.target.role, channel)) return fail(name + " can't own " + channel.name + ': it is for ' + holdersOf(channel.minRole) + ' only.');
  const changed = updateChannel(channel.name, new JsonWriter().int('owner', it.target.id).end());
  if (!changed.ok) return fail(changed.errorMessage);
  if (it.standing.isOperator) {
    const cleared = removeMark(channel.name, it.target.id, OPERATOR);
    if (!cleared.ok) return fail(cleared.errorMessage);
  }
  channel.owner = it.target.id;
  const refused = announceAction(channel, actor, it.target.id, name, 'chown', name + ' now owns the channel (given by ' + actor.name + ').');
  if (refused.length > 0) return fail(refused);
  send(it.target.id, actor.name + ' has given you channel ' + channel.name + '; you own it now.');
  return reply('Channel ' + channel.name + ' now belongs to ' + name + '.');
}
