// Writing one line to a scene's log: the line itself, then the scene's counts and the time of its
// last activity (which idle pausing measures from).
import { JsonWriter } from '../../pdk';
import { LogLine, insertLine } from './lines-table';
import { Scene, updateScene } from './scenes-table';

/** Logs `line` in `scene`; '' when it worked, else why not. In-character lines count as poses. */
export function logLine(scene: Scene, line: LogLine): string {
  const inserted = insertLine(scene.id, scene.lines, line);
  if (!inserted.ok) return inserted.errorMessage;
  const changes = new JsonWriter().int('lines', scene.lines + 1).int('last_activity_ms', line.atMs);
  if (!line.ooc) changes.int('poses', scene.poses + 1);
  const counted = updateScene(scene.id, changes);
  if (!counted.ok) return counted.errorMessage;
  scene.lines += 1;
  if (!line.ooc) scene.poses += 1;
  scene.lastActivityMs = line.atMs;
  return '';
}
