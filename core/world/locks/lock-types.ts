// The kinds of lock an object can carry (PennMUSH's "locktypes"), each checked by a different
// action, and the @lock/<switch> names that choose one. A builder's own locks are `user:<name>`,
// with no built-in meaning (a softcode elock() tests them).
import { LockTypeUnknownError } from '../../errors.js';

/** The standard lock types, in PennMUSH's spelling, with what each guards. */
export const STANDARD_LOCK_TYPES = {
  Basic: 'Who can pick up the player or thing, or go through the exit.',
  Enter: 'Who can enter the player or thing (an ENTER_OK object), or empty it.',
  Teleport: 'Who can teleport into the room.',
  Use: 'Who can use the object, or trigger its $-commands and ^-listens.',
  Page: 'Who can page or @pemit the player.',
  Zone: 'Who can control objects on this zone.',
  Parent: 'Who can @parent something to this object.',
  Link: 'Who can @link something to this object, or @link this unlinked exit.',
  Open: 'Who can @open an exit from this room.',
  Mail: 'Who can @mail the player.',
  Speech: 'Who can speak, pose or emit in this room.',
  Listen: "Who can trigger the object's @ahear and ^-listen patterns.",
  Command: "Who can trigger the object's $-commands.",
  Leave: 'Who can leave this object or room.',
  Drop: 'Who can drop this object, or drop things in this room.',
  Give: 'Who can give this object away.',
  From: 'Who can give things to this object.',
  Pay: 'Who can give pennies to, or buy from, this object.',
  Receive: 'What things can be given to this object.',
  Follow: 'Who can follow this object.',
  Examine: 'Who can examine this object when it is VISUAL.',
  Chzone: 'Who can @chzone things to this zone object.',
  Forward: 'Who can forward messages to this object with @forwardlist.',
  Filter: "Whose speech this object's @filter applies to.",
  Infilter: "Whose speech this object's @infilter applies to.",
  Control: 'Who controls this object besides its owner (never for players).',
  Dropto: "Who the room's drop-to sends on.",
  Destroy: 'Who can @destroy this DESTROY_OK object.',
  Interact: 'Who can send sound (say, pose, emit) to this object.',
  Take: 'Who can take things this object contains.',
  MailForward: 'Who can forward @mail to this object.',
} as const;

export type StandardLockType = keyof typeof STANDARD_LOCK_TYPES;
/** A standard type, or a builder's own `user:<name>` (name lower case). */
export type LockType = StandardLockType | `user:${string}`;

/** The type a plain @lock (no switch) sets. */
export const DEFAULT_LOCK_TYPE: StandardLockType = 'Basic';

const BY_LOWER_NAME = new Map<string, StandardLockType>(
  (Object.keys(STANDARD_LOCK_TYPES) as StandardLockType[]).map((type) => [type.toLowerCase(), type]),
);
const USER_LOCK_NAME = /^[a-z][a-z0-9_.-]{0,31}$/;

/**
 * `use`, `USE`, `/use` → `Use`; `user:Wield` → `user:wield`; nothing (a bare @lock) → `Basic`.
 * Anything else is refused with E_LOCK_TYPE_UNKNOWN.
 */
export function normaliseLockType(text?: string): LockType {
  const word = (text ?? '').trim().replace(/^\//, '').trim();
  if (word === '') return DEFAULT_LOCK_TYPE;
  const lower = word.toLowerCase();
  const standard = BY_LOWER_NAME.get(lower);
  if (standard) return standard;
  if (lower.startsWith('user:')) {
    const name = lower.slice('user:'.length);
    if (USER_LOCK_NAME.test(name)) return `user:${name}`;
  }
  throw new LockTypeUnknownError(word, Object.keys(STANDARD_LOCK_TYPES));
}

/** True for a standard type or a well-formed `user:<name>`, exactly as normaliseLockType spells them. */
export function isLockType(value: unknown): value is LockType {
  if (typeof value !== 'string') return false;
  if (Object.hasOwn(STANDARD_LOCK_TYPES, value)) return true;
  return value.startsWith('user:') && USER_LOCK_NAME.test(value.slice('user:'.length));
}
