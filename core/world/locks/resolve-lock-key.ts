// Turns the names in a parsed key into object numbers, as @lock does when the lock is set
// (PennMUSH stores `#12`, never "Bathroom Key", so renaming the key object keeps the lock).
// `me` is whoever sets the lock, `here` where they are; other names are matched by the caller's
// rules for what the setter can see. A name that matches nothing, or several things, is refused
// with PennMUSH's words.
import { LockReferenceError } from '../../errors.js';
import type { LockKey, LockNode, LockReference, ResolvedLockKey, ResolvedReference } from './lock-key.js';
import { quoteKeyText } from './lock-key-errors.js';

export interface LockReferenceResolver {
  /** The object setting the lock: `me`. */
  readonly setter: number;
  /** Where the setter is: `here`; null when nowhere. */
  readonly location: number | null;
  /** Whether an object has this number. */
  exists(id: number): boolean;
  /** The objects the setter means by `name`, best matches only (none, one, or several equally good). */
  matchName(name: string): readonly number[];
}

/** Resolves every reference in `key`; throws LockReferenceError for an object not found or ambiguous. */
export function resolveLockKey(key: LockKey, resolver: LockReferenceResolver): ResolvedLockKey {
  return mapLockReferences(key, (reference) => ({ kind: 'id', id: resolveReference(reference, resolver) }));
}

function resolveReference(reference: LockReference, resolver: LockReferenceResolver): number {
  switch (reference.kind) {
    case 'me':
      return resolver.setter;
    case 'here':
      if (resolver.location === null) throw new LockReferenceError('E_OBJECT_NOT_FOUND', 'here', 'You are nowhere, so "here" names nothing.');
      return resolver.location;
    case 'id':
      if (!resolver.exists(reference.id)) throw new LockReferenceError('E_OBJECT_NOT_FOUND', `#${reference.id}`, `No object #${reference.id} exists.`);
      return reference.id;
    case 'name': {
      const matches = resolver.matchName(reference.name);
      if (matches.length === 1) return matches[0]!;
      if (matches.length === 0) {
        throw new LockReferenceError('E_OBJECT_NOT_FOUND', reference.name, `I don't see ${quoteKeyText(reference.name, 100)} here.`);
      }
      throw new LockReferenceError('E_OBJECT_AMBIGUOUS', reference.name, `I don't know which ${quoteKeyText(reference.name, 100)} you mean.`);
    }
  }
}

/** `key` with every object reference replaced by `map`'s answer; the rest of the tree kept. */
export function mapLockReferences(key: LockKey, map: (reference: LockReference) => ResolvedReference): ResolvedLockKey {
  switch (key.kind) {
    case 'and':
    case 'or':
      return { kind: key.kind, operands: key.operands.map((operand) => mapLockReferences(operand, map)) };
    case 'not':
      return { kind: 'not', operand: mapLockReferences(key.operand, map) };
    case 'is':
    case 'carries':
    case 'is-or-carries':
    case 'owner':
      return { kind: key.kind, object: map(key.object) };
    case 'indirect':
      return key.lockType === undefined ? { kind: 'indirect', object: map(key.object) } : { kind: 'indirect', object: map(key.object), lockType: key.lockType };
    default:
      return key satisfies LockNode<never>;
  }
}
