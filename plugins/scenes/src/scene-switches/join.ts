// +scene/join [<id>] and +scene/leave [<id>]: taking part in the scene in your room, or stepping
// out of it. Joining shows the content warning; leaving keeps your vote, since your words stay.
import { Actor, JsonWriter, fail, reply, unixMs } from '../../../pdk';
import { updateParticipant } from '../participants-table';
import { takePart } from '../participation';
import { announce } from '../room-notice';
import { sceneWithPeople } from '../scene-lookup';
import { warningLine } from '../warning-text';

export function joinScene(actor: Actor, typed: string): i32 {
  const found = sceneWithPeople(actor, typed, 'join');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  if (scene.ended) return fail('Scene ' + scene.label + ' has ended.');
  if (scene.room != actor.location) return fail('Scene ' + scene.label + ' is in another room; go there to join it.');
  const self = found.self;
  if (self !== null && self.present) return fail('You are already taking part in scene ' + scene.label + '.');
  if (self !== null) {
    const back = updateParticipant(scene.id, actor.id, new JsonWriter().bool('present', true));
    if (!back.ok) return fail(back.errorMessage);
  } else {
    const joined = takePart(scene, found.people, actor.id, actor.name, unixMs());
    if (joined.length > 0) return fail(joined);
  }
  const own = 'You join scene ' + scene.label + ' (' + scene.state + ', ' + scene.mode + ' pose order).' + warningLine(scene);
  return announce(scene.room, scene.id, actor, actor.name + ' joins scene ' + scene.label + '.', own);
}

export function leaveScene(actor: Actor, typed: string): i32 {
  const found = sceneWithPeople(actor, typed, 'leave');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  const self = found.self;
  if (self === null || !self.present) return fail('You are not taking part in scene ' + scene.label + '.');
  const left = updateParticipant(scene.id, actor.id, new JsonWriter().bool('present', false));
  if (!left.ok) return fail(left.errorMessage);
  return reply('You leave scene ' + scene.label + '. What you said stays in its log, and your vote on publishing it still counts.');
}
