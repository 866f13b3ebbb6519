// search_objects: the world searched by owner, kind, name, flags, location or destination, for
// PennMUSH's @find, @search and @entrances. During a command a non-admin finds only what they
// control, except the entrances of an object they control (exits into their room are often
// other people's). Answers are capped, so a search of a large world stays a bounded answer.
import { z } from 'zod';
import { normaliseObjectFlag, objectLetters } from '../../world/builder/object-flags.js';
import { matchesWildcard } from '../../world/locks/index.js';
import { formatReference, type WorldObject } from '../../world/world-object.js';
import { defineHostFunction, requireCapability } from './host-function.js';
import { actorControls } from './object-control.js';

const id = z.number().int().positive();
/** Most objects one answer holds; `after` pages on from the last one. */
export const MAX_SEARCH_RESULTS = 500;
const DEFAULT_SEARCH_RESULTS = 100;

export const searchObjects = defineHostFunction({
  name: 'search_objects',
  input: z.object({
    owner: id.optional(),
    kind: z.enum(['room', 'exit', 'thing', 'character']).optional(),
    // A wildcard pattern (`*`, `?`) against the whole name, otherwise a part of the name; case is ignored.
    name: z.string().min(1).max(100).optional(),
    flags: z.array(z.string().min(1).max(40)).max(8).optional(),
    location: id.optional(),
    destination: id.optional(),
    after: z.number().int().nonnegative().optional(),
    limit: z.number().int().min(1).max(MAX_SEARCH_RESULTS).optional(),
  }).strict(),
  run({ input, binding, scope }) {
    requireCapability(binding, 'read:objects', 'search objects');
    const { world } = binding.services;
    const actor = scope.commandActor;
    const flags = (input.flags ?? []).map(normaliseObjectFlag);
    const destination = input.destination === undefined ? undefined : world.get(input.destination);
    // Whoever controls an object may see everything linked to it, whoever owns the links.
    const seesAllLinks = destination !== undefined && actorControls(actor, destination);
    const limit = input.limit ?? DEFAULT_SEARCH_RESULTS;
    const found: WorldObject[] = [];
    let truncated = false;
    for (const object of world.allObjects()) {
      if (!matches(object, input, flags)) continue;
      if (!seesAllLinks && !actorControls(actor, object)) continue;
      found.push(object);
    }
    found.sort((a, b) => a.id - b.id);
    if (found.length > limit) {
      truncated = true;
      found.length = limit;
    }
    return { objects: found.map(searchView), truncated };
  },
});

interface SearchInput {
  owner?: number;
  kind?: WorldObject['kind'];
  name?: string;
  location?: number;
  destination?: number;
  after?: number;
}

function matches(object: WorldObject, input: SearchInput, flags: readonly string[]): boolean {
  if (input.after !== undefined && object.id <= input.after) return false;
  if (input.owner !== undefined && object.ownerId !== input.owner) return false;
  if (input.kind !== undefined && object.kind !== input.kind) return false;
  if (input.location !== undefined && object.locationId !== input.location) return false;
  if (input.destination !== undefined && object.destinationId !== input.destination) return false;
  if (input.name !== undefined && !nameMatches(object.name, input.name)) return false;
  return flags.every((flag) => object.flags.includes(flag));
}

function nameMatches(name: string, wanted: string): boolean {
  if (/[*?]/.test(wanted)) return matchesWildcard(wanted, name);
  return name.toLowerCase().includes(wanted.toLowerCase());
}

function searchView(object: WorldObject): Record<string, unknown> {
  return {
    id: object.id,
    ref: formatReference(object.id),
    kind: object.kind,
    name: object.name,
    owner: object.ownerId,
    location: object.locationId,
    destination: object.destinationId,
    flags: object.flags,
    letters: objectLetters(object.kind, object.flags),
  };
}
