// @channel/who <name>: the channel's members who are connected now.
import { boolOf, fail, reply, strOf } from '../../../pdk';
import { membersOf } from '../channel-membership';
import { lookUpChannel } from '../channels-table';

export function channelWho(typed: string): i32 {
  const found = lookUpChannel(typed);
  const channel = found.channel;
  if (channel === null) return fail(found.error);
  const members = membersOf(channel.name);
  if (members === null) return fail('The members of ' + channel.name + ' cannot be read right now; try again in a moment.');
  const connected: string[] = [];
  for (let i = 0; i < members.length; i++) if (boolOf(members[i], 'connected')) connected.push(strOf(members[i], 'name'));
  if (connected.length == 0) return reply('No members of ' + channel.name + ' are connected now.');
  return reply('Members of ' + channel.name + ' connected now: ' + connected.join(', ') + '.');
}
