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

/** What object functions (name, loc, owner, type, flags, ...) learn about an object. */
export interface SoftcodeObjectFacts {
  readonly id: number;
  readonly name: string;
  readonly type: 'ROOM' | 'EXIT' | 'THING' | 'PLAYER';
  readonly owner: number;
  /** loc(): an exit's destination, anything else's container; undefined for rooms (#-1). */
  readonly location?: number;
  /** home(): a player's home, an exit's source room; undefined where there is none. */
  readonly home?: number;
  /** Canonical flag names (CONNECTED for a connected player). */
  readonly flags: readonly string[];
  /** flags(): the type letter and flag letters, as PennMUSH writes them (`Pc`). */
  readonly flagLetters: string;
  readonly parent?: number;
}

/** An output the code asked for (pemit, emit, remit, oemit), delivered by the world after the evaluation. */
export type SoftcodeOutput =
  | { readonly kind: 'object'; readonly target: number; readonly text: string }
  | { readonly kind: 'room'; readonly room: number; readonly text: string; readonly exclude: readonly number[] };

/**
 * The wider world a running game offers (softcode/world/ implements it): facts about objects,
 * contents, attribute names, who is connected, and output. A context without it (a test, a bare
 * evaluator) answers object functions with `#-1 NO SUCH OBJECT VISIBLE`.
 */
export interface SoftcodeWorldContext extends SoftcodeContext {
  /** Facts the viewer may learn about the object, or undefined when it cannot see it. */
  facts(viewer: number, id: number): SoftcodeObjectFacts | undefined;
  /** Whether the viewer controls the object (PennMUSH's controls()). */
  controls(viewer: number, id: number): boolean;
  /** Things and players inside, in order (exits excluded), as the viewer may list them. */
  contents(viewer: number, id: number): number[] | undefined;
  exits(viewer: number, id: number): number[] | undefined;
  /** Names of the attributes the viewer may see on the object (inherited ones included), sorted. */
  attributeNames(viewer: number, id: number): string[] | undefined;
  /** Connected players, longest connected first. */
  connectedPlayers(): number[];
  /** Seconds a player has been connected and idle (its longest-connected session), or undefined when it is not. */
  connectionTimes(id: number): { connected: number; idle: number } | undefined;
  /**
   * lsearch(): the objects owned by `owner` (everything when undefined), in number order, as far
   * as the viewer may search: a wizard anything, anyone else only what its own owner owns.
   */
  search(viewer: number, owner: number | undefined): number[] | undefined;
  /** elock(): whether `actor` passes the object's lock of `type` (`Basic` when empty); undefined when the viewer may not test it. */
  passesLock(viewer: number, id: number, actor: number, type: string): boolean | undefined;
  /** Queues output for delivery; false when the executor may not reach that target. */
  output(executor: number, enactor: number, output: SoftcodeOutput): boolean;
}

export function isWorldContext(context: SoftcodeContext): context is SoftcodeWorldContext {
  return typeof (context as Partial<SoftcodeWorldContext>).facts === 'function';
}
