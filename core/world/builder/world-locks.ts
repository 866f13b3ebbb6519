// The world as the lock evaluator sees it (locks/lock-context.ts): objects with their flags,
// owners, contents and the attributes a lock may read (none set MORTAL_DARK), and their stored
// locks read back from key text.
import { type LockSubject, type LockType, type LockWorld, parseStoredLockKey } from '../locks/index.js';
import type { WorldObject } from '../world-object.js';
import { type AttributeSource, inheritedAttributes } from './attribute-inheritance.js';

export interface LockableWorld extends AttributeSource {
  contents(locationId: number): WorldObject[];
}

/** A view for one check: each object is read once, however often a key asks about it. */
export function lockWorldOf(world: LockableWorld): LockWorld {
  const subjects = new Map<number, LockSubject | undefined>();
  return {
    object(id: number): LockSubject | undefined {
      if (subjects.has(id)) return subjects.get(id);
      const subject = subjectOf(world, id);
      subjects.set(id, subject);
      return subject;
    },
    lock(id: number, type: LockType) {
      const text = world.get(id)?.locks[type];
      return text === undefined ? undefined : parseStoredLockKey(text);
    },
  };
}

function subjectOf(world: LockableWorld, id: number): LockSubject | undefined {
  const object = world.get(id);
  if (!object) return undefined;
  const attributes: Record<string, string> = {};
  for (const attribute of inheritedAttributes(world, id)) if (!attribute.flags.includes('MORTAL_DARK')) attributes[attribute.name] = attribute.value;
  return {
    id: object.id,
    name: object.name,
    aliases: object.aliases,
    type: object.kind,
    owner: object.ownerId ?? (object.kind === 'character' ? object.id : null),
    flags: new Set(object.flags),
    attributes,
    contents: world.contents(object.id).map((item) => item.id),
  };
}
