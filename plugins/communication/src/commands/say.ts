// say <message> (or "<message>): Alice says, "hi" to everyone in the room.
import { Command, fail } from '../../../pdk';
import { speakInRoom } from '../room-speech';
import { spokenText } from '../spoken-text';

export function cmd_say(): i32 {
  const command = Command.read();
  const spoken = spokenText(command.arg('message'), 'say', command.actor);
  if (spoken.problem.length > 0) return fail(spoken.problem);
  const quoted = '"' + spoken.text + '"';
  return speakInRoom(command.actor, 'say', spoken.text, command.actor.name + ' says, ' + quoted, 'You say, ' + quoted);
}
