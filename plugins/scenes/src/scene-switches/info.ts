// +scene/info [<id>]: one scene in full: state, room, pose order mode, people, warning, log size
// and the publishing vote.
import { Actor, fail, reply, unixMs } from '../../../pdk';
import { dateAndTime } from '../clock-text';
import { counted } from '../counted';
import { isIdle } from '../idle';
import { sceneWithPeople } from '../scene-lookup';

export function sceneInfo(actor: Actor, typed: string): i32 {
  const found = sceneWithPeople(actor, typed, 'info');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  const state = isIdle(scene, unixMs()) ? 'paused (idle)' : scene.state;
  const lines: string[] = [
    'Scene ' + scene.label + ': ' + state + (scene.published ? ', published' : ''),
    'Room: ' + (scene.roomName.length > 0 ? scene.roomName : '#' + scene.room.toString()) + '. Started ' + dateAndTime(scene.createdMs) + ' UTC' + (scene.ended ? ', ended ' + dateAndTime(scene.endedMs) + ' UTC.' : '.'),
    'Pose order: ' + scene.mode + '. Log: ' + counted(scene.lines, 'line') + ' (+scene/log ' + scene.id.toString() + ').',
    'Content warning: ' + (scene.warning.length > 0 ? scene.warning : 'none'),
  ];
  const present: string[] = [];
  const gone: string[] = [];
  let votes = 0;
  for (let i = 0; i < found.people.length; i++) {
    const person = found.people[i];
    if (person.present) present.push(person.name);
    else gone.push(person.name);
    if (person.vote) votes++;
  }
  lines.push('Taking part: ' + (present.length > 0 ? present.join(', ') : 'nobody') + (gone.length > 0 ? '; left: ' + gone.join(', ') : ''));
  if (scene.ended && !scene.published) lines.push('Votes to publish: ' + votes.toString() + ' of ' + found.people.length.toString() + '.');
  return reply(lines.join('\n'));
}
