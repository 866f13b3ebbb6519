// How `look` shows one object that is not a room: name and reference (with flag letters for those
// who control it), the description with its %-substitutions and colour made for the viewer, and
// for an exit where it leads.
import { Actor, ObjectView, Style, objectById, substitute } from '../../pdk';

export function objectView(object: ObjectView, viewer: Actor): string {
  const styled = object.isCharacter ? Style.character(object.name) : object.isExit ? Style.exit(object.name) : object.name;
  let view = styled + object.referenceFor(viewer) + '\n' + (object.description.length > 0 ? substitute(object.description, viewer) : 'You see nothing special.');
  if (object.isExit) view += object.destination > 0 ? '\nIt leads to ' + roomName(object.destination) + '.' : '\nIt leads nowhere.';
  return view;
}

/** A room's name for "leads to" lines, or its reference when it cannot be read. */
export function roomName(roomId: i64): string {
  const found = objectById(roomId);
  return found.ok ? Style.roomName(found.value!.name) : '#' + roomId.toString();
}
