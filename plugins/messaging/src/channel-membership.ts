// Who is on a channel: the characters listening to its stream. The core keeps listening across
// restarts and delivers the stream's events to every session of each listener.
import { JSON, queryListeners, streamsOf, stringsIn } from '../../pdk';
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
