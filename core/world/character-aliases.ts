// PennMUSH's player aliases: a character's ALIAS attribute names it too (`page Ali=hi` reaches
// Alice with ALIAS Ali), several separated by ";". An alias answers only when exactly one character
// has it, so two players who set the same one by hand are both left to their names.
import type { ObjectAttribute } from './builder/object-attribute.js';
import type { WorldObject } from './world-object.js';

export interface AliasSource {
  allObjects(): Iterable<WorldObject>;
  attributeOf(id: number, name: string): ObjectAttribute | undefined;
}

/** The aliases in an ALIAS value: `Ali;Al` → ['Ali', 'Al']. */
export function aliasesIn(value: string): string[] {
  return value
    .split(';')
    .map((alias) => alias.trim())
    .filter((alias) => alias.length > 0);
}

/** The one character whose ALIAS holds `name` (any case), or undefined for none or several. */
export function characterByAlias(world: AliasSource, name: string): WorldObject | undefined {
  const wanted = name.trim().toLowerCase();
  if (wanted.length === 0) return undefined;
  let found: WorldObject | undefined;
  for (const object of world.allObjects()) {
    if (object.kind !== 'character') continue;
    const value = world.attributeOf(object.id, 'ALIAS')?.value;
    if (value === undefined || !aliasesIn(value).some((alias) => alias.toLowerCase() === wanted)) continue;
    if (found) return undefined;
    found = object;
  }
  return found;
}
