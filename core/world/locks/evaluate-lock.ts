// Whether an actor passes a lock. What each key means (the actor is whoever tries to pass; the
// locked object is the object the lock is on):
//   (no lock)         passes: an object without a lock of a type is unlocked for it.
//   #TRUE / #FALSE    always passes / never passes.
//   #12               the actor is #12, or carries #12 (a bare name, resolved, becomes this).
//   =#12              the actor is #12 (`objid^#12` is the same key).
//   +#12              the actor carries #12.
//   $#12              the actor has the owner #12 has (a character with no owner owns itself).
//   @#12, @#12/Use    the actor passes #12's lock of the same type as the one checked, or of the
//                     type named; #12 without such a lock passes, a missing #12 fails.
//   ATTR:pattern      the actor has ATTR and its value matches the pattern (lock-patterns.ts:
//                     wildcards, or <x / >x comparisons); a missing attribute fails.
//   ATTR/value        the locked object's ATTR, evaluated by context.evaluate (%# the actor,
//                     %! the object) or taken as stored text, matches the value as above.
//   FLAG^X, POWER^X   the actor has flag / power X (any case).
//   TYPE^PLAYER       the actor is of that type (ROOM, EXIT, THING, PLAYER = a character).
//   NAME^pattern      the actor's name or one of its aliases matches the wildcard pattern.
//   CHANNEL^name      the world says the actor is on that channel.
//   DBREFLIST^ATTR    the locked object's ATTR is a list of object numbers (`#1 #7 #23:1234`)
//                     that includes the actor.
//   IP^p, HOSTNAME^p  the actor's owner's LASTIP / LASTSITE attribute matches the pattern.
//   a&b, a|b, !a      all of, any of, not; evaluated left to right, stopping once decided.
// A missing actor fails every lock. Indirect and evaluation keys followed inside one another
// more than MAX_LOCK_DEPTH deep, or more than MAX_LOCK_STEPS keys in one check, fail the whole
// check (a cycle such as A locked to @B and B to @A answers false, whatever `!` surrounds it).
import type { ResolvedLockKey } from './lock-key.js';
import type { LockContext, LockSubject } from './lock-context.js';
import { MAX_LOCK_DEPTH, MAX_LOCK_STEPS } from './lock-limits.js';
import { matchesLockValue, matchesWildcard } from './lock-patterns.js';
import type { LockType } from './lock-types.js';

export function evaluateLock(lock: ResolvedLockKey | null | undefined, actor: number, context: LockContext): boolean {
  if (lock === null || lock === undefined) return true;
  const subject = context.world.object(actor);
  if (!subject) return false;
  const check = new LockCheck(context, subject);
  const passed = check.passes(lock, { lockedObject: context.lockedObject, lockType: context.lockType, depth: context.depth ?? 0 });
  return passed && !check.exhausted;
}

/** Where in a chain of indirect locks a key is being checked. */
interface Frame {
  readonly lockedObject: number;
  readonly lockType: LockType;
  readonly depth: number;
}

class LockCheck {
  exhausted = false;
  private steps = 0;

  constructor(
    private readonly context: LockContext,
    private readonly actor: LockSubject,
  ) {}

  passes(key: ResolvedLockKey, frame: Frame): boolean {
    if (this.exhausted) return false;
    this.steps += 1;
    if (this.steps > MAX_LOCK_STEPS) return this.exhaust();
    const actor = this.actor;
    switch (key.kind) {
      case 'true':
        return true;
      case 'false':
        return false;
      case 'and':
        return key.operands.every((operand) => this.passes(operand, frame));
      case 'or':
        return key.operands.some((operand) => this.passes(operand, frame));
      case 'not':
        return !this.passes(key.operand, frame);
      case 'is':
        return actor.id === key.object.id;
      case 'carries':
        return actor.contents.includes(key.object.id);
      case 'is-or-carries':
        return actor.id === key.object.id || actor.contents.includes(key.object.id);
      case 'owner': {
        const target = this.context.world.object(key.object.id);
        const owner = target && ownerOf(target);
        return owner !== undefined && owner === ownerOf(actor);
      }
      case 'indirect':
        return this.indirect(key.object.id, key.lockType ?? frame.lockType, frame);
      case 'attribute': {
        const value = attributeOf(actor, key.attribute);
        return value !== undefined && matchesLockValue(key.pattern, value);
      }
      case 'evaluation':
        return this.evaluation(key.attribute, key.pattern, frame);
      case 'type':
        return actor.type === key.objectType;
      case 'dbreflist':
        return this.inList(key.attribute, frame);
      case 'bit':
        return this.bit(key.bit, key.value);
    }
  }

