// ooc <message> (or ooc :<action>, ooc ;<action>): out-of-character talk, marked <OOC> so no one
// reads it as part of the scene. Everyone in the room, the speaker included, sees the same line,
// as the soft-coded OOC commands of PennMUSH games show it.
import { Command, fail } from '../../../pdk';
import { speakInRoom } from '../room-speech';
import { spokenText } from '../spoken-text';

const MARK = '<OOC> ';

export function cmd_ooc(): i32 {
  const command = Command.read();
  const name = command.actor.name;
  const spoken = spokenText(command.arg('message'), 'say out of character');
  if (spoken.problem.length > 0) return fail(spoken.problem);
  const text = spoken.text;
  if (text.startsWith(':') || text.startsWith(';')) {
    const action = spokenText(text.slice(1), 'pose out of character');
    if (action.problem.length > 0) return fail(action.problem);
    const joined = text.startsWith(':') ? name + ' ' + action.text : name + action.text;
    return speakInRoom(command.actor, 'ooc', action.text, MARK + joined);
  }
  return speakInRoom(command.actor, 'ooc', text, MARK + name + ' says, "' + text + '"');
}
