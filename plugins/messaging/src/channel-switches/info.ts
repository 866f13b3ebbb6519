// @channel/info <name>: a channel's description, owner, operators, who may join it and how many
// are on it; to its owner, operators and admins also who is muted, banned and invited there.
import { Actor, boolOf, characterById, fail, reply } from '../../../pdk';
import { RECORDS_UNREADABLE, accessOf, findChannel } from '../channel-access';
import { BANNED, INVITED, MUTED, OPERATOR, charactersMarked } from '../channel-marks';
import { membersOf } from '../channel-membership';
import { standingOn } from '../channel-standing';

export function channelInfo(actor: Actor, typed: string): i32 {
  const found = findChannel(actor, typed);
  if (!found.ok) return fail(found.error);
  const channel = found.value!;
  const standing = standingOn(channel, actor.id, actor.role);
  if (!standing.ok) return fail(RECORDS_UNREADABLE);
  const members = membersOf(channel.name);
  if (members === null) return fail('The members of ' + channel.name + ' cannot be read right now; try again in a moment.');
  let connected = 0;
  for (let i = 0; i < members.length; i++) if (boolOf(members[i], 'connected')) connected++;

  const operators = namesMarked(channel.name, OPERATOR);
  if (operators === null) return fail(RECORDS_UNREADABLE);
  const rows: string[][] = [
    ['Channel', channel.name],
    ['Description', channel.description.length > 0 ? channel.description : '(none)'],
    ['Owner', nameOf(channel.owner)],
    ['Operators', operators],
    ['Access', accessOf(channel)],
    ['Members', members.length.toString() + ' (' + connected.toString() + ' connected)'],
  ];
  if (standing.value!.canModerate) {
    const kinds = [MUTED, BANNED, INVITED];
    const labels = ['Muted', 'Banned', 'Invited'];
    for (let i = 0; i < kinds.length; i++) {
      const names = namesMarked(channel.name, kinds[i]);
      if (names === null) return fail(RECORDS_UNREADABLE);
      rows.push([labels[i], names]);
    }
  }
  return reply(labelled(rows));
}

/** "Alice, Bob", or "(none)"; null when the marks cannot be read. */
function namesMarked(channel: string, mark: string): string | null {
  const ids = charactersMarked(channel, mark);
  if (ids === null) return null;
  if (ids.length == 0) return '(none)';
  const names: string[] = [];
  for (let i = 0; i < ids.length; i++) names.push(nameOf(ids[i]));
  return names.join(', ');
}

/** A character's name, or their reference when the host no longer knows them. */
function nameOf(id: i64): string {
  const found = characterById(id);
  return found.ok ? found.value!.name : '#' + id.toString();
}

/** `Label:  value` lines with the values lined up after the longest label. */
function labelled(rows: string[][]): string {
  let width = 0;
  for (let i = 0; i < rows.length; i++) width = max(width, rows[i][0].length + 1);
  const lines: string[] = [];
  for (let i = 0; i < rows.length; i++) lines.push((rows[i][0] + ':').padEnd(width + 1, ' ') + rows[i][1]);
  return lines.join('\n');
}
