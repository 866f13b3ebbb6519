// Becoming a participant: a row in `participants` in the next seat, and the name added to the
// scene's list of people. Joining does it, and so does speaking in a running scene's room, since
// whoever's words are in a log gets a vote on publishing it.
import { JsonWriter } from '../../pdk';
import { Participant, insertParticipant } from './participants-table';
import { Scene, updateScene } from './scenes-table';

/** Adds `character` to `scene`; '' when it worked, else why not. */
export function takePart(scene: Scene, people: Participant[], character: i64, name: string, nowMs: i64): string {
  const joined = insertParticipant(scene.id, people, character, name, nowMs);
  if (!joined.ok) return joined.errorMessage;
  const listed = scene.people.length == 0 ? name : scene.people + ', ' + name;
  const named = updateScene(scene.id, new JsonWriter().str('people', listed));
  if (!named.ok) return named.errorMessage;
  scene.people = listed;
  return '';
}

/** What someone who became a participant by speaking is told. */
export function takingPartNotice(scene: Scene): string {
  return 'You are now taking part in scene ' + scene.label + ', since your words are in its log. +scene/leave ' + scene.id.toString() + ' steps out.';
}
