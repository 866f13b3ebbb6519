// Finds the object a player means: `me`, `here`, `#12`, or a name or alias among what is in
// their room and what they carry. PennMUSH habits: exact names beat aliases; two equally good
// matches are ambiguous rather than a guess.
import { HearthError, ObjectNotFoundError } from '../errors.js';
import { answersTo, parseReference, type WorldObject } from './world-object.js';

export interface ObjectLookup {
  get(id: number): WorldObject | undefined;
  contents(locationId: number): WorldObject[];
}

export function matchObject(world: ObjectLookup, lookerId: number, text: string): WorldObject {
  const wanted = text.trim();
  const looker = world.get(lookerId);
  if (!looker) throw new ObjectNotFoundError(`#${lookerId}`);
  const lower = wanted.toLowerCase();
  if (lower === 'me') return looker;
  if (lower === 'here') {
    const room = looker.locationId === null ? undefined : world.get(looker.locationId);
    if (!room) throw new HearthError('E_OBJECT_NOT_FOUND', 'You are nowhere.');
    return room;
  }
  const id = parseReference(wanted);
  if (id !== undefined) {
    const byId = world.get(id);
    if (!byId) throw new ObjectNotFoundError(`#${id}`);
    return byId;
  }
  const nearby = [...(looker.locationId === null ? [] : world.contents(looker.locationId)), ...world.contents(lookerId)];
  const byName = nearby.filter((object) => object.name.toLowerCase() === lower);
  const candidates = byName.length > 0 ? byName : nearby.filter((object) => answersTo(object, wanted));
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) throw new HearthError('E_OBJECT_AMBIGUOUS', `I don't know which "${wanted.slice(0, 100)}" you mean.`);
  throw new HearthError('E_OBJECT_NOT_FOUND', `I don't see "${wanted.slice(0, 100)}" here.`);
}
