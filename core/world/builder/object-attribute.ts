// A PennMUSH-style attribute on an object (`&MOOD me=sleepy`): upper-case name, text value, the
// character who set it as owner, and its own flags (attribute flags, canonical upper case).
export interface ObjectAttribute {
  readonly name: string;
  readonly value: string;
  readonly ownerId: number | null;
  readonly flags: readonly string[];
}

/** The builder data an object carries besides its name and description. */
export interface BuilderFields {
  /** Object flags, canonical upper case (object-flags.ts). */
  flags: string[];
  /** The object it inherits attributes from, or null. */
  parentId: number | null;
  /** Lock type (`Basic`, `user:wield`) → canonical key text naming objects by #dbref. */
  locks: Record<string, string>;
}
