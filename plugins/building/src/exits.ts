// Opening exits, the shared work of @dig and @open, and the lines PennMUSH reports it with.
import { NewObject, createObject } from '../../pdk';
import { nameLengthError } from './input-limits';
import { Lookup, WorldObject, objectIn } from './object-lookup';

/** Creates the exit `text` names (`North;n`) in `from`, leading to `to` when there is one. */
export function openExit(text: string, from: WorldObject, to: WorldObject | null): Lookup {
  const tooLong = nameLengthError(text);
  if (tooLong.length > 0) return new Lookup(null, tooLong);
  const spec = new NewObject('exit', text).location(from.id);
  if (to !== null) spec.destination(to.id);
  return objectIn(createObject(spec));
}

/** `Opened exit #13 (North) from here.`; `where` is `here` or a room's label. */
export function openedLine(exit: WorldObject, where: string): string {
  return 'Opened exit ' + exit.reference + ' (' + exit.name + ') from ' + where + '.';
}

export function linkedLine(exit: WorldObject, room: WorldObject): string {
  return 'Linked exit ' + exit.reference + ' to ' + room.label + '.';
}
