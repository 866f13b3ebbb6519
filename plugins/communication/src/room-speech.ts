// Speech everyone in the actor's room reads: one event on the room's stream. The event itself
// shows the speaker their own line, so the command answers nothing more. A room's speech lock
// (@lock/speech) decides who may speak in it, as in PennMUSH.
import { Actor, JsonWriter, done, emit, fail, reply, testLock } from '../../pdk';

/** Emits `type` to the actor's room with `text` for everyone and, when given, `selfText` for the actor. */
export function speakInRoom(actor: Actor, type: string, message: string, text: string, selfText: string = ''): i32 {
  if (actor.location > 0) {
    const lock = testLock(actor.location, 'speech');
    if (!lock.ok) return fail(lock.errorMessage);
    // PennMUSH's words; a reply rather than a failure, since nothing went wrong.
    if (!lock.bool('passed')) return reply('You may not speak here!');
  }
  const payload = new JsonWriter().str('name', actor.name).str('message', message).str('text', text);
  if (selfText.length > 0) payload.str('self_text', selfText);
  const emitted = emit('location:' + actor.location.toString(), type, payload.end());
  if (!emitted.ok) return fail(emitted.errorMessage);
  return done();
}
