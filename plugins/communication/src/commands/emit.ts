// @emit <text>: text shown to the room exactly as given, with no name; for builders setting scenes.
import { Command, fail } from '../../../pdk';
import { speakInRoom } from '../room-speech';
import { spokenText } from '../spoken-text';

export function cmd_emit(): i32 {
  const command = Command.read();
  const emitted = spokenText(command.arg('text'), 'emit', command.actor);
  if (emitted.problem.length > 0) return fail(emitted.problem);
  return speakInRoom(command.actor, 'emit', emitted.text, emitted.text);
}
