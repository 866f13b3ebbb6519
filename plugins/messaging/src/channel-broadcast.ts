// Everything said on a channel goes out here: the event members see, and the line kept in the
// channel's history. On a channel kept to a role, members who no longer hold it (an admin made a
// player again) are taken off first, so staff talk never reaches them.
import { Actor, E_OBJECT_NOT_FOUND, JsonWriter, characterById, emit, send } from '../../pdk';
import { canSee } from './channel-access';
import { keepLine } from './channel-lines';
import { memberIdsOf, removeMember } from './channel-membership';
import { channelStream } from './channel-name';
import { holdersOf, roleRank } from './channel-roles';
import { Channel } from './channels-table';

/**
 * Emits `type` on the channel with `payload` (its `text` added) and keeps the text in its
 * history. Answers the refusal's message, or '' when it went out.
 */
export function broadcast(channel: Channel, type: string, payload: JsonWriter, text: string): string {
  if (roleRank(channel.minRole) > 0) {
    const refused = removeMembersBelowRole(channel);
    if (refused.length > 0) return refused;
  }
  const emitted = emit(channelStream(channel.name), type, payload.str('text', text).end());
  if (!emitted.ok) return emitted.errorMessage;
  keepLine(channel.name, text);
  return '';
}

/** `[public] Alice has joined this channel.`, as `channel.<type>` with who it is about. */
export function announce(channel: Channel, actor: Actor, type: string, what: string): string {
  const text = '[' + channel.name + '] ' + actor.name + ' ' + what + '.';
  const payload = new JsonWriter().str('channel', channel.name).int('character', actor.id).str('name', actor.name);
  return broadcast(channel, 'channel.' + type, payload, text);
}

/**
 * A moderation notice (`[public] Bob has been muted by Alice.`) as `channel.<type>`: who it is
 * about and who did it. The moderator is told by their command's reply instead.
 */
export function announceAction(channel: Channel, actor: Actor, targetId: i64, targetName: string, type: string, text: string): string {
  const payload = new JsonWriter()
    .str('channel', channel.name)
    .int('character', targetId)
    .str('name', targetName)
    .str('by', actor.name)
    .raw('exclude', '[' + actor.id.toString() + ']');
  return broadcast(channel, 'channel.' + type, payload, '[' + channel.name + '] ' + text);
}

/**
 * Takes off the members whose role is now below the channel's, telling each. Answers the
 * refusal's message, or ''.
 */
export function removeMembersBelowRole(channel: Channel): string {
  const members = memberIdsOf(channel.name);
  if (members === null) return 'The members of ' + channel.name + ' cannot be read right now; try again in a moment.';
  for (let i = 0; i < members.length; i++) {
    const member = characterById(members[i]);
    if (member.ok) {
      if (canSee(member.value!.role, channel)) continue;
    } else if (member.code != E_OBJECT_NOT_FOUND) {
      // A character the host cannot find any more has no role to keep them on; any other refusal stops here.
      return member.error;
    }
    const removed = removeMember(channel.name, members[i]);
    if (!removed.ok) return removed.errorMessage;
    // Best effort: being taken off is what matters, and it is done.
    send(members[i], 'You are no longer on channel ' + channel.name + ': it is for ' + holdersOf(channel.minRole) + ' only.');
  }
  return '';
}
