// @teleport [<object>=]<room>: moves the actor, or something the actor controls, straight to a
// room. As in PennMUSH, the room must be the actor's own or JUMP_OK (or, as everywhere in Hearth,
// a public room nobody owns, such as the starting room), and what is teleported must pass the
// room's Teleport lock; admins go anywhere. The core announces the departure and
// arrival in both rooms; a character moved by someone else is told so and shown the room.
import { Actor, Command, ObjectView, controls, fail, lookUpKind, moveObject, objectById, permissionDenied, reply, send } from '../../../pdk';
import { hasFlag, lookUpAnywhere, passesLock } from '../reach';

export function cmd_teleport(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUpKind(command.arg('room'), 'room');
  if (!found.ok) return fail(found.error);
  const room = found.value!;
  let traveller: ObjectView | null = null;
  if (command.hasArg('object')) {
    const named = lookUpAnywhere(command.arg('object'));
    if (!named.ok) return fail(named.error);
    traveller = named.value!;
    // PennMUSH lets whoever controls an object's location send it away too.
    if (!controls(actor, traveller) && !controlsLocationOf(actor, traveller)) return fail(permissionDenied(traveller));
    if (traveller.isRoom || traveller.isExit) return fail('Only players and things can be teleported; ' + traveller.label + ' is ' + (traveller.isRoom ? 'a room.' : 'an exit.'));
  }
  const travellerId = traveller === null ? actor.id : traveller.id;
  if (!actor.isAdmin && !controls(actor, room)) {
    if (room.owner != 0 && !hasFlag(room, 'JUMP_OK')) return fail('Permission denied: ' + room.label + ' is not JUMP_OK and you do not control it.');
    if (!passesLock(room, 'Teleport', travellerId)) return fail('Permission denied: ' + room.label + "'s teleport lock keeps " + (traveller === null ? 'you' : traveller.name) + ' out.');
  }
  const moved = moveObject(traveller === null ? 0 : travellerId, room.id);
  if (!moved.ok) return fail(moved.errorMessage);
  const view = room.description.length > 0 ? room.name + '\n' + room.description : room.name;
  if (traveller === null || travellerId == actor.id) {
    const arrived = 'You teleport to ' + room.label + '.';
    return reply(room.description.length > 0 ? arrived + '\n' + room.description : arrived);
  }
  const moving = traveller!;
  if (moving.isCharacter) send(travellerId, actor.name + ' has teleported you to ' + room.name + '.\n' + view);
  return reply('Teleported ' + moving.label + ' to ' + room.label + '.');
}

function controlsLocationOf(actor: Actor, object: ObjectView): bool {
  if (object.location <= 0) return false;
  const place = objectById(object.location);
  return place.ok && controls(actor, place.value!);
}
