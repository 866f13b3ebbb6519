// The room as `look` shows it, PennMUSH style: name and reference, description, who and what is
// here, and the exits. `look`, `go`, typed exit names and `home` all end by showing a room.
import { RoomView, Style, fail, reply, room } from '../../pdk';

/** Ends the command with the view of `roomId` (0: the actor's room), after `heading` when given. */
export function showRoom(roomId: i64, viewerId: i64, heading: string = ''): i32 {
  const found = room(roomId);
  if (!found.ok) return fail(found.error);
  const view = roomView(found.value!, viewerId);
  return reply(heading.length > 0 ? heading + '\n' + view : view);
}

/** The room for `viewerId`, who does not see themself in the contents. */
export function roomView(room: RoomView, viewerId: i64): string {
  const lines: string[] = [Style.roomName(room.name) + '(' + room.reference + ')'];
  if (room.description.length > 0) lines.push(room.description);

  const contents: string[] = [];
  for (let i = 0; i < room.characters.length; i++) {
    const character = room.characters[i];
    // Sleeping (disconnected) characters are not listed, as in PennMUSH.
    if (character.id == viewerId || !character.connected) continue;
    contents.push(Style.character(character.name));
  }
  for (let i = 0; i < room.things.length; i++) contents.push(room.things[i].name);
  if (contents.length > 0) {
    lines.push('Contents:');
    for (let i = 0; i < contents.length; i++) lines.push(contents[i]);
  }

  if (room.exits.length > 0) {
    const names: string[] = [];
    for (let i = 0; i < room.exits.length; i++) names.push(Style.exit(room.exits[i].name));
    lines.push('Obvious exits:');
    lines.push(names.join(', '));
  }
  return lines.join('\n');
}
