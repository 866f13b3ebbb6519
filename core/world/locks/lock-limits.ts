// How big a lock key may be. Keys are evaluated on every move, page and pick-up, and parsed,
// printed and evaluated by recursion: these bounds keep each of those small and far from the
// stack's limit, whatever a builder (or a script) types.

/** Characters in a key as typed (PennMUSH's own buffer is larger; no real lock comes close). */
export const MAX_LOCK_KEY_LENGTH = 4096;
/** Levels of parentheses and `!` inside one another. */
export const MAX_LOCK_NESTING = 64;
/** Keys and operators in one key: `#1&#2` is three. */
export const MAX_LOCK_NODES = 1024;
/** Indirect (`@obj`) and evaluation (`attr/value`) locks followed inside one another. */
export const MAX_LOCK_DEPTH = 16;
/** Keys visited in one check, across every indirect lock it follows. */
export const MAX_LOCK_STEPS = 10_000;
