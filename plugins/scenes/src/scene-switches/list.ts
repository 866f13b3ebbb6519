// +scene/list: the scenes running or paused, and the last few ended, one line each.
import { fail, reply, unixMs } from '../../../pdk';
import { dateAndTime } from '../clock-text';
import { counted } from '../counted';
import { isIdle } from '../idle';
import { ACTIVE, ENDED, PAUSED, Scene, scenesIn } from '../scenes-table';

const LISTED = 50;
const RECENT = 5;

export function listScenes(): i32 {
  const running = scenesIn(ACTIVE, LISTED);
  const paused = scenesIn(PAUSED, LISTED);
  const ended = scenesIn(ENDED, RECENT);
  if (running === null || paused === null || ended === null) return fail('The scenes could not be read; try again.');
  const now = unixMs();
  const lines: string[] = [];
  if (running.length + paused.length == 0) lines.push('No scene is running.');
  else lines.push('Scenes running:');
  for (let i = 0; i < running.length; i++) lines.push(line(running[i], isIdle(running[i], now) ? 'paused (idle)' : 'running'));
  for (let i = 0; i < paused.length; i++) lines.push(line(paused[i], 'paused'));
  if (ended.length > 0) lines.push('Ended lately:');
  for (let i = 0; i < ended.length; i++) lines.push(line(ended[i], ended[i].published ? 'ended, published' : 'ended ' + dateAndTime(ended[i].endedMs)));
  return reply(lines.join('\n'));
}

function line(scene: Scene, state: string): string {
  const where = scene.roomName.length > 0 ? ' in ' + scene.roomName : '';
  return '  ' + scene.label + where + ', ' + state + ', ' + counted(scene.lines, 'line') + ': ' + scene.people;
}
