// Finds the object a player means: `me`, `here`, `#12`, or a name or alias among what is in
// their room and what they carry. PennMUSH habits: an exact name beats an alias, an alias beats
// the start of a word in a name (`loaf` finds "Loaf of Bread"), and two equally good matches are
// ambiguous rather than a guess.
import { HearthError, ObjectNotFoundError } from '../errors.js';
import { answersTo, parseReference, type WorldObject } from './world-object.js';

export interface ObjectLookup {
  get(id: number): WorldObject | undefined;
  contents(locationId: number): WorldObject[];
}

export const AMBIGUOUS_MATCH_MESSAGE = "I don't know which one you mean!";

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
  const found = bestMatch(nearby, wanted);
  if (found) return found;
  throw new HearthError('E_OBJECT_NOT_FOUND', `I don't see "${wanted.slice(0, 100)}" here.`);
}

/** The one object among `candidates` that `wanted` names best; undefined for none; ambiguous throws. */
export function bestMatch(candidates: readonly WorldObject[], wanted: string): WorldObject | undefined {
  const lower = wanted.trim().toLowerCase();
  if (lower.length === 0) return undefined;
  const tiers = [
    candidates.filter((object) => object.name.toLowerCase() === lower),
    candidates.filter((object) => answersTo(object, wanted)),
    // Exits are gone through by their exact names and aliases only, as in PennMUSH.
    candidates.filter((object) => object.kind !== 'exit' && startsAWord(object.name, lower)),
  ];
  for (const tier of tiers) {
    if (tier.length === 1) return tier[0];
    if (tier.length > 1) throw new HearthError('E_OBJECT_AMBIGUOUS', AMBIGUOUS_MATCH_MESSAGE);
  }
  return undefined;
}

/** True when `prefix` (lower case) begins at the start of some word of `name`: `of b` in "Loaf of Bread". */
export function startsAWord(name: string, prefix: string): boolean {
  const lowerName = name.toLowerCase();
  for (let start = 0; start < lowerName.length; start += 1) {
    const atWordStart = start === 0 || lowerName[start - 1] === ' ';
    if (atWordStart && lowerName.startsWith(prefix, start)) return true;
  }
  return false;
}
