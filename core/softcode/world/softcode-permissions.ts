// PennMUSH's control and attribute-visibility rules over Hearth's object model. Code runs with
// its owner's privileges: an object controls what its owner owns (a player only itself, as
// PennMUSH's non-TRUST objects), and only a character whose account is an admin has wizard power;
// nothing controls an admin's objects but an admin. Hearth has no WIZARD flag, so an object owned
// by an admin is not a wizard itself (as in PennMUSH, where a wizard's objects need the flag).
import type { ObjectAttribute } from '../../world/builder/object-attribute.js';
import type { WorldObject } from '../../world/world-object.js';

export interface PermissionWorld {
  get(id: number): WorldObject | undefined;
  /** The account role of a character; 'player' for anything else. */
  roleOf(characterId: number): string;
}

/** Who owns an object: its owner, itself for a character (and for an unowned object). */
export function ownerOf(object: WorldObject): number {
  if (object.kind === 'character') return object.id;
  return object.ownerId ?? object.id;
}

/** Whether the object has wizard power: a character whose account is an admin. */
export function isWizard(world: PermissionWorld, id: number): boolean {
  const object = world.get(id);
  return object?.kind === 'character' && world.roleOf(id) === 'admin';
}

/** PennMUSH's controls(viewer, target). */
export function controls(world: PermissionWorld, viewerId: number, targetId: number): boolean {
  const viewer = world.get(viewerId);
  const target = world.get(targetId);
  if (!viewer || !target) return false;
  if (isWizard(world, viewerId)) return true;
  if (viewerId === targetId) return true;
  const targetOwner = ownerOf(target);
  if (isWizard(world, targetOwner)) return false;
  if (ownerOf(viewer) !== targetOwner) return false;
  // An object does not control its owner player (PennMUSH's TRUST, which Hearth has not).
  return target.kind !== 'character';
}

/** PennMUSH's Can_Read_Attr: wizards read all; MORTAL_DARK hides from mortals; controllers and VISUAL read. */
export function canReadAttribute(world: PermissionWorld, viewerId: number, object: WorldObject, attribute: ObjectAttribute): boolean {
  if (isWizard(world, viewerId)) return true;
  if (attribute.flags.includes('MORTAL_DARK')) return false;
  if (controls(world, viewerId, object.id)) return true;
  return attribute.flags.includes('VISUAL') || object.flags.includes('VISUAL');
}

/** Whether the viewer may list what is inside: its controller, someone inside it, or where it is. */
export function canListContents(world: PermissionWorld, viewerId: number, container: WorldObject): boolean {
  const viewer = world.get(viewerId);
  if (!viewer) return false;
  if (controls(world, viewerId, container.id)) return true;
  if (viewer.locationId === container.id) return true;
  // Something in the same room may look at a thing beside it that is not OPAQUE.
  return container.locationId !== null && container.locationId === viewer.locationId && !container.flags.includes('OPAQUE');
}