  private indirect(objectId: number, lockType: LockType, frame: Frame): boolean {
    if (frame.depth >= MAX_LOCK_DEPTH) return this.exhaust();
    if (!this.context.world.object(objectId)) return false;
    const lock = this.context.world.lock(objectId, lockType);
    if (!lock) return true;
    return this.passes(lock, { lockedObject: objectId, lockType, depth: frame.depth + 1 });
  }

  private evaluation(attribute: string, pattern: string, frame: Frame): boolean {
    const locked = this.context.world.object(frame.lockedObject);
    const code = locked && attributeOf(locked, attribute);
    if (code === undefined) return false;
    if (!this.context.evaluate) return matchesLockValue(pattern, code);
    if (frame.depth >= MAX_LOCK_DEPTH) return this.exhaust();
    const result = this.context.evaluate({ code, attribute, object: frame.lockedObject, actor: this.actor.id, depth: frame.depth + 1 });
    return matchesLockValue(pattern, result);
  }

  private inList(attribute: string, frame: Frame): boolean {
    const locked = this.context.world.object(frame.lockedObject);
    const list = locked && attributeOf(locked, attribute);
    if (list === undefined) return false;
    return list.split(/\s+/).some((entry) => {
      const number = /^#(\d{1,12})(:\d+)?$/.exec(entry);
      return number !== null && Number(number[1]) === this.actor.id;
    });
  }

  private bit(bit: 'flag' | 'power' | 'channel' | 'name' | 'ip' | 'hostname', value: string): boolean {
    const actor = this.actor;
    switch (bit) {
      case 'flag':
        return hasIgnoringCase(actor.flags, value);
      case 'power':
        return actor.powers !== undefined && hasIgnoringCase(actor.powers, value);
      case 'channel':
        return this.context.world.onChannel?.(actor.id, value) ?? false;
      case 'name':
        return [actor.name, ...(actor.aliases ?? [])].some((name) => matchesWildcard(value, name));
      case 'ip':
      case 'hostname': {
        const ownerId = ownerOf(actor);
        const owner = ownerId === undefined ? undefined : this.context.world.object(ownerId);
        const site = owner && attributeOf(owner, bit === 'ip' ? 'LASTIP' : 'LASTSITE');
        return site !== undefined && matchesWildcard(value, site);
      }
    }
  }

  private exhaust(): false {
    this.exhausted = true;
    return false;
  }
}

function ownerOf(subject: LockSubject): number | undefined {
  if (subject.owner !== null) return subject.owner;
  return subject.type === 'character' ? subject.id : undefined;
}

function attributeOf(subject: LockSubject, name: string): string | undefined {
  const attributes = subject.attributes;
  const upper = name.toUpperCase();
  const key = Object.hasOwn(attributes, upper) ? upper : Object.keys(attributes).find((candidate) => candidate.toUpperCase() === upper);
  const value = key === undefined ? undefined : attributes[key];
  return typeof value === 'string' ? value : undefined;
}

function hasIgnoringCase(names: ReadonlySet<string>, wanted: string): boolean {
  if (names.has(wanted)) return true;
  const upper = wanted.toUpperCase();
  for (const name of names) if (name.toUpperCase() === upper) return true;
  return false;
}
