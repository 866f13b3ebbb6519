// @channel/join <name>: start receiving a channel; its members hear that you joined.
import { Actor, fail, listen, reply } from '../../../pdk';
import { announce } from '../channel-announcement';
import { channelStream } from '../channel-name';
import { lookUpChannel } from '../channels-table';

export function joinChannel(actor: Actor, typed: string): i32 {
  const found = lookUpChannel(typed);
  const channel = found.channel;
  if (channel === null) return fail(found.error);
  const joined = listen(channelStream(channel.name), true);
  if (!joined.ok) return fail(joined.errorMessage);
  if (!joined.bool('changed')) return fail('You are already on channel ' + channel.name + '.');
  const announced = announce(channel.name, actor, 'join', 'has joined this channel');
  if (!announced.ok) return fail(announced.errorMessage);
  return reply('You join channel ' + channel.name + '.');
}
