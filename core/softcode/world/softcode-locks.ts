// The locks that guard softcode, as PennMUSH checks them: @lock/command and @lock/use before an
// object's $-commands answer a player, @lock/listen and @lock/use before its ^-listens hear one.
// An object without such a lock is open to all.
import { type LockableWorld, lockWorldOf } from '../../world/builder/world-locks.js';
import { evaluateLock, type LockType, parseStoredLockKey } from '../../world/locks/index.js';

export function passesLocks(world: LockableWorld, objectId: number, actor: number, types: readonly LockType[]): boolean {
  const object = world.get(objectId);
  if (!object) return false;
  const guarding = types.filter((type) => object.locks[type] !== undefined);
  if (guarding.length === 0) return true;
  const lockWorld = lockWorldOf(world);
  return guarding.every((type) => evaluateLock(parseStoredLockKey(object.locks[type]!), actor, { world: lockWorld, lockedObject: objectId, lockType: type }));
}
