// +scene/nudge [<id>]: a participant reminds the next poser that it is their turn. Once a minute
// per scene at most, so a nudge stays a reminder.
import { Actor, JsonWriter, fail, reply, send, unixMs } from '../../../pdk';
import { nextPoser } from '../pose-order';
import { notTakingPart, sceneWithPeople } from '../scene-lookup';
import { ACTIVE, updateScene } from '../scenes-table';

const NUDGE_GAP_MS: i64 = 60_000;

export function nudge(actor: Actor, typed: string): i32 {
  const found = sceneWithPeople(actor, typed, 'nudge');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  if (found.self === null) return fail(notTakingPart(scene, 'nudge'));
  if (scene.state != ACTIVE) return fail('Scene ' + scene.label + ' is ' + scene.state + '; nobody needs nudging.');
  const next = nextPoser(found.people);
  if (next === null) return fail('Nobody is taking part in scene ' + scene.label + '.');
  if (next.character == actor.id) return fail('It is your own turn to pose in scene ' + scene.label + '.');
  const now = unixMs();
  if (now - scene.nudgedMs < NUDGE_GAP_MS) return fail('Scene ' + scene.label + ' was nudged less than a minute ago; give ' + next.name + ' a moment.');
  const stamped = updateScene(scene.id, new JsonWriter().int('nudged_ms', now));
  if (!stamped.ok) return fail(stamped.errorMessage);
  const sent = send(next.character, actor.name + ' nudges you: it is your turn to pose in scene ' + scene.label + '.');
  if (!sent.ok) return fail(sent.errorMessage);
  return reply('You nudge ' + next.name + ': it is their turn to pose in scene ' + scene.label + '.');
}
