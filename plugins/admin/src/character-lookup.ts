// Finding the character an admin names, with the answer every admin command gives for a name
// that matches no one.
import { CharacterView, Found, character } from '../../pdk';

/**
 * The character `name` names, or why not: a name nobody has in the admin's words, any other
 * refusal (a name too long to be anyone's, say) in the host's.
 */
export function lookUpCharacter(name: string): Found<CharacterView> {
  return character(name).notFoundAs('I don\'t recognize "' + name + '".');
}
