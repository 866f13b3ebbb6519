// @channel/list: every channel with its member count, whether you are on it, and its description.
// Every column has a heading, and each heading starts where its column's text starts (the count,
// right-aligned, ends where "Members" ends), so the table reads straight in a fixed-width font.
import { Actor, fail, reply } from '../../../pdk';
import { channelStream } from '../channel-name';
import { channelStreamsOf, membersOf } from '../channel-membership';
import { allChannels } from '../channels-table';

const CHANNEL = 'Channel';
const MEMBERS = 'Members';
const ON_HEADING = 'On';
const ON = '(on)';
const DESCRIPTION = 'Description';
const GAP = '  ';

export function listChannels(actor: Actor): i32 {
  const channels = allChannels();
  if (channels === null) return fail('The channel list cannot be read right now; try again in a moment.');
  if (channels.length == 0) return reply('There are no channels yet. Create one with @channel/create <name>.');
  const mine = channelStreamsOf(actor.id);
  let nameWidth = CHANNEL.length;
  for (let i = 0; i < channels.length; i++) nameWidth = max(nameWidth, channels[i].name.length);
  const lines: string[] = [row(CHANNEL, nameWidth, MEMBERS, ON_HEADING, DESCRIPTION)];
  for (let i = 0; i < channels.length; i++) {
    const channel = channels[i];
    const members = membersOf(channel.name);
    const count = members === null ? '?' : members.length.toString();
    const marker = mine.includes(channelStream(channel.name)) ? ON : '';
    lines.push(row(channel.name, nameWidth, count.padStart(MEMBERS.length, ' '), marker, channel.description));
  }
  return reply(lines.join('\n'));
}

function row(name: string, nameWidth: i32, members: string, on: string, description: string): string {
  return (name.padEnd(nameWidth, ' ') + GAP + members + GAP + on.padEnd(ON.length, ' ') + GAP + description).trimEnd();
}
