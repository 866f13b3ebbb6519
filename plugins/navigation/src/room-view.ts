// The room as `look` shows it, PennMUSH style: name and reference (with flag letters for those who
// control it), the description evaluated as softcode for the viewer (%r, %n, [u(...)], colour),
// who and what is here, and the exits. `look`, `go`, typed exit names and `home` all end by showing a room.
import { Actor, RoomView, Style, fail, messagesOf, reply, room } from '../../pdk';

/** Ends the command with the view of `roomId` (0: the actor's room), between `heading` and `footer` when given. */
export function showRoom(roomId: i64, viewer: Actor, heading: string = '', footer: string = ''): i32 {
  const found = room(roomId);
  if (!found.ok) return fail(found.error);
  let view = roomView(found.value!, viewer);
  if (heading.length > 0) view = heading + '\n' + view;
  if (footer.length > 0) view += '\n' + footer;
  return reply(view);
}

/** The room for `viewer`, who does not see themself in the contents. */
export function roomView(room: RoomView, viewer: Actor): string {
  const viewerId = viewer.id;
  const lines: string[] = [Style.roomName(room.name) + room.referenceFor(viewer)];
  // Inside a thing, its IDESC is what one sees, as in PennMUSH; its description otherwise.
  const messages = messagesOf(room.id, room.isThing ? ['IDESC', 'DESC'] : ['DESC']);
  const inside = messages.get('IDESC');
  const description = inside.length > 0 ? inside : messages.get('DESC');
  if (description.length > 0) lines.push(description);

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
