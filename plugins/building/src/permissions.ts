// Who may change what. Admins control everything; anyone else controls what they own and
// themselves. Rooms nobody owns (such as the starting room) are public: anyone who builds may open
// exits from them, though only admins may change them.
import { Actor } from '../../pdk';
import { WorldObject } from './object-lookup';

export function controls(actor: Actor, object: WorldObject): bool {
  return actor.isAdmin || object.owner == actor.id || object.id == actor.id;
}

export function mayOpenExitsFrom(actor: Actor, room: WorldObject): bool {
  return room.owner == 0 || controls(actor, room);
}

export function permissionDenied(object: WorldObject): string {
  return "Permission denied: you don't own " + object.label + '.';
}
