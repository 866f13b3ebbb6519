// A character's pronouns, for %s, %o, %p and %a in messages. PennMUSH reads them from the SEX
// attribute (male, female, plural, anything else neuter); Hearth keeps that, lets a character
// give its own set (`pronouns`: "xe/xem/xyr/xyrs"), and uses they/them where nothing is set,
// since an unset SEX saying "it" of a person reads as an insult.
export interface Pronouns {
  /** %s: he, she, they, it. */
  subjective: string;
  /** %o: him, her, them, it. */
  objective: string;
  /** %p: his, her, their, its. */
  possessive: string;
  /** %a: his, hers, theirs, its. */
  absolute: string;
}

export const SEX_ATTRIBUTE = 'sex';
export const PRONOUNS_ATTRIBUTE = 'pronouns';
/** Characters in one custom pronoun: "xyrs" fits, a sentence does not. */
export const MAX_PRONOUN_LENGTH = 12;

const HE: Pronouns = { subjective: 'he', objective: 'him', possessive: 'his', absolute: 'his' };
const SHE: Pronouns = { subjective: 'she', objective: 'her', possessive: 'her', absolute: 'hers' };
const THEY: Pronouns = { subjective: 'they', objective: 'them', possessive: 'their', absolute: 'theirs' };
const IT: Pronouns = { subjective: 'it', objective: 'it', possessive: 'its', absolute: 'its' };

/** The pronouns an object's attributes give: a valid custom set first, then SEX, then they/them. */
export function pronounsOf(attributes: Record<string, unknown>): Pronouns {
  const custom = parsePronouns(attributes[PRONOUNS_ATTRIBUTE]);
  if (custom) return custom;
  const sex = attributes[SEX_ATTRIBUTE];
  if (typeof sex !== 'string' || sex.trim() === '') return THEY;
  return pronounsForSex(sex);
}

/** PennMUSH's reading of SEX: by its first letter, as PennMUSH does. */
export function pronounsForSex(sex: string): Pronouns {
  const first = sex.trim().toLowerCase()[0];
  if (first === 'm') return HE;
  if (first === 'f' || first === 'w') return SHE;
  if (first === 'p' || first === 't') return THEY;
  return IT;
}

/** "xe/xem/xyr/xyrs" as four words of letters (and ' or -), or null when it is not one. */
export function parsePronouns(value: unknown): Pronouns | null {
  if (typeof value !== 'string') return null;
  const parts = value.split('/').map((part) => part.trim());
  if (parts.length !== 4) return null;
  if (!parts.every((part) => part.length > 0 && part.length <= MAX_PRONOUN_LENGTH && /^[A-Za-z][A-Za-z'-]*$/.test(part))) return null;
  const [subjective, objective, possessive, absolute] = parts as [string, string, string, string];
  return { subjective, objective, possessive, absolute };
}
