// How `look` shows one object that is not a room: name and reference, description, and for an
// exit where it leads.
import { ObjectView, Style, objectById } from '../../pdk';

export function objectView(object: ObjectView): string {
  const styled = object.isCharacter ? Style.character(object.name) : object.isExit ? Style.exit(object.name) : object.name;
  let view = styled + '(' + object.reference + ')\n' + (object.description.length > 0 ? object.description : 'You see nothing special.');
  if (object.isExit) view += object.destination > 0 ? '\nIt leads to ' + roomName(object.destination) + '.' : '\nIt leads nowhere.';
  return view;
}

/** A room's name for "leads to" lines, or its reference when it cannot be read. */
export function roomName(roomId: i64): string {
  const found = objectById(roomId);
  return found.ok ? Style.roomName(found.value!.name) : '#' + roomId.toString();
}
