// Checks on builder data before it is stored: flags from the fixed list, locks that read back,
// attribute flags that exist, and parents that never loop (PennMUSH refuses a parent chain that
// would come back to the object, and one longer than its parent depth).
import { HearthError, ObjectNotFoundError } from '../../errors.js';
import { isLockType, parseStoredLockKey } from '../locks/index.js';
import type { WorldObject } from '../world-object.js';
import { canonicalAttributeName, checkAttributeValue } from './attribute-names.js';
import type { BuilderFields, ObjectAttribute } from './object-attribute.js';
import { ATTRIBUTE_FLAGS, OBJECT_FLAGS, normaliseAttributeFlag, normaliseObjectFlag, sortFlags } from './object-flags.js';

/** How many parents up an attribute is looked for, and how long a chain may be. */
export const MAX_PARENT_DEPTH = 10;

export interface ParentLookup {
  get(id: number): WorldObject | undefined;
}

/** The fields, checked and in canonical form; throws a HearthError for anything wrong. */
export function validateBuilderFields(world: ParentLookup, object: WorldObject, fields: Partial<BuilderFields>): Partial<BuilderFields> {
  const checked: Partial<BuilderFields> = {};
  if (fields.flags !== undefined) checked.flags = sortFlags(fields.flags.map(normaliseObjectFlag), OBJECT_FLAGS);
  if (fields.parentId !== undefined) {
    if (fields.parentId !== null) checkParent(world, object, fields.parentId);
    checked.parentId = fields.parentId;
  }
  if (fields.locks !== undefined) {
    for (const [type, key] of Object.entries(fields.locks)) {
      if (!isLockType(type)) throw new HearthError('E_LOCK_TYPE_UNKNOWN', `"${type.slice(0, 40)}" is not a lock type as Hearth spells them.`);
      parseStoredLockKey(key);
    }
    checked.locks = { ...fields.locks };
  }
  return checked;
}

/** Attribute flags, canonical and in order; E_FLAG_UNKNOWN for one Hearth does not know. */
export function validateAttributeFlags(flags: readonly string[]): string[] {
  return sortFlags(flags.map(normaliseAttributeFlag), ATTRIBUTE_FLAGS);
}

/** The attribute's canonical name, and the attribute checked (value size, flags); null stays null. */
export function validateAttribute(name: string, attribute: ObjectAttribute | null): { name: string; attribute: ObjectAttribute | null } {
  const canonical = canonicalAttributeName(name);
  if (attribute === null) return { name: canonical, attribute: null };
  checkAttributeValue(attribute.value);
  return { name: canonical, attribute: { name: canonical, value: attribute.value, ownerId: attribute.ownerId, flags: validateAttributeFlags(attribute.flags) } };
}

function checkParent(world: ParentLookup, object: WorldObject, parentId: number): void {
  let parent = world.get(parentId);
  if (!parent) throw new ObjectNotFoundError(`#${parentId}`);
  for (let depth = 1; ; depth++) {
    if (parent.id === object.id) throw new HearthError('E_PARENT_LOOP', `That would make #${object.id} its own ancestor; parents may not loop.`);
    if (parent.parentId === null) return;
    if (depth >= MAX_PARENT_DEPTH) throw new HearthError('E_PARENT_LOOP', `That parent chain would be longer than ${MAX_PARENT_DEPTH}; choose a parent nearer the top.`);
    const next = world.get(parent.parentId);
    if (!next) return;
    parent = next;
  }
}
