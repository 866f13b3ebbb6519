// The locks that guard softcode, as PennMUSH checks them: @lock/command and @lock/use before an
// object's $-commands answer a player, @lock/listen and @lock/use before its ^-listens hear one.
// An object without such a lock is open to all.
import { type LockableWorld, lockWorldOf } from '../../world/builder/world-locks.js';
import { type AttributeEvaluation, evaluateLock, type LockType, parseStoredLockKey } from '../../world/locks/index.js';

/** Runs an evaluation key's code as softcode; without it the stored text is compared. */
export type LockCodeEvaluator = (request: AttributeEvaluation) => string;

export function passesLocks(world: LockableWorld, objectId: number, actor: number, types: readonly LockType[], evaluate?: LockCodeEvaluator): boolean {
  const object = world.get(objectId);
  if (!object) return false;
  const guarding = types.filter((type) => object.locks[type] !== undefined);
  if (guarding.length === 0) return true;
  const lockWorld = lockWorldOf(world);
  return guarding.every((type) =>
    evaluateLock(parseStoredLockKey(object.locks[type]!), actor, { world: lockWorld, lockedObject: objectId, lockType: type, ...(evaluate ? { evaluate } : {}) }),
  );
}
