// Who may see a channel, and the refusals for those who may not do something on it. A channel
// kept to a role does not exist for anyone below that role: every command that names it answers
// as if there were no such channel, so a staff channel's name gives nothing away.
import { Actor, Found } from '../../pdk';
import { noSuchChannel } from './channel-name';
import { holdersOf, roleRank } from './channel-roles';
import { Channel, lookUpChannel } from './channels-table';

/** Whether someone of `role` may see, join and talk on the channel. */
export function canSee(role: string, channel: Channel): bool {
  return roleRank(role) >= roleRank(channel.minRole);
}

/** The channel `typed` names, if the actor may see it. */
export function findChannel(actor: Actor, typed: string): Found<Channel> {
  const found = lookUpChannel(typed);
  if (!found.ok) return found;
  if (!canSee(actor.role, found.value!)) return new Found<Channel>(null, '', noSuchChannel(typed));
  return found;
}

/** "private", "admins", "private, builders and admins", or "open". */
export function accessOf(channel: Channel): string {
  const parts: string[] = [];
  if (channel.inviteOnly) parts.push('private');
  if (roleRank(channel.minRole) > 0) parts.push(holdersOf(channel.minRole));
  return parts.length == 0 ? 'open' : parts.join(', ');
}

/** Refusal for a moderator's switch (`what`: "mute players") asked by someone who is not one. */
export function notModerator(channel: Channel, what: string): string {
  return 'Permission denied: only the owner and operators of ' + channel.name + ' may ' + what + '.';
}

/** Refusal for an owner's switch (`what`: "delete it") asked by anyone else. */
export function notOwner(channel: Channel, what: string): string {
  return 'Permission denied: only the owner of ' + channel.name + ' or an admin may ' + what + '.';
}

/** The reading of a table failed; nothing was done. */
export const RECORDS_UNREADABLE = "The channel's records cannot be read right now; try again in a moment.";
