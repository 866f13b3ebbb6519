// semipose <action> (or ;<action>): the action straight after the name, for "Alice's hat falls."
import { Command, fail } from '../../../pdk';
import { speakInRoom } from '../room-speech';
import { spokenText } from '../spoken-text';

export function cmd_semipose(): i32 {
  const command = Command.read();
  const action = spokenText(command.arg('action'), 'pose', command.actor);
  if (action.problem.length > 0) return fail(action.problem);
  return speakInRoom(command.actor, 'semipose', action.text, command.actor.name + action.text);
}
