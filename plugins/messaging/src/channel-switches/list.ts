// @channel/list: the channels you may see, with member count, whether you are on it, who may
// join it and its description, in columns under their headings.
import { Actor, TextTable, fail, reply } from '../../../pdk';
import { accessOf, canSee } from '../channel-access';
import { channelStream } from '../channel-name';
import { channelStreamsOf, membersOf } from '../channel-membership';
import { allChannels } from '../channels-table';

export function listChannels(actor: Actor): i32 {
  const channels = allChannels();
  if (channels === null) return fail('The channel list cannot be read right now; try again in a moment.');
  const mine = channelStreamsOf(actor.id);
  const table = new TextTable(['Channel', 'Members', 'On', 'Access', 'Description'], [false, true, false, false, false]);
  let shownCount = 0;
  for (let i = 0; i < channels.length; i++) {
    const channel = channels[i];
    if (!canSee(actor.role, channel)) continue;
    const members = membersOf(channel.name);
    const count = members === null ? '?' : members.length.toString();
    const marker = mine.includes(channelStream(channel.name)) ? '(on)' : '';
    table.add([channel.name, count, marker, accessOf(channel), channel.description]);
    shownCount++;
  }
  if (shownCount == 0) return reply('There are no channels yet. Create one with @channel/create <name>.');
  return reply(table.toString());
}
