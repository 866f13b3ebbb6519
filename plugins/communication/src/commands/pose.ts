// pose <action> (or :<action>): the actor's name, a space, and the action as typed: "Alice waves."
import { Command, fail } from '../../../pdk';
import { speakInRoom } from '../room-speech';
import { spokenText } from '../spoken-text';

export function cmd_pose(): i32 {
  const command = Command.read();
  const action = spokenText(command.arg('action'), 'pose', command.actor);
  if (action.problem.length > 0) return fail(action.problem);
  return speakInRoom(command.actor, 'pose', action.text, command.actor.name + ' ' + action.text);
}
