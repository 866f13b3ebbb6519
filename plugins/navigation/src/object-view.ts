// How `look` shows one object that is not a room: name and reference, description, and for an
// exit where it leads.
import { JSON, Style, intOf, queryObject, strOf } from '../../pdk';

export function objectView(object: JSON.Obj): string {
  const kind = strOf(object, 'kind');
  const name = strOf(object, 'name');
  const styled = kind == 'character' ? Style.character(name) : kind == 'exit' ? Style.exit(name) : name;
  const description = strOf(object, 'description');
  let view = styled + '(#' + intOf(object, 'id').toString() + ')\n' + (description.length > 0 ? description : 'You see nothing special.');
  if (kind == 'exit') {
    const destination = intOf(object, 'destination');
    view += destination > 0 ? '\nIt leads to ' + roomName(destination) + '.' : '\nIt leads nowhere.';
  }
  return view;
}

/** A room's name for "leads to" lines, or its reference when it cannot be read. */
export function roomName(roomId: i64): string {
  const answer = queryObject(roomId);
  const room = answer.ok ? answer.obj('object') : null;
  return room === null ? '#' + roomId.toString() : Style.roomName(strOf(room, 'name'));
}
