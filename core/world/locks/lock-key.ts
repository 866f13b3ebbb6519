// What a lock key is once parsed: a tree of keys joined by & | ! and parentheses. A parsed key
// names objects as the builder typed them (`me`, `Bathroom Key`, `#12`); resolving it (at @lock
// time, as PennMUSH does) turns every name into an object number, and only a resolved key is
// evaluated or stored. evaluate-lock.ts says what each key means.
import type { ObjectKind } from '../world-object.js';
import type { LockType } from './lock-types.js';

/** An object as a key names it before resolution. */
export type LockReference =
  | { readonly kind: 'id'; readonly id: number }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'me' }
  | { readonly kind: 'here' };

/** An object as a resolved key names it: always by number. */
export interface ResolvedReference {
  readonly kind: 'id';
  readonly id: number;
}

/** The `kind^value` keys whose value is a word or pattern tested against the actor. */
export type BitLockKind = 'flag' | 'power' | 'channel' | 'name' | 'ip' | 'hostname';

/** A lock key over references of type `Ref`: `LockKey` as parsed, `ResolvedLockKey` as stored. */
export type LockNode<Ref> =
  | { readonly kind: 'true' }
  | { readonly kind: 'false' }
  /** Two or more operands; a chain `a&b&c` is one node, `a&(b&c)` keeps its group. */
  | { readonly kind: 'and'; readonly operands: readonly LockNode<Ref>[] }
  | { readonly kind: 'or'; readonly operands: readonly LockNode<Ref>[] }
  | { readonly kind: 'not'; readonly operand: LockNode<Ref> }
  /** `=obj` (and `objid^obj`). */
  | { readonly kind: 'is'; readonly object: Ref }
  /** `+obj`. */
  | { readonly kind: 'carries'; readonly object: Ref }
  /** A bare `obj`: the object itself or whoever carries it. */
  | { readonly kind: 'is-or-carries'; readonly object: Ref }
  /** `$obj`. */
  | { readonly kind: 'owner'; readonly object: Ref }
  /** `@obj` or `@obj/type`; without a type, the type of the lock being checked. */
  | { readonly kind: 'indirect'; readonly object: Ref; readonly lockType?: LockType }
  /** `attr:pattern`; the attribute name is kept upper case. */
  | { readonly kind: 'attribute'; readonly attribute: string; readonly pattern: string }
  /** `attr/pattern`. */
  | { readonly kind: 'evaluation'; readonly attribute: string; readonly pattern: string }
  /** `type^room|exit|thing|player`. */
  | { readonly kind: 'type'; readonly objectType: ObjectKind }
  /** `dbreflist^attr`. */
  | { readonly kind: 'dbreflist'; readonly attribute: string }
  /** `flag^X`, `power^X`, `channel^X`, `name^pattern`, `ip^pattern`, `hostname^pattern`. */
  | { readonly kind: 'bit'; readonly bit: BitLockKind; readonly value: string };

export type LockKey = LockNode<LockReference>;
export type ResolvedLockKey = LockNode<ResolvedReference>;
