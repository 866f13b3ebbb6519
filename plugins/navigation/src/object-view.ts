// How `look` shows one object that is not a room: name and reference (with flag letters for those
// who control it), the description evaluated as softcode for the viewer (%r, %n, colour), and
// for an exit where it leads.
import { Actor, ObjectView, Style, messagesOf, objectById } from '../../pdk';

export function objectView(object: ObjectView, viewer: Actor): string {
  const styled = object.isCharacter ? Style.character(object.name) : object.isExit ? Style.exit(object.name) : object.name;
  const description = messagesOf(object.id, ['DESC']).get('DESC');
  let view = styled + object.referenceFor(viewer) + '\n' + (description.length > 0 ? description : 'You see nothing special.');
  if (object.isExit) view += object.destination > 0 ? '\nIt leads to ' + roomName(object.destination) + '.' : '\nIt leads nowhere.';
  return view;
}

/** A room's name for "leads to" lines, or its reference when it cannot be read. */
export function roomName(roomId: i64): string {
  const found = objectById(roomId);
  return found.ok ? Style.roomName(found.value!.name) : '#' + roomId.toString();
}
