// Who is on a channel: the characters listening to its stream. The core keeps listening across
// restarts and delivers the stream's events to every session of each listener.
import { HostReply, JSON, intOf, listen, queryListeners, streamsOf, stringsIn } from '../../pdk';
import { channelStream } from './channel-name';

/** The channel streams the character listens to (empty when the host refused). */
export function channelStreamsOf(characterId: i64): string[] {
  const answer = streamsOf(characterId);
  return answer.ok ? stringsIn(answer.data.getArr('streams')) : [];
}

/**
 * Whether the character is on the channel. A host refusal counts as "not on it": the commands
 * asking (talking, reading history) then refuse, which is the safe side.
 */
export function isOnChannel(characterId: i64, name: string): bool {
  return channelStreamsOf(characterId).includes(channelStream(name));
}

/** The members, each `{id, name, connected}`, sorted by name; null when the host refused. */
export function membersOf(name: string): JSON.Obj[] | null {
  const answer = queryListeners(channelStream(name));
  return answer.ok ? answer.objects('characters') : null;
}

/** The members' ids, sorted by name; null when the host refused. */
export function memberIdsOf(name: string): i64[] | null {
  const members = membersOf(name);
  if (members === null) return null;
  const ids: i64[] = [];
  for (let i = 0; i < members.length; i++) ids.push(intOf(members[i], 'id'));
  return ids;
}

/** Takes a character off the channel; `changed` says whether they were on it. */
export function removeMember(name: string, characterId: i64): HostReply {
  return listen(channelStream(name), false, characterId);
}

/** Moves every member of `oldName` to `newName`: the refusal's message, or '' when all moved. */
export function moveMembers(oldName: string, newName: string, members: i64[]): string {
  for (let i = 0; i < members.length; i++) {
    const joined = listen(channelStream(newName), true, members[i]);
    if (!joined.ok) return joined.errorMessage;
    const left = listen(channelStream(oldName), false, members[i]);
    if (!left.ok) return left.errorMessage;
  }
  return '';
}
