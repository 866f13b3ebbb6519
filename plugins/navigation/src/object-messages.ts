// PennMUSH's object messages as they are shown: the actor's own (SUCC, DROP, MOVE), and the
// others' (OSUCC, ODROP, OMOVE) after the actor's name, to everyone else in a room. The host has
// already evaluated them for the actor (messagesOf): %n, %s, [u(...)] and colour are made.
import { Actor, JsonWriter, HostReply, emit } from '../../pdk';

/** Tells everyone but the actor in `roomId` `<actor> <text>`; nothing for an empty text. */
export function tellOthers(roomId: i64, actor: Actor, text: string, type: string, objectId: i64): HostReply | null {
  if (text.length == 0 || roomId <= 0) return null;
  const payload = new JsonWriter()
    .str('text', actor.name + ' ' + text)
    .raw('exclude', '[' + actor.id.toString() + ']')
    .int('object', objectId)
    .end();
  return emit('location:' + roomId.toString(), type, payload);
}
