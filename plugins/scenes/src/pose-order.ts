// Pose order: who has posed since whom, and whose turn it is. The order is by how long each
// present participant has waited since their last pose; those who have not posed yet come first,
// in the order they joined. `free` scenes only show it; `strict` ones expect the next in order;
// `3pose` ones expect a poser to wait until three others (or everyone, when fewer) have posed.
// Nothing can stop a pose (it has happened when the plugin hears it), so out of turn is told.
import { Participant } from './participants-table';
import { Scene } from './scenes-table';

export const FREE = 'free';
export const STRICT = 'strict';
export const THREE_POSE = '3pose';
export const MODES = 'free, strict or 3pose';

export function isMode(text: string): bool {
  return text == FREE || text == STRICT || text == THREE_POSE;
}

/** Present participants, the one who has waited longest first. */
export function poseOrder(people: Participant[]): Participant[] {
  const present: Participant[] = [];
  for (let i = 0; i < people.length; i++) if (people[i].present) present.push(people[i]);
  // Insertion sort: a scene holds a handful of people, and the order must be stable.
  for (let i = 1; i < present.length; i++) {
    const current = present[i];
    let j = i - 1;
    while (j >= 0 && waitsLonger(current, present[j])) {
      present[j + 1] = present[j];
      j--;
    }
    present[j + 1] = current;
  }
  return present;
}

/** Whoever should pose next, or null when nobody is present. */
export function nextPoser(people: Participant[]): Participant | null {
  const order = poseOrder(people);
  return order.length == 0 ? null : order[0];
}

/** How many poses others made since `person` last posed; -1 before their first. */
export function posesSince(scene: Scene, person: Participant): i64 {
  return person.lastPose == 0 ? -1 : scene.poses - person.lastPose;
}

/** Poses a 3pose scene expects between two of one person's: three, or everyone else when fewer. */
export function posesToWait(people: Participant[]): i64 {
  let present = 0;
  for (let i = 0; i < people.length; i++) if (people[i].present) present++;
  const others = present - 1;
  return others < 3 ? (others < 0 ? 0 : others) : 3;
}

/** What to tell `poser` when they posed out of turn, or '' when it was fine. */
export function outOfTurn(scene: Scene, people: Participant[], poser: Participant): string {
  if (scene.mode == STRICT) {
    const next = nextPoser(people);
    if (next === null || next.character == poser.character) return '';
    return 'Scene ' + scene.label + ' keeps strict pose order: it was ' + next.name + "'s turn. Your pose was logged.";
  }
  if (scene.mode == THREE_POSE) {
    const since = posesSince(scene, poser);
    const wait = posesToWait(people);
    if (since < 0 || since >= wait) return '';
    return 'Scene ' + scene.label + ' keeps 3-pose order: wait until ' + wait.toString() + ' others have posed (' + since.toString() + ' so far). Your pose was logged.';
  }
  return '';
}

function waitsLonger(a: Participant, b: Participant): bool {
  if (a.lastPose == 0 || b.lastPose == 0) {
    if (a.lastPose != 0) return false;
    if (b.lastPose != 0) return true;
    return a.seat < b.seat;
  }
  return a.lastPose < b.lastPose;
}
