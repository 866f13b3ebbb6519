// +scene/ooc <message>: an out-of-character aside in the scene in your room, shown to the room
// marked <OOC> and logged flagged as OOC (so the web page can set it apart). It is the plugin's
// own `scene.ooc` event, which its speech handler does not hear, so it is logged once, here. As
// with speech, whoever adds an aside to the log takes part in the scene.
import { Actor, JsonWriter, characterCount, done, emit, fail, tell, unixMs, withoutControlCharacters } from '../../../pdk';
import { pauseIfIdle, idleNotice } from '../idle';
import { LogLine } from '../lines-table';
import { logLine } from '../scene-log';
import { sceneWithPeople } from '../scene-lookup';
import { takePart, takingPartNotice } from '../participation';
import { ACTIVE } from '../scenes-table';

export const MAX_ASIDE = 2000;

export function ooc(actor: Actor, rest: string): i32 {
  const message = withoutControlCharacters(rest).trim();
  if (message.length == 0) return fail('What do you want to say out of character? Use +scene/ooc <message>.');
  if (characterCount(message) > MAX_ASIDE) return fail('An aside may be at most ' + MAX_ASIDE.toString() + ' characters.');
  const found = sceneWithPeople(actor, '', 'ooc');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  const now = unixMs();
  if (pauseIfIdle(scene, now)) return fail(idleNotice(scene));
  if (scene.state != ACTIVE) return fail('Scene ' + scene.label + ' is paused; +scene/resume ' + scene.id.toString() + ' to go on.');
  if (found.self === null) {
    const joined = takePart(scene, found.people, actor.id, actor.name, now);
    if (joined.length > 0) return fail(joined);
    tell(takingPartNotice(scene));
  }
  const text = '<OOC> ' + actor.name + ' says, "' + message + '"';
  const logged = logLine(scene, new LogLine(now, actor.id, actor.name, 'ooc', text, true));
  if (logged.length > 0) return fail(logged);
  const payload = new JsonWriter().int('scene', scene.id).str('name', actor.name).str('message', message).str('text', text);
  const emitted = emit('location:' + scene.room.toString(), 'scene.ooc', payload.end());
  if (!emitted.ok) return fail(emitted.errorMessage);
  return done();
}
