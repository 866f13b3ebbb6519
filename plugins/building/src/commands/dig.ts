// @dig <room>[=<exit>[;aliases][,<return exit>[;aliases]]]: a new room, optionally with an exit
// from here to it and one back, reported a line a step as PennMUSH does.
import { Command, NewObject, createObject, fail, reply } from '../../../pdk';
import { linkedLine, openExit, openedLine } from '../exits';
import { nameLengthError } from '../input-limits';
import { WorldObject, lookUp, objectIn } from '../object-lookup';
import { mayOpenExitsFrom, permissionDenied } from '../permissions';

export function dig_command(): i32 {
  const command = Command.read();
  const exits = command.arg('exits');
  const comma = exits.indexOf(',');
  // PennMUSH splits at the first comma; either side may be left empty.
  const outward = (comma < 0 ? exits : exits.slice(0, comma)).trim();
  const back = comma < 0 ? '' : exits.slice(comma + 1).trim();
  // `@dig =North` and `@dig Kitchen=` reach here with the "=" inside the room's name.
  if (command.arg('room').includes('=') || (command.hasArg('exits') && outward.length == 0 && back.length == 0)) {
    return fail('Name the room, then any exits after "=": @dig Kitchen=North;n,South;s');
  }
  const tooLong = nameLengthError(command.arg('room'));
  if (tooLong.length > 0) return fail(tooLong);

  // Looked up and checked before anything is created, so a refusal has nothing to undo.
  let here: WorldObject | null = null;
  if (outward.length > 0 || back.length > 0) {
    const lookup = lookUp('here');
    const found = lookup.found;
    if (found === null) return fail(lookup.error);
    if (outward.length > 0 && !mayOpenExitsFrom(command.actor, found)) return fail(permissionDenied(found));
    here = found;
  }

  const dug = objectIn(createObject(new NewObject('room', command.arg('room'))));
  const room = dug.found;
  if (room === null) return fail(dug.error);
  const lines: string[] = [room.name + ' created with room number ' + room.reference + '.'];
  if (here === null) return reply(lines.join('\n'));

  if (outward.length > 0) {
    const opened = openExit(outward, here, room);
    const exit = opened.found;
    if (exit === null) return fail(opened.error);
    lines.push(openedLine(exit, 'here'));
    lines.push(linkedLine(exit, room));
  }
  if (back.length > 0) {
    const opened = openExit(back, room, here);
    const exit = opened.found;
    if (exit === null) return fail(opened.error);
    lines.push(openedLine(exit, room.label));
    lines.push(linkedLine(exit, here));
  }
  return reply(lines.join('\n'));
}
