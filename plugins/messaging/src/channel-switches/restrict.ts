// @channel/restrict <channel>=<role>: keeps a channel to builders or admins (and higher). To
// anyone below the role it does not exist; members below it are taken off at once. `player`
// (or `none`) opens it to everyone again. For the owner and admins, up to their own role.
import { Actor, JsonWriter, fail, reply } from '../../../pdk';
import { announceAction } from '../channel-broadcast';
import { ROLE_RULE, holdersOf, isRoleName, roleRank } from '../channel-roles';
import { updateChannel } from '../channels-table';
import { channelToManage } from '../managed-channel';
import { SwitchArguments } from '../switch-arguments';

export function restrictSwitch(actor: Actor, rest: string): i32 {
  const args = SwitchArguments.of(rest);
  let role = args.value.toLowerCase();
  if (role == 'none') role = 'player';
  if (args.channel.length == 0 || args.value.length == 0) return fail('Use @channel/restrict <channel>=<role>: player (open to all), builder or admin.');
  if (!isRoleName(role)) return fail(ROLE_RULE + ' Use @channel/restrict <channel>=<role>.');
  const found = channelToManage(actor, args.channel, 'restrict it');
  if (!found.ok) return fail(found.error);
  const channel = found.value!;
  // Keeping a channel above one's own role would lock its owner out.
  if (roleRank(role) > roleRank(actor.role)) return fail("You can't keep " + channel.name + ' to ' + holdersOf(role) + ': you would no longer see it yourself.');
  const stored = roleRank(role) == 0 ? '' : role;
  if (roleRank(channel.minRole) == roleRank(role)) return fail('Channel ' + channel.name + ' is already for ' + holdersOf(role) + '.');
  const changed = updateChannel(channel.name, new JsonWriter().str('min_role', stored).end());
  if (!changed.ok) return fail(changed.errorMessage);
  channel.minRole = stored;
  // announceAction takes off members below the role before anyone hears the notice.
  const text = actor.name + ' has made the channel for ' + holdersOf(role) + '.';
  const refused = announceAction(channel, actor, actor.id, actor.name, 'restrict', text);
  if (refused.length > 0) return fail(refused);
  if (stored.length == 0) return reply('Channel ' + channel.name + ' is now open to everyone.');
  return reply('Channel ' + channel.name + ' is now for ' + holdersOf(role) + ' only; members below that were taken off it.');
}
