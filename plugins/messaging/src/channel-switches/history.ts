// @channel/history <name>: the channel's last 20 events from the event store, for its members.
import { Actor, JSON, fail, readHistory, reply, strOf } from '../../../pdk';
import { channelStream, notOnChannel } from '../channel-name';
import { isOnChannel } from '../channel-membership';
import { lookUpChannel } from '../channels-table';

const RECALLED = 20;

export function channelHistory(actor: Actor, typed: string): i32 {
  const found = lookUpChannel(typed);
  const channel = found.channel;
  if (channel === null) return fail(found.error);
  if (!isOnChannel(actor.id, channel.name)) return fail(notOnChannel(channel.name));
  const answer = readHistory(channelStream(channel.name), RECALLED);
  if (!answer.ok) return fail(answer.errorMessage);
  const events = answer.objects('events');
  const lines: string[] = [];
  for (let i = 0; i < events.length; i++) {
    const payload = events[i].getObj('payload');
    // Events without text are data for other plugins, not something anyone said.
    const text = payload === null ? '' : strOf(payload, 'text');
    if (text.length > 0) lines.push(clock(events[i]) + ' ' + text);
  }
  if (lines.length == 0) return reply('Nothing has been said on ' + channel.name + ' yet.');
  return reply(lines.join('\n'));
}

/** `[14:05]` from the ISO timestamp, in UTC as the core stores it, like the core's own replays. */
function clock(event: JSON.Obj): string {
  const timestamp = strOf(event, 'timestamp');
  return '[' + (timestamp.length >= 16 ? timestamp.slice(11, 16) : '--:--') + ']';
}
