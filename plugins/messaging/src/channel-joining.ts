// Joining and leaving a channel, as @channel/join and /leave, addcom and delcom do: who may join
// (not the banned; on a private channel, only the invited and its operators), the notice members
// see, and the channel's latest lines for the one joining.
import { Actor, listen } from '../../pdk';
import { RECORDS_UNREADABLE } from './channel-access';
import { announce } from './channel-broadcast';
import { newestLines } from './channel-lines';
import { channelStream, notOnChannel } from './channel-name';
import { stampedLines } from './channel-recall';
import { joinRecallLines } from './channel-settings';
import { standingOn } from './channel-standing';
import { Channel } from './channels-table';
import { Outcome } from './outcome';

/** "You are already on channel public.": joining twice, which addcom does not mind. */
export function alreadyOn(channel: Channel): string {
  return 'You are already on channel ' + channel.name + '.';
}

/** Puts the actor on the channel, if they may join it, and tells its members. */
export function joinChannel(actor: Actor, channel: Channel): Outcome {
  const found = standingOn(channel, actor.id, actor.role);
  if (!found.ok) return Outcome.refused(RECORDS_UNREADABLE);
  const standing = found.value!;
  if (standing.isBanned) return Outcome.refused('You are banned from channel ' + channel.name + '.');
  if (channel.inviteOnly && !standing.isInvited && !standing.canModerate) {
    return Outcome.refused('Channel ' + channel.name + ' is private: you need an invitation to join it.');
  }
  const joined = listen(channelStream(channel.name), true);
  if (!joined.ok) return Outcome.refused(joined.errorMessage);
  if (!joined.bool('changed')) return Outcome.refused(alreadyOn(channel));
  // Read before the notice is kept, so the recent lines are what was said before this join.
  const recent = recentLines(channel);
  const refused = announce(channel, actor, 'join', 'has joined this channel');
  if (refused.length > 0) return Outcome.refused(refused);
  return Outcome.done('You join channel ' + channel.name + '.' + recent);
}

/** Takes the actor off the channel and tells its members. */
export function leaveChannel(actor: Actor, channel: Channel): Outcome {
  const left = listen(channelStream(channel.name), false);
  if (!left.ok) return Outcome.refused(left.errorMessage);
  if (!left.bool('changed')) return Outcome.refused(notOnChannel(channel.name));
  // Events are delivered after the call, when the leaver no longer listens: the reply tells them.
  const refused = announce(channel, actor, 'leave', 'has left this channel');
  if (refused.length > 0) return Outcome.refused(refused);
  return Outcome.done('You leave channel ' + channel.name + '.');
}

/** "\nRecently on public:\n[14:05] ..." with the latest lines, or '' when there are none to show. */
function recentLines(channel: Channel): string {
  const count = joinRecallLines();
  if (count == 0) return '';
  const lines = newestLines(channel.name, count);
  // Recent lines are a courtesy: joining does not fail for want of them.
  if (lines === null || lines.length == 0) return '';
  return '\nRecently on ' + channel.name + ':\n' + stampedLines(lines).join('\n');
}
