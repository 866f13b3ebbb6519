// The look-up every scene command starts with: the scene a player named (`3` or `#3`), or the one
// in their room when they named none, and whether they take part in it.
import { Actor, shortened } from '../../pdk';
import { Participant, findParticipant, participantsOf } from './participants-table';
import { Scene, SceneLookup, sceneById, sceneInRoom } from './scenes-table';

/** A scene number typed by a player, or -1 when it is not one. */
export function sceneNumber(typed: string): i64 {
  const text = typed.startsWith('#') ? typed.slice(1) : typed;
  if (text.length == 0 || text.length > 12) return -1;
  let value: i64 = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** The scene `typed` names, or the one in the actor's room when `typed` is empty. */
export function sceneFor(actor: Actor, typed: string, action: string): SceneLookup {
  const trimmed = typed.trim();
  if (trimmed.length == 0) {
    const here = sceneInRoom(actor.location);
    if (here.scene === null && here.problem.length == 0) {
      return new SceneLookup(null, 'There is no scene running here. Name one: +scene/' + action + ' <id> (+scene/list shows them).');
    }
    return here;
  }
  const id = sceneNumber(trimmed);
  if (id <= 0) return new SceneLookup(null, '"' + shortened(trimmed, 20) + '" is not a scene number; +scene/list shows them.');
  return sceneById(id);
}

/** A scene with its participants, and the actor's own row when they take part. */
export class SceneAndPeople {
  constructor(
    public scene: Scene | null,
    public people: Participant[],
    public self: Participant | null,
    public problem: string,
  ) {}
}

/** sceneFor, with the scene's participants read too. */
export function sceneWithPeople(actor: Actor, typed: string, action: string): SceneAndPeople {
  const found = sceneFor(actor, typed, action);
  if (found.scene === null) return new SceneAndPeople(null, [], null, found.problem);
  const scene = found.scene!;
  const people = participantsOf(scene.id);
  if (people === null) return new SceneAndPeople(null, [], null, 'The scene\'s participants could not be read; try again.');
  return new SceneAndPeople(scene, people, findParticipant(people, actor.id), '');
}

/** What to tell someone who must take part in `scene` to do `what`. */
export function notTakingPart(scene: Scene, what: string): string {
  return 'Only those taking part in scene ' + scene.label + ' may ' + what + '.';
}
