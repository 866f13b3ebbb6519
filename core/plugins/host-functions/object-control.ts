// Who may change an object through the builder host functions: during a command, the acting
// character must control it as the kit's `controls` says (admins control everything, others
// what they own, and themselves); outside a command (event handlers) the plugin's capability
// alone decides, as for the other world changes.
import { HearthError } from '../../errors.js';
import type { WorldObject } from '../../world/world-object.js';
import type { ActorInfo } from '../plugin-abi.js';

export function actorControls(actor: ActorInfo | null, object: WorldObject): boolean {
  if (actor === null) return true;
  return actor.role === 'admin' || object.ownerId === actor.id || object.id === actor.id;
}

/** Throws E_PERMISSION_DENIED, in PennMUSH's words, unless the actor controls the object. */
export function requireControl(actor: ActorInfo | null, object: WorldObject): void {
  if (!actorControls(actor, object)) throw new HearthError('E_PERMISSION_DENIED', `Permission denied: you don't own ${object.name}(#${object.id}).`);
}
