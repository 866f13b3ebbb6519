// @channel/leave <name>: stop receiving a channel; its members hear that you left.
import { Actor, fail, listen, reply } from '../../../pdk';
import { announce } from '../channel-announcement';
import { channelStream, notOnChannel } from '../channel-name';
import { lookUpChannel } from '../channels-table';

export function leaveChannel(actor: Actor, typed: string): i32 {
  const found = lookUpChannel(typed);
  const channel = found.channel;
  if (channel === null) return fail(found.error);
  const left = listen(channelStream(channel.name), false);
  if (!left.ok) return fail(left.errorMessage);
  if (!left.bool('changed')) return fail(notOnChannel(channel.name));
  // Events are delivered after the call, when the leaver no longer listens: the reply tells them.
  const announced = announce(channel.name, actor, 'leave', 'has left this channel');
  if (!announced.ok) return fail(announced.errorMessage);
  return reply('You leave channel ' + channel.name + '.');
}
