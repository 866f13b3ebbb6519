// PennMUSH's object messages as they are shown: the actor's own (SUCC, DROP, MOVE) with the
// %-substitutions and colour made for the actor, and the others' (OSUCC, ODROP, OMOVE) after the
// actor's name, to everyone else in a room.
import { Actor, JsonWriter, HostReply, emit, substitute } from '../../pdk';

/** The actor's message, substituted; '' stays ''. */
export function ownMessage(text: string, actor: Actor): string {
  return text.length > 0 ? substitute(text, actor) : '';
}

/** Tells everyone but the actor in `roomId` `<actor> <text>`; nothing for an empty text. */
export function tellOthers(roomId: i64, actor: Actor, text: string, type: string, objectId: i64): HostReply | null {
  if (text.length == 0 || roomId <= 0) return null;
  const payload = new JsonWriter()
    .str('text', actor.name + ' ' + substitute(text, actor))
    .raw('exclude', '[' + actor.id.toString() + ']')
    .int('object', objectId)
    .end();
  return emit('location:' + roomId.toString(), type, payload);
}
