// The room as `look` shows it, PennMUSH style: name and reference, description, who and what is
// here, and the exits. `look`, `go`, typed exit names and `home` all end by showing a room.
import { JSON, Style, boolOf, fail, intOf, objectsIn, queryLocation, reply, strOf } from '../../pdk';

/** Ends the command with the view of `roomId` (0: the actor's room), after `heading` when given. */
export function showRoom(roomId: i64, viewerId: i64, heading: string = ''): i32 {
  const answer = queryLocation(roomId);
  if (!answer.ok) return fail(answer.errorMessage);
  const location = answer.obj('location');
  if (location === null) return fail('The room could not be read; try again.');
  const view = roomView(location, viewerId);
  return reply(heading.length > 0 ? heading + '\n' + view : view);
}

/** Formats a `query_location` answer for `viewerId`, who does not see themself in the contents. */
export function roomView(location: JSON.Obj, viewerId: i64): string {
  const lines: string[] = [Style.roomName(strOf(location, 'name')) + '(#' + intOf(location, 'id').toString() + ')'];
  const description = strOf(location, 'description');
  if (description.length > 0) lines.push(description);

  const contents: string[] = [];
  const characters = objectsIn(location.getArr('characters'));
  for (let i = 0; i < characters.length; i++) {
    // Sleeping (disconnected) characters are not listed, as in PennMUSH.
    if (intOf(characters[i], 'id') == viewerId || !boolOf(characters[i], 'connected')) continue;
    contents.push(Style.character(strOf(characters[i], 'name')));
  }
  const things = objectsIn(location.getArr('things'));
  for (let i = 0; i < things.length; i++) contents.push(strOf(things[i], 'name'));
  if (contents.length > 0) {
    lines.push('Contents:');
    for (let i = 0; i < contents.length; i++) lines.push(contents[i]);
  }

  const exits = objectsIn(location.getArr('exits'));
  if (exits.length > 0) {
    const names: string[] = [];
    for (let i = 0; i < exits.length; i++) names.push(Style.exit(strOf(exits[i], 'name')));
    lines.push('Obvious exits:');
    lines.push(names.join(', '));
  }
  return lines.join('\n');
}
