// @channel/delete <channel>[=yes]: without "=yes", says what deleting would lose and how to go
// ahead; with it, deletes the channel for good: its members are taken off it (and told), and its
// history, marks and everyone's aliases for it are deleted. For the owner and admins.
import { Actor, boolOf, fail, intOf, reply, send } from '../../../pdk';
import { deleteAliasesOf } from '../channel-aliases';
import { deleteLines } from '../channel-lines';
import { deleteMarks } from '../channel-marks';
import { membersOf, removeMember } from '../channel-membership';
import { deleteChannelRow } from '../channels-table';
import { channelToManage } from '../managed-channel';
import { SwitchArguments } from '../switch-arguments';

export function deleteSwitch(actor: Actor, rest: string): i32 {
  const args = SwitchArguments.of(rest);
  if (args.channel.length == 0) return fail('Which channel? Use @channel/delete <channel>.');
  const found = channelToManage(actor, args.channel, 'delete it');
  if (!found.ok) return fail(found.error);
  const channel = found.value!;
  const members = membersOf(channel.name);
  if (members === null) return fail('The members of ' + channel.name + ' cannot be read right now; try again in a moment.');
  const confirm = '@channel/delete ' + channel.name + '=yes';
  if (!args.hasValue) {
    return reply(
      'Deleting ' + channel.name + ' cannot be undone: its ' + members.length.toString() + (members.length == 1 ? ' member is' : ' members are') +
        ' taken off it, and its history, operators, bans, mutes, invitations and everyone\'s aliases for it are deleted.\n' +
        'To delete it, type: ' + confirm,
    );
  }
  if (args.value.toLowerCase() != 'yes') return fail('To delete ' + channel.name + ', type: ' + confirm);

  const gone = deleteChannelRow(channel.name);
  if (!gone.ok) return fail(gone.errorMessage);
  const marks = deleteMarks(channel.name);
  if (!marks.ok) return fail(marks.errorMessage);
  const aliases = deleteAliasesOf(channel.name);
  if (aliases.length > 0) return fail(aliases);
  const lines = deleteLines(channel.name);
  if (lines.length > 0) return fail(lines);
  for (let i = 0; i < members.length; i++) {
    const id = intOf(members[i], 'id');
    const removed = removeMember(channel.name, id);
    if (!removed.ok) return fail(removed.errorMessage);
    // Nothing said on the channel reaches them now, so connected members are told directly; best effort.
    if (id != actor.id && boolOf(members[i], 'connected')) send(id, 'Channel ' + channel.name + ' has been deleted by ' + actor.name + '.');
  }
  return reply('Channel ' + channel.name + ' deleted.');
}
