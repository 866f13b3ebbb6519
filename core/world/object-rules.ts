// What makes a name, alias list or description acceptable for a world object.
import { WorldRuleError } from '../errors.js';

export const MAX_OBJECT_NAME_LENGTH = 100;
export const MAX_ALIAS_LENGTH = 32;
export const MAX_ALIASES = 10;
export const MAX_DESCRIPTION_LENGTH = 8000;

// Control characters would let a name rewrite other players' screens (ANSI escapes, bells).
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

export interface ObjectFields {
  name: string;
  aliases: string[];
  description: string;
}

export function validateObjectFields(input: {
  name: string;
  aliases?: string[];
  description?: string;
}): ObjectFields {
  const name = input.name.normalize('NFC').trim();
  checkName(name, 'name', MAX_OBJECT_NAME_LENGTH);
  const aliases = (input.aliases ?? []).map((alias) => alias.normalize('NFC').trim());
  if (aliases.length > MAX_ALIASES) throw new WorldRuleError(`An object may have at most ${MAX_ALIASES} aliases.`);
  for (const alias of aliases) checkName(alias, 'alias', MAX_ALIAS_LENGTH);
  const description = (input.description ?? '').replace(/\r\n?/g, '\n');
  if (description.length > MAX_DESCRIPTION_LENGTH) {
    throw new WorldRuleError(`A description may be at most ${MAX_DESCRIPTION_LENGTH} characters.`);
  }
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(description)) {
    throw new WorldRuleError('A description may not contain control characters.');
  }
  return { name, aliases, description };
}

function checkName(value: string, what: 'name' | 'alias', maxLength: number): void {
  if (value.length === 0) throw new WorldRuleError(`An object ${what} cannot be empty.`);
  if (value.length > maxLength) throw new WorldRuleError(`An object ${what} may be at most ${maxLength} characters.`);
  if (CONTROL_CHARACTERS.test(value)) throw new WorldRuleError(`An object ${what} may not contain control characters.`);
  if (/[;=]/.test(value)) throw new WorldRuleError(`An object ${what} may not contain ";" or "=".`);
  if (/^#\d/.test(value)) throw new WorldRuleError(`An object ${what} may not look like a reference such as #12.`);
}
