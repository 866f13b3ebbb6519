// Reads a lock back from storage: the text unparseLockKey wrote when the lock was set, which
// names objects by number only. Numbers are not checked against the world, so a lock naming
// an object destroyed since still loads (and that key simply fails, as in PennMUSH).
import type { ResolvedLockKey } from './lock-key.js';
import { lockSyntaxError } from './lock-key-errors.js';
import { parseLockKey } from './parse-lock-key.js';
import { mapLockReferences } from './resolve-lock-key.js';

/** Parses stored key text; throws LockKeyError if it is malformed or names an object other than by number. */
export function parseStoredLockKey(text: string): ResolvedLockKey {
  return mapLockReferences(parseLockKey(text), (reference) => {
    if (reference.kind === 'id') return reference;
    throw lockSyntaxError(text, 0, `a stored lock names objects by number, but this one says ${reference.kind === 'name' ? `"${reference.name.slice(0, 40)}"` : reference.kind}; set the lock again`);
  });
}
