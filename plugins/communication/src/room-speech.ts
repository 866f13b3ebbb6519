// Speech everyone in the actor's room reads: one event on the room's stream. The event itself
// shows the speaker their own line, so the command answers nothing more.
import { Actor, JsonWriter, done, emit, fail } from '../../pdk';

/** Emits `type` to the actor's room with `text` for everyone and, when given, `selfText` for the actor. */
export function speakInRoom(actor: Actor, type: string, message: string, text: string, selfText: string = ''): i32 {
  const payload = new JsonWriter().str('name', actor.name).str('message', message).str('text', text);
  if (selfText.length > 0) payload.str('self_text', selfText);
  const emitted = emit('location:' + actor.location.toString(), type, payload.end());
  if (!emitted.ok) return fail(emitted.errorMessage);
  return done();
}
