// ooc <message> (or ooc :<action>, ooc ;<action>): out-of-character talk, marked <OOC> so no one
// reads it as part of the scene. Everyone in the room, the speaker included, sees the same line,
// as the soft-coded OOC commands of PennMUSH games show it.
import { Command, fail, withoutControlCharacters } from '../../../pdk';
import { speakInRoom } from '../room-speech';
import { spokenText } from '../spoken-text';

const MARK = '<OOC> ';

export function cmd_ooc(): i32 {
  const command = Command.read();
  const name = command.actor.name;
  // The pose marks are read before substitution, so a %-code never turns into one.
  const typed = withoutControlCharacters(command.arg('message')).trim();
  if (typed.startsWith(':') || typed.startsWith(';')) {
    const action = spokenText(typed.slice(1), 'pose out of character', command.actor);
    if (action.problem.length > 0) return fail(action.problem);
    const joined = typed.startsWith(':') ? name + ' ' + action.text : name + action.text;
    return speakInRoom(command.actor, 'ooc', action.text, MARK + joined);
  }
  const spoken = spokenText(typed, 'say out of character', command.actor);
  if (spoken.problem.length > 0) return fail(spoken.problem);
  return speakInRoom(command.actor, 'ooc', spoken.text, MARK + name + ' says, "' + spoken.text + '"');
}
