// What the lock evaluator needs to know about the world, as an interface the object model
// implements: objects by number, the locks they carry, and (optionally) channels and softcode.
// It never touches the database, so a check is a pure function of what this answers.
import type { ObjectKind } from '../world-object.js';
import type { ResolvedLockKey } from './lock-key.js';
import type { LockType } from './lock-types.js';

/** An object as locks see it. */
export interface LockSubject {
  readonly id: number;
  readonly name: string;
  /** Other names it answers to (an exit's `n`); `name^` keys match these too. */
  readonly aliases?: readonly string[];
  readonly type: ObjectKind;
  /** Its owner; a character with none owns itself. */
  readonly owner: number | null;
  /** Flags set on it, any case (`WIZARD`, `enter_ok`). */
  readonly flags: ReadonlySet<string>;
  /** Powers it has, any case; none when absent. */
  readonly powers?: ReadonlySet<string>;
  /**
   * Attributes a lock may read, by name in any case. Leave out what the locked object may not
   * see (PennMUSH: an attribute lock only reads attributes its object can see).
   */
  readonly attributes: Readonly<Record<string, string>>;
  /** What it carries, by number. */
  readonly contents: readonly number[];
}

export interface LockWorld {
  /** The object with this number, or undefined when there is none. */
  object(id: number): LockSubject | undefined;
  /** The object's lock of this type, or undefined when it has none (and so is unlocked). */
  lock(id: number, type: LockType): ResolvedLockKey | undefined;
  /** Whether the object is on the channel; `channel^` keys fail when this is absent. */
  onChannel?(id: number, channel: string): boolean;
}

/** What an evaluation key asks softcode to evaluate: `code` with %# = actor and %! = object. */
export interface AttributeEvaluation {
  readonly code: string;
  readonly attribute: string;
  /** The object the attribute is on, which the lock is on (%!). */
  readonly object: number;
  /** Who tries to pass (%#). */
  readonly actor: number;
  /** Pass as `depth` to any evaluateLock the code makes (elock()), so cycles through softcode end. */
  readonly depth: number;
}

export interface LockContext {
  readonly world: LockWorld;
  /** The object the lock is on: evaluation keys read its attributes, `dbreflist^` its list. */
  readonly lockedObject: number;
  /** The type of the lock being checked; `@obj` without a type checks obj's lock of this type. */
  readonly lockType: LockType;
  /**
   * Evaluates an evaluation key's attribute with the locked object's powers. Without it, the
   * attribute's stored text is compared as it is (what plain text evaluates to).
   */
  readonly evaluate?: (request: AttributeEvaluation) => string;
  /** Indirections already followed by an outer check (from AttributeEvaluation.depth); 0 at the top. */
  readonly depth?: number;
}
