// Channel-style streams: who receives them and what was said on them before.
import { callHost, HostReply } from './host-reply';
import * as host from './host-imports';
import { JsonWriter } from './json-writer';

/** Makes a character (0: the actor) receive a stream, or stop (needs `listen:<stream>`). */
export function listen(stream: string, listening: bool = true, characterId: i64 = 0): HostReply {
  const writer = new JsonWriter().str('stream', stream).bool('listening', listening);
  if (characterId > 0) writer.int('character', characterId);
  return callHost(host.listen, writer.end());
}

/** The characters receiving a stream: `reply.objects('characters')`, each with id, name, connected. */
export function queryListeners(stream: string): HostReply {
  return callHost(host.query_listeners, new JsonWriter().str('stream', stream).end());
}

/** The streams a character receives that this plugin could have set: `stringsIn(reply.data.getArr('streams'))`. */
export function streamsOf(characterId: i64): HostReply {
  return callHost(host.query_listeners, new JsonWriter().int('character', characterId).end());
}

/** The newest `limit` events of a stream, oldest first: `reply.objects('events')` (needs `history:<stream>`). */
export function readHistory(stream: string, limit: i32 = 20): HostReply {
  return callHost(host.read_history, new JsonWriter().str('stream', stream).int('limit', limit).end());
}
