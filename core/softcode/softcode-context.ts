// What the evaluator needs from the world, as an interface the object model implements: who an
// object is (name, pronouns, location), which object a name means to a viewer, and the text of an
// attribute a viewer may read. The evaluator never touches the database; the adapter decides
// visibility and permissions (PennMUSH's control and see_attr rules) and answers accordingly.

export interface SoftcodePronouns {
  /** %s: he, she, they, it */
  readonly subjective: string;
  /** %o: him, her, them, it */
  readonly objective: string;
  /** %p: his, her, their, its */
  readonly possessive: string;
  /** %a: his, hers, theirs, its */
  readonly absolute: string;
}

export interface SoftcodeObject {
  readonly id: number;
  readonly name: string;
  /** For %s %o %p %a; absent means PennMUSH's neuter-by-name forms (the name, the name's). */
  readonly pronouns?: SoftcodePronouns;
  /** Where it is (%l for the enactor); absent for rooms and the void. */
  readonly location?: number;
}

/** The answer to reading an attribute: its text, or why there is none. */
export type AttributeRead =
  | { readonly status: 'found'; readonly text: string }
  | { readonly status: 'missing' }
  | { readonly status: 'denied' };

export interface SoftcodeContext {
  /** The object with this number, or undefined when there is none. */
  object(id: number): SoftcodeObject | undefined;
  /**
   * The object a viewer means by `text` (`me`, `here`, `#12`, a name nearby), or undefined when
   * nothing (or more than one thing) matches what the viewer can see.
   */
  matchObject(viewer: number, text: string): number | undefined;
  /** The raw text of an attribute (any case of its name) on an object, as the viewer may read it. */
  readAttribute(viewer: number, object: number, attribute: string): AttributeRead;
}
