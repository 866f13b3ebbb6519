// @open <exit>[;aliases][=<room>]: an exit from the actor's room, linked when a room is named.
import { Command, fail, reply } from '../../../pdk';
import { linkedLine, openExit, openedLine } from '../exits';
import { WorldObject, lookUp, lookUpRoom } from '../object-lookup';
import { mayOpenExitsFrom, permissionDenied } from '../permissions';

export function open_command(): i32 {
  const command = Command.read();
  const hereLookup = lookUp('here');
  const here = hereLookup.found;
  if (here === null) return fail(hereLookup.error);
  if (!mayOpenExitsFrom(command.actor, here)) return fail(permissionDenied(here));

  let destination: WorldObject | null = null;
  if (command.hasArg('destination')) {
    const lookup = lookUpRoom(command.arg('destination'));
    const room = lookup.found;
    if (room === null) return fail(lookup.error);
    destination = room;
  }

  const opened = openExit(command.arg('exit'), here, destination);
  const exit = opened.found;
  if (exit === null) return fail(opened.error);
  const lines: string[] = [openedLine(exit, 'here')];
  if (destination !== null) lines.push(linkedLine(exit, destination));
  return reply(lines.join('\n'));
}
