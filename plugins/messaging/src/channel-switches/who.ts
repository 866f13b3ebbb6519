// @channel/who <name>: the channel's members who are connected now. Who is on a private channel
// is for its members and operators to see.
import { Actor, boolOf, fail, reply, strOf } from '../../../pdk';
import { RECORDS_UNREADABLE, findChannel } from '../channel-access';
import { isOnChannel, membersOf } from '../channel-membership';
import { standingOn } from '../channel-standing';

export function channelWho(actor: Actor, typed: string): i32 {
  const found = findChannel(actor, typed);
  if (!found.ok) return fail(found.error);
  const channel = found.value!;
  if (channel.inviteOnly && !isOnChannel(actor.id, channel.name)) {
    const standing = standingOn(channel, actor.id, actor.role);
    if (!standing.ok) return fail(RECORDS_UNREADABLE);
    if (!standing.value!.canModerate) return fail('Channel ' + channel.name + ' is private: only its members see who is on it.');
  }
  const members = membersOf(channel.name);
  if (members === null) return fail('The members of ' + channel.name + ' cannot be read right now; try again in a moment.');
  const connected: string[] = [];
  for (let i = 0; i < members.length; i++) if (boolOf(members[i], 'connected')) connected.push(strOf(members[i], 'name'));
  if (connected.length == 0) return reply('No members of ' + channel.name + ' are connected now.');
  return reply('Members of ' + channel.name + ' connected now: ' + connected.join(', ') + '.');
}
