// @channel/<switch>: creating, joining, leaving, listing and reading channels. The core refuses
// switches the manifest does not list, so every switch arriving here is one of these.
import { Command, fail, reply } from '../../../pdk';
import { createChannel } from '../channel-switches/create';
import { channelHistory } from '../channel-switches/history';
import { joinChannel } from '../channel-switches/join';
import { leaveChannel } from '../channel-switches/leave';
import { listChannels } from '../channel-switches/list';
import { channelWho } from '../channel-switches/who';

const USAGE = [
  'Channel commands:',
  '  @channel/create <name>[=<description>]  make a channel and join it',
  '  @channel/join <name>                    start hearing a channel',
  '  @channel/leave <name>                   stop hearing a channel',
  '  @channel/list                           every channel, and the ones you are on',
  '  @channel/who <name>                     members connected now',
  '  @channel/history <name>                 the last 20 things said (members only)',
  '  +<name> <message>                       talk on a channel you are on',
].join('\n');

export function cmd_channel(): i32 {
  const command = Command.read();
  if (command.switches.length == 0) return reply(USAGE);
  if (command.switches.length > 1) return fail('Use one switch at a time, such as @channel/join <name>.');
  const action = command.switches[0];
  const actor = command.actor;
  if (action == 'list') return listChannels(actor);
  if (action == 'create') return createChannel(actor, command.rest);
  const name = command.rest;
  if (name.length == 0) return fail('Which channel? Use @channel/' + action + ' <name>.');
  if (action == 'join') return joinChannel(actor, name);
  if (action == 'leave') return leaveChannel(actor, name);
  if (action == 'who') return channelWho(name);
  return channelHistory(actor, name);
}
