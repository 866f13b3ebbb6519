// The content warning as players are shown it: on joining, on arriving in the scene's room, and
// in +scene/info.
import { Scene } from './scenes-table';

/** `\nContent warning: <text>`, or '' when the scene has none. */
export function warningLine(scene: Scene): string {
  return scene.warning.length == 0 ? '' : '\nContent warning: ' + scene.warning;
}
