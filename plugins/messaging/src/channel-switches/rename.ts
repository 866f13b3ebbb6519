// @channel/rename <channel>=<new name>: the channel goes on under another name, with its members,
// owner, operators, marks, history and everyone's aliases for it. For the owner and admins.
import { Actor, fail, reply } from '../../../pdk';
import { renameAliasesOf } from '../channel-aliases';
import { announceAction } from '../channel-broadcast';
import { renameLines } from '../channel-lines';
import { renameMarks } from '../channel-marks';
import { memberIdsOf, moveMembers } from '../channel-membership';
import { NAME_RULE, isChannelName } from '../channel-name';
import { queryChannel, renameChannelRow } from '../channels-table';
import { channelToManage } from '../managed-channel';
import { SwitchArguments } from '../switch-arguments';
import { alreadyThere } from './create';

export function renameSwitch(actor: Actor, rest: string): i32 {
  const args = SwitchArguments.of(rest);
  if (args.channel.length == 0 || args.value.length == 0) return fail('Use @channel/rename <channel>=<new name>.');
  const found = channelToManage(actor, args.channel, 'rename it');
  if (!found.ok) return fail(found.error);
  const channel = found.value!;
  if (!isChannelName(args.value)) return fail(NAME_RULE);
  const newName = args.value.toLowerCase();
  const oldName = channel.name;
  if (newName == oldName) return fail('Channel ' + oldName + ' is already called that.');
  const existing = queryChannel(newName);
  if (!existing.ok) return fail(existing.errorMessage);
  if (existing.objects('rows').length > 0) return fail(alreadyThere(newName));
  const members = memberIdsOf(oldName);
  if (members === null) return fail('The members of ' + oldName + ' cannot be read right now; try again in a moment.');

  const renamed = renameChannelRow(channel, newName);
  if (!renamed.ok) return fail(renamed.errorMessage);
  const marks = renameMarks(oldName, newName);
  if (!marks.ok) return fail(marks.errorMessage);
  const aliases = renameAliasesOf(oldName, newName);
  if (aliases.length > 0) return fail(aliases);
  const lines = renameLines(oldName, newName);
  if (lines.length > 0) return fail(lines);
  const moved = moveMembers(oldName, newName, members!);
  if (moved.length > 0) return fail(moved);
  channel.name = newName;
  const refused = announceAction(channel, actor, actor.id, actor.name, 'rename', actor.name + ' has renamed the channel from ' + oldName + ' to ' + newName + '.');
  if (refused.length > 0) return fail(refused);
  return reply('Channel ' + oldName + ' is now called ' + newName + '.');
}
