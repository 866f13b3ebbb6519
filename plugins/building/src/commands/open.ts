// @open <exit>[;aliases][=<room>]: an exit from the actor's room, linked when a room is named.
import { Command, ObjectView, fail, lookUpKind, reply } from '../../../pdk';
import { linkedLine, openExit, openedLine, roomToOpenExitsFrom, warnOfShadowedNames } from '../exits';

export function cmd_open(): i32 {
  const command = Command.read();
  const hereFound = roomToOpenExitsFrom(command.actor);
  if (!hereFound.ok) return fail(hereFound.error);
  const here = hereFound.value!;

  let destination: ObjectView | null = null;
  if (command.hasArg('destination')) {
    const roomFound = lookUpKind(command.arg('destination'), 'room');
    if (!roomFound.ok) return fail(roomFound.error);
    destination = roomFound.value!;
  }

  const opened = openExit(command.arg('exit'), here, destination);
  if (!opened.ok) return fail(opened.error);
  const exit = opened.value!;
  const lines: string[] = [openedLine(exit, 'here')];
  if (destination !== null) lines.push(linkedLine(exit, destination));
  warnOfShadowedNames(lines, exit);
  return reply(lines.join('\n'));
}
