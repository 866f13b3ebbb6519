// A character's pronouns as the host gives them (an actor's, or a character view's): %s, %o, %p
// and %a in substituted text. they/them where the answer gives none.
import { JSON } from './json';

export class Pronouns {
  constructor(
    public subjective: string = 'they',
    public objective: string = 'them',
    public possessive: string = 'their',
    public absolute: string = 'theirs',
  ) {}

  static from(object: JSON.Obj | null): Pronouns {
    const pronouns = new Pronouns();
    if (object === null) return pronouns;
    pronouns.subjective = field(object, 'subjective', pronouns.subjective);
    pronouns.objective = field(object, 'objective', pronouns.objective);
    pronouns.possessive = field(object, 'possessive', pronouns.possessive);
    pronouns.absolute = field(object, 'absolute', pronouns.absolute);
    return pronouns;
  }

  /** "she/her/her/hers", as @pronouns takes them. */
  toString(): string {
    return this.subjective + '/' + this.objective + '/' + this.possessive + '/' + this.absolute;
  }
}

function field(object: JSON.Obj, key: string, fallback: string): string {
  const value = object.getString(key);
  return value === null || value.valueOf().length == 0 ? fallback : value.valueOf();
}
