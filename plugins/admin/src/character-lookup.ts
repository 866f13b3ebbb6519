// Finding the character an admin names, with the answer every admin command gives for a name
// that matches no one.
import { E_OBJECT_NOT_FOUND, boolOf, intOf, queryCharacter, strOf } from '../../pdk';

export class NamedCharacter {
  constructor(
    public id: i64,
    public name: string,
    public role: string,
    public connected: bool,
  ) {}
}

/** The character found, or null with `error` saying what to tell the admin. */
export class CharacterLookup {
  constructor(
    public found: NamedCharacter | null,
    public error: string,
  ) {}
}

export function lookUpCharacter(name: string): CharacterLookup {
  const answer = queryCharacter(name);
  if (!answer.ok) {
    // Anything else, a name too long to be anyone's included, the host's sentence says.
    if (answer.errorCode == E_OBJECT_NOT_FOUND) return new CharacterLookup(null, unknownName(name));
    return new CharacterLookup(null, answer.errorMessage);
  }
  const character = answer.obj('character');
  if (character === null) return new CharacterLookup(null, unknownName(name));
  const found = new NamedCharacter(intOf(character, 'id'), strOf(character, 'name'), strOf(character, 'role'), boolOf(character, 'connected'));
  return new CharacterLookup(found, '');
}

function unknownName(name: string): string {
  return 'I don\'t recognize "' + name + '".';
}
