// Whoever arrives in (or connects in) a room where a scene is running is told so, with its content
// warning, before anything else of the scene reaches them.
import { GameEvent, notHandled, send } from '../../../pdk';
import { sceneNumber } from '../scene-lookup';
import { sceneInRoom } from '../scenes-table';
import { warningLine } from '../warning-text';

export function on_arrive(): i32 {
  const event = GameEvent.read();
  if (!event.stream.startsWith('location:')) return notHandled();
  const character = event.int('object');
  if (character <= 0) return notHandled();
  const found = sceneInRoom(sceneNumber(event.stream.slice('location:'.length)));
  if (found.scene === null) return notHandled();
  const scene = found.scene!;
  const id = scene.id.toString();
  send(character, 'Scene ' + scene.label + ' is ' + (scene.state == 'active' ? 'running' : 'paused') + ' here (+scene/info ' + id + '; +scene/join ' + id + ' to take part).' + warningLine(scene));
  return notHandled();
}
