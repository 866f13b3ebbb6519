// @link <exit>=<room>: makes an exit the actor controls lead to a room (builders only).
// @link <player>=<room>: sets the home of a player the actor controls (anyone, for themself). As
// in PennMUSH, a home must be the actor's own room, or an ABODE or LINK_OK one whose link lock
// the actor passes; admins may choose any room.
import { Actor, Command, ObjectChanges, ObjectView, controls, fail, lookUp, lookUpKind, objectOf, permissionDenied, reply, setHome, updateObject } from '../../../pdk';
import { linkedLine } from '../exits';
import { hasFlag, passesLock } from '../reach';

export function cmd_link(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const found = lookUp(command.arg('object'));
  if (!found.ok) return fail(found.error);
  const object = found.value!;
  if (!controls(actor, object)) return fail(permissionDenied(object));
  const roomFound = lookUpKind(command.arg('destination'), 'room');
  if (!roomFound.ok) return fail(roomFound.error);
  const room = roomFound.value!;
  if (object.isCharacter) return linkHome(actor, object, room);
  if (!object.isExit) return fail(object.label + ' is not an exit or a player: only exits are linked, and only players have homes.');
  if (!actor.isBuilder) return fail('Permission denied: linking exits needs the builder role.');
  const linked = objectOf(updateObject(object.id, new ObjectChanges().destination(room.id)));
  if (!linked.ok) return fail(linked.error);
  return reply(linkedLine(object, room));
}

function linkHome(actor: Actor, player: ObjectView, room: ObjectView): i32 {
  if (!actor.isAdmin && !controls(actor, room)) {
    if (!hasFlag(room, 'ABODE') && !hasFlag(room, 'LINK_OK')) return fail('Permission denied: ' + room.label + ' is not ABODE or LINK_OK, and you do not control it.');
    if (!passesLock(room, 'Link', actor.id)) return fail("Permission denied: you do not pass " + room.label + "'s link lock.");
  }
  const set = setHome(player.id == actor.id ? 0 : player.id, room.id);
  if (!set.ok) return fail(set.errorMessage);
  return reply(player.id == actor.id ? 'Home set to ' + room.label + '.' : player.name + "'s home set to " + room.label + '.');
}
