// Telling a scene's room what happened to it: one `scene.notice` event on the room's stream,
// with a line for the actor and one for everyone else. An actor elsewhere (ending a scene by
// number from another room) is answered directly instead.
import { Actor, JsonWriter, done, emit, fail, reply } from '../../pdk';

/** Emits `text` to the scene's room and shows `selfText` to the actor; ends the command. */
export function announce(room: i64, sceneId: i64, actor: Actor, text: string, selfText: string): i32 {
  const here = actor.location == room;
  const payload = new JsonWriter().int('scene', sceneId).str('name', actor.name).str('text', text);
  if (here) payload.str('self_text', selfText);
  else payload.raw('exclude', '[' + actor.id.toString() + ']');
  const emitted = emit('location:' + room.toString(), 'scene.notice', payload.end());
  if (!emitted.ok) return fail(emitted.errorMessage);
  return here ? done() : reply(selfText);
}
