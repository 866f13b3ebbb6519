// @dig <room>[=<exit>[;aliases][,<return exit>[;aliases]]]: a new room, optionally with an exit
// from here to it and one back, reported a line a step as PennMUSH does.
import { Command, NewObject, ObjectView, createObject, fail, lookUp, objectOf, reply } from '../../../pdk';
import { linkedLine, openExit, openedLine, roomToOpenExitsFrom, warnOfShadowedNames } from '../exits';
import { nameLengthError } from '../input-limits';

export function cmd_dig(): i32 {
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
  // Only an exit out of here needs leave to open exits here; the way back leaves the new room.
  let here: ObjectView | null = null;
  if (outward.length > 0 || back.length > 0) {
    const found = outward.length > 0 ? roomToOpenExitsFrom(command.actor) : lookUp('here');
    if (!found.ok) return fail(found.error);
    here = found.value!;
  }

  const dug = objectOf(createObject(new NewObject('room', command.arg('room'))));
  if (!dug.ok) return fail(dug.error);
  const room = dug.value!;
  const lines: string[] = [room.name + ' created with room number ' + room.reference + '.'];
  if (here === null) return reply(lines.join('\n'));

  if (outward.length > 0) {
    const opened = openExit(outward, here, room);
    if (!opened.ok) return fail(opened.error);
    const exit = opened.value!;
    lines.push(openedLine(exit, 'here'));
    lines.push(linkedLine(exit, room));
    warnOfShadowedNames(lines, exit);
  }
  if (back.length > 0) {
    const opened = openExit(back, room, here);
    if (!opened.ok) return fail(opened.error);
    const exit = opened.value!;
    lines.push(openedLine(exit, room.label));
    lines.push(linkedLine(exit, here));
    warnOfShadowedNames(lines, exit);
  }
  return reply(lines.join('\n'));
}
