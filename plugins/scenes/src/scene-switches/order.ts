// +scene/order [<id>]: who has posed since whom, and who is next, in the scene's mode.
import { Actor, fail, reply } from '../../../pdk';
import { FREE, THREE_POSE, nextPoser, poseOrder, posesSince, posesToWait } from '../pose-order';
import { sceneWithPeople } from '../scene-lookup';

export function showOrder(actor: Actor, typed: string): i32 {
  const found = sceneWithPeople(actor, typed, 'order');
  if (found.scene === null) return fail(found.problem);
  const scene = found.scene!;
  const order = poseOrder(found.people);
  if (order.length == 0) return reply('Nobody is taking part in scene ' + scene.label + '.');
  const lines: string[] = ['Pose order of scene ' + scene.label + ' (' + scene.mode + '), longest waiting first:'];
  for (let i = 0; i < order.length; i++) {
    const since = posesSince(scene, order[i]);
    const waited = since < 0 ? 'has not posed yet' : since.toString() + (since == 1 ? ' pose' : ' poses') + ' since their last';
    lines.push('  ' + (i + 1).toString() + '. ' + order[i].name + ': ' + waited);
  }
  const next = nextPoser(found.people)!;
  const rule = scene.mode == FREE ? ' (free order: anyone may pose)' : scene.mode == THREE_POSE ? ' (3-pose: wait for ' + posesToWait(found.people).toString() + ' others between your poses)' : '';
  lines.push('Next: ' + next.name + rule + '.');
  return reply(lines.join('\n'));
}
