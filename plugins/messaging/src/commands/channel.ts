// @channel/<switch>: creating, joining, leaving, listing and reading channels, and running them
// (operators moderate, owners manage). The core refuses switches the manifest does not list, so
// every switch arriving here is one of these.
import { Command, fail, reply } from '../../../pdk';
import { banSwitch } from '../channel-switches/ban';
import { chownSwitch } from '../channel-switches/chown';
import { createChannel } from '../channel-switches/create';
import { deleteSwitch } from '../channel-switches/delete';
import { channelHistory } from '../channel-switches/history';
import { channelInfo } from '../channel-switches/info';
import { inviteSwitch } from '../channel-switches/invite';
import { joinSwitch } from '../channel-switches/join';
import { kickSwitch } from '../channel-switches/kick';
import { leaveSwitch } from '../channel-switches/leave';
import { listChannels } from '../channel-switches/list';
import { muteSwitch } from '../channel-switches/mute';
import { operatorSwitch } from '../channel-switches/operator';
import { privateSwitch } from '../channel-switches/private';
import { renameSwitch } from '../channel-switches/rename';
import { restrictSwitch } from '../channel-switches/restrict';
import { channelWho } from '../channel-switches/who';
import { SwitchArguments } from '../switch-arguments';

const USAGE = [
  'Channel commands:',
  '  @channel/create <name>[=<description>]  make a channel and join it',
  '  @channel/join <name>                    start hearing a channel',
  '  @channel/leave <name>                   stop hearing a channel',
  '  @channel/list                           the channels you may see, and yours',
  '  @channel/who <name>                     members connected now',
  '  @channel/info <name>                    owner, operators, access, members',
  '  @channel/history <name>[=<page>]        what was said, 20 lines a page (members)',
  '  +<name> <message>                       talk on a channel you are on',
  '  addcom <alias>=<name>, delcom, comlist  your own aliases: <alias> <message>',
  'Operators: @channel/mute, /unmute, /kick, /ban, /unban, /invite, /uninvite <name>=<player>',
  'Owner: @channel/op, /deop, /chown <name>=<player>, /rename <name>=<new name>,',
  '       /private <name>=on|off, /restrict <name>=<role>, /delete <name>',
  'See "help @channel" for what each does.',
].join('\n');

/** Switches that name a channel and nothing else. */
const ONE_CHANNEL = ['join', 'leave', 'who', 'info'];

export function cmd_channel(): i32 {
  const command = Command.read();
  if (command.switches.length == 0) return reply(USAGE);
  if (command.switches.length > 1) return fail('Use one switch at a time, such as @channel/join <name>.');
  const action = command.switches[0];
  const actor = command.actor;
  const rest = command.rest;
  if (action == 'list') return listChannels(actor);
  if (action == 'create') return createChannel(actor, rest);
  if (SwitchArguments.of(rest).channel.length == 0) return fail('Which channel? Use @channel/' + action + ' <name>' + valueForm(action) + '.');
  if (ONE_CHANNEL.includes(action)) {
    if (action == 'join') return joinSwitch(actor, rest);
    if (action == 'leave') return leaveSwitch(actor, rest);
    if (action == 'who') return channelWho(actor, rest);
    return channelInfo(actor, rest);
  }
  if (action == 'history') return channelHistory(actor, rest);
  if (action == 'mute' || action == 'unmute') return muteSwitch(actor, rest, action == 'mute');
  if (action == 'ban' || action == 'unban') return banSwitch(actor, rest, action == 'ban');
  if (action == 'invite' || action == 'uninvite') return inviteSwitch(actor, rest, action == 'invite');
  if (action == 'op' || action == 'deop') return operatorSwitch(actor, rest, action == 'op');
  if (action == 'kick') return kickSwitch(actor, rest);
  if (action == 'chown') return chownSwitch(actor, rest);
  if (action == 'private') return privateSwitch(actor, rest);
  if (action == 'restrict') return restrictSwitch(actor, rest);
  if (action == 'rename') return renameSwitch(actor, rest);
  return deleteSwitch(actor, rest);
}

/** What follows the channel in a switch's usage: `=<player>`, `=<page>`, ... */
function valueForm(action: string): string {
  if (action == 'history') return '[=<page>]';
  if (action == 'rename') return '=<new name>';
  if (action == 'private') return '=on|off';
  if (action == 'restrict') return '=<role>';
  if (action == 'delete') return '';
  if (ONE_CHANNEL.includes(action)) return '';
  return '=<player>';
}
