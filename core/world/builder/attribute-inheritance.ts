// An object's attributes with those it inherits: its own first, then each parent's (up to
// MAX_PARENT_DEPTH), skipping names already found and attributes set NO_INHERIT, as PennMUSH does.
import type { WorldObject } from '../world-object.js';
import { MAX_PARENT_DEPTH } from './builder-rules.js';
import type { ObjectAttribute } from './object-attribute.js';

export interface InheritedAttribute extends ObjectAttribute {
  /** The object it is set on: the object itself, or an ancestor. */
  readonly objectId: number;
}

export interface AttributeSource {
  get(id: number): WorldObject | undefined;
  attributesOf(id: number): ObjectAttribute[];
}

export function inheritedAttributes(world: AttributeSource, objectId: number): InheritedAttribute[] {
  const found = new Map<string, InheritedAttribute>();
  let current = world.get(objectId);
  const visited = new Set<number>();
  for (let depth = 0; current && depth <= MAX_PARENT_DEPTH && !visited.has(current.id); depth++) {
    visited.add(current.id);
    for (const attribute of world.attributesOf(current.id)) {
      if (found.has(attribute.name)) continue;
      if (depth > 0 && attribute.flags.includes('NO_INHERIT')) continue;
      found.set(attribute.name, { ...attribute, objectId: current.id });
    }
    current = current.parentId === null ? undefined : world.get(current.parentId);
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
