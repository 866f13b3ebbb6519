// @channel/list: every channel with its member count, whether you are on it, and its description.
import { Actor, fail, reply } from '../../../pdk';
import { channelStream } from '../channel-name';
import { channelStreamsOf, membersOf } from '../channel-membership';
import { allChannels } from '../channels-table';

const ON = '(on)';

export function listChannels(actor: Actor): i32 {
  const channels = allChannels();
  if (channels === null) return fail('The channel list cannot be read right now; try again in a moment.');
  if (channels.length == 0) return reply('There are no channels yet. Create one with @channel/create <name>.');
  const mine = channelStreamsOf(actor.id);
  let width = 'Channel'.length;
  for (let i = 0; i < channels.length; i++) width = max(width, channels[i].name.length);
  const lines: string[] = ['Channel'.padEnd(width, ' ') + '  Members  ' + ' '.repeat(ON.length) + '  Description'];
  for (let i = 0; i < channels.length; i++) {
    const channel = channels[i];
    const members = membersOf(channel.name);
    const count = members === null ? '?' : members.length.toString();
    const marker = mine.includes(channelStream(channel.name)) ? ON : ' '.repeat(ON.length);
    lines.push((channel.name.padEnd(width, ' ') + '  ' + count.padStart('Members'.length, ' ') + '  ' + marker + '  ' + channel.description).trimEnd());
  }
  return reply(lines.join('\n'));
}
