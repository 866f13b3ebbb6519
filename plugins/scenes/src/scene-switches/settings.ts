// +scene/mode <id>=free|strict|3pose and +scene/warn <id>=<text>: participants set how strictly
// the pose order is kept, and the content warning everyone entering the room is shown.
import { Actor, JsonWriter, characterCount, fail, withoutControlCharacters } from '../../../pdk';
import { MODES, isMode } from '../pose-order';
import { announce } from '../room-notice';
import { notTakingPart, sceneWithPeople } from '../scene-lookup';
import { updateScene } from '../scenes-table';

export const MAX_WARNING = 300;

export function setMode(actor: Actor, typed: string, value: string): i32 {
  const mode = value.trim().toLowerCase();
  if (!isMode(mode)) return fail('A pose order is ' + MODES + ': +scene/mode <id>=3pose.');
  const found = sceneWithPeople(actor, typed, 'mode');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  if (found.self === null) return fail(notTakingPart(scene, 'change its pose order'));
  const changed = updateScene(scene.id, new JsonWriter().str('mode', mode));
  if (!changed.ok) return fail(changed.errorMessage);
  return announce(scene.room, scene.id, actor, actor.name + ' sets scene ' + scene.label + ' to ' + mode + ' pose order.', 'Scene ' + scene.label + ' now keeps ' + mode + ' pose order.');
}

export function setWarning(actor: Actor, typed: string, value: string): i32 {
  const text = withoutControlCharacters(value).trim();
  if (text.length == 0) return fail('What is the warning? Use +scene/warn <id>=<text>, or +scene/warn <id>=none to clear it.');
  if (characterCount(text) > MAX_WARNING) return fail('A content warning may be at most ' + MAX_WARNING.toString() + ' characters.');
  const found = sceneWithPeople(actor, typed, 'warn');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  if (found.self === null) return fail(notTakingPart(scene, 'set its content warning'));
  const cleared = text.toLowerCase() == 'none';
  const changed = updateScene(scene.id, new JsonWriter().str('warning', cleared ? '' : text));
  if (!changed.ok) return fail(changed.errorMessage);
  if (cleared) return announce(scene.room, scene.id, actor, actor.name + ' clears the content warning of scene ' + scene.label + '.', 'Scene ' + scene.label + ' has no content warning now.');
  return announce(scene.room, scene.id, actor, 'Content warning for scene ' + scene.label + ': ' + text, 'You set the content warning of scene ' + scene.label + ': ' + text);
}
