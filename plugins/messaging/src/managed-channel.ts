// The channel an owner's switch (/private, /restrict, /rename, /chown, /delete) names, if the
// actor may manage it: its owner, or an admin.
import { Actor, Found } from '../../pdk';
import { RECORDS_UNREADABLE, findChannel, notOwner } from './channel-access';
import { standingOn } from './channel-standing';
import { Channel } from './channels-table';

/** The channel `typed` names, when the actor owns it or is an admin; `what` says what they asked ("delete it"). */
export function channelToManage(actor: Actor, typed: string, what: string): Found<Channel> {
  const found = findChannel(actor, typed);
  if (!found.ok) return found;
  const channel = found.value!;
  const standing = standingOn(channel, actor.id, actor.role);
  if (!standing.ok) return new Found<Channel>(null, '', RECORDS_UNREADABLE);
  if (!standing.value!.canManage) return new Found<Channel>(null, '', notOwner(channel, what));
  return found;
}
