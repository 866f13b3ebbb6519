// Opening exits, the shared work of @dig and @open, and the lines PennMUSH reports it with.
import { Actor, E_PERMISSION_DENIED, E_WORLD_RULE, Found, NewObject, ObjectView, controls, createObject, lookUp, objectOf, permissionDenied, queryCommands } from '../../pdk';
import { nameLengthError } from './input-limits';

/**
 * The actor's room, if the actor may open exits from it; otherwise why not. Rooms nobody owns
 * (such as the starting room) are public: anyone who builds may open exits from them, though
 * only admins may change them.
 */
export function roomToOpenExitsFrom(actor: Actor): Found<ObjectView> {
  const found = lookUp('here');
  if (!found.ok) return found;
  const here = found.value!;
  if (here.owner != 0 && !controls(actor, here)) return new Found<ObjectView>(null, E_PERMISSION_DENIED, permissionDenied(here));
  return found;
}

/** Creates the exit `text` names (`North;n`) in `from`, leading to `to` when there is one. */
export function openExit(text: string, from: ObjectView, to: ObjectView | null): Found<ObjectView> {
  const tooLong = nameLengthError(text);
  if (tooLong.length > 0) return new Found<ObjectView>(null, E_WORLD_RULE, tooLong);
  const spec = new NewObject('exit', text).location(from.id);
  if (to !== null) spec.destination(to.id);
  return objectOf(createObject(spec));
}

/** `Opened exit #13 (North) from here.`; `where` is `here` or a room's label. */
export function openedLine(exit: ObjectView, where: string): string {
  return 'Opened exit ' + exit.reference + ' (' + exit.name + ') from ' + where + '.';
}

export function linkedLine(exit: ObjectView, room: ObjectView): string {
  return 'Linked exit ' + exit.reference + ' to ' + room.label + '.';
}

/**
 * Adds to `lines` a warning for each of the exit's names that is also a command word (`l` for
 * look): typed alone, the command runs and the exit is never taken, which a builder would
 * otherwise find out late.
 */
export function warnOfShadowedNames(lines: string[], exit: ObjectView): void {
  const words = [exit.name].concat(exit.aliases);
  for (let i = 0; i < words.length; i++) {
    const found = queryCommands(words[i]);
    if (!found.ok) continue;
    const command = found.obj('command');
    if (command === null) continue;
    const name = command.getString('name');
    const commandName = name === null ? words[i] : name.valueOf();
    lines.push('Warning: "' + words[i] + '" is also the command ' + commandName + '; typing it runs ' + commandName + ', not this exit. Use go ' + words[i] + ', or choose another name.');
  }
}
