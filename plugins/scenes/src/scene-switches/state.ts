// +scene/pause, +scene/resume and +scene/end [<id>]: participants stop the log for a while, go on,
// or end the scene for good (admins may end any scene). A paused scene logs nothing.
import { Actor, JsonWriter, fail, unixMs } from '../../../pdk';
import { announce } from '../room-notice';
import { notTakingPart, sceneWithPeople } from '../scene-lookup';
import { ACTIVE, ENDED, PAUSED, updateScene } from '../scenes-table';

export function pauseScene(actor: Actor, typed: string): i32 {
  const found = sceneWithPeople(actor, typed, 'pause');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  if (found.self === null) return fail(notTakingPart(scene, 'pause it'));
  if (scene.state != ACTIVE) return fail('Scene ' + scene.label + ' is ' + scene.state + ', not running.');
  const paused = updateScene(scene.id, new JsonWriter().str('state', PAUSED));
  if (!paused.ok) return fail(paused.errorMessage);
  const text = actor.name + ' pauses scene ' + scene.label + '; nothing is logged until +scene/resume ' + scene.id.toString() + '.';
  return announce(scene.room, scene.id, actor, text, 'You pause scene ' + scene.label + '.');
}

export function resumeScene(actor: Actor, typed: string): i32 {
  const found = sceneWithPeople(actor, typed, 'resume');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  if (found.self === null) return fail(notTakingPart(scene, 'resume it'));
  // An idle scene counts as paused even before anything noticed (idle.ts): resuming it restarts the clock.
  if (scene.state == ENDED) return fail('Scene ' + scene.label + ' has ended; start a new one with +scene/create <title>.');
  const resumed = updateScene(scene.id, new JsonWriter().str('state', ACTIVE).int('last_activity_ms', unixMs()));
  if (!resumed.ok) return fail(resumed.errorMessage);
  const text = actor.name + ' resumes scene ' + scene.label + '; everything said here is logged again.';
  return announce(scene.room, scene.id, actor, text, 'You resume scene ' + scene.label + '.');
}

export function endScene(actor: Actor, typed: string): i32 {
  const found = sceneWithPeople(actor, typed, 'end');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  if (found.self === null && !actor.isAdmin) return fail(notTakingPart(scene, 'end it'));
  if (scene.ended) return fail('Scene ' + scene.label + ' has already ended.');
  const ended = updateScene(scene.id, new JsonWriter().str('state', ENDED).int('ended_ms', unixMs()));
  if (!ended.ok) return fail(ended.errorMessage);
  const id = scene.id.toString();
  const text = actor.name + ' ends scene ' + scene.label + '. Its log: +scene/log ' + id + '. Everyone who took part can vote to publish it: +scene/publish ' + id + '.';
  return announce(scene.room, scene.id, actor, text, 'You end scene ' + scene.label + '. Its log: +scene/log ' + id + '; vote to publish it with +scene/publish ' + id + '.');
}

