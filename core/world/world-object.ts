// The shape of everything in the world, and how objects are written for people (`#12`).

export type ObjectKind = 'room' | 'exit' | 'thing' | 'character';

export interface WorldObject {
  id: number;
  kind: ObjectKind;
  name: string;
  /** Other names an exit (or thing) answers to, e.g. `n` for `North`. */
  aliases: string[];
  description: string;
  ownerId: number | null;
  /** Room an exit leaves from; room (or holder) a character or thing is in; null for rooms. */
  locationId: number | null;
  /** Where an exit leads; null while unlinked. */
  destinationId: number | null;
  attributes: Record<string, unknown>;
  /** Object flags (DARK, VISUAL, ...), canonical upper case: builder/object-flags.ts. */
  flags: string[];
  /** The object PennMUSH-style attributes are inherited from; null for none. */
  parentId: number | null;
  /** Lock type → canonical lock key text (objects named by #dbref). */
  locks: Record<string, string>;
}

const REFERENCE_PATTERN = /^#(\d{1,12})$/;

export function formatReference(id: number): string {
  return `#${id}`;
}

/** `#12` → 12; anything else → undefined. */
export function parseReference(text: string): number | undefined {
  const match = REFERENCE_PATTERN.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/** `North;n;nor` → `{ name: 'North', aliases: ['n', 'nor'] }`, trimming blanks and duplicates. */
export function parseNameWithAliases(text: string): { name: string; aliases: string[] } {
  const parts = text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const [name = '', ...rest] = parts;
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  for (const alias of rest) {
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return { name, aliases };
}

/** True when `text` names the object by its name or one of its aliases, ignoring case. */
export function answersTo(object: WorldObject, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  if (wanted.length === 0) return false;
  if (object.name.toLowerCase() === wanted) return true;
  return object.aliases.some((alias) => alias.toLowerCase() === wanted);
}
