// Hearth's lock language (PennMUSH's @lock keys): read a key, resolve its names when the lock is
// set, write it back for examine, and check whether an actor passes it. Pure logic over the
// interfaces in lock-context.ts and resolve-lock-key.ts; the object model supplies the world.
export { evaluateLock } from './evaluate-lock.js';
export type { AttributeEvaluation, LockContext, LockSubject, LockWorld } from './lock-context.js';
export type { BitLockKind, LockKey, LockNode, LockReference, ResolvedLockKey, ResolvedReference } from './lock-key.js';
export { MAX_LOCK_DEPTH, MAX_LOCK_KEY_LENGTH, MAX_LOCK_NESTING, MAX_LOCK_NODES, MAX_LOCK_STEPS } from './lock-limits.js';
export { matchesLockValue, matchesWildcard } from './lock-patterns.js';
export { DEFAULT_LOCK_TYPE, isLockType, normaliseLockType, STANDARD_LOCK_TYPES, type LockType, type StandardLockType } from './lock-types.js';
export { parseLockKey } from './parse-lock-key.js';
export { resolveLockKey, type LockReferenceResolver } from './resolve-lock-key.js';
export { parseStoredLockKey } from './stored-lock-key.js';
export { unparseLockKey } from './unparse-lock-key.js';
