// Which of an object's PennMUSH-style attributes an actor reads, shared by get_attributes and
// show_attributes: its own and, with `inherit`, its parents' (an inherited attribute is as
// visible as it is on the ancestor it is set on); those who control an object read everything,
// anyone else only VISUAL attributes, or all on a VISUAL object, never MORTAL_DARK ones.
import { inheritedAttributes, type InheritedAttribute } from '../../world/builder/attribute-inheritance.js';
import type { ObjectAttribute } from '../../world/builder/object-attribute.js';
import { matchesWildcard } from '../../world/locks/index.js';
import type { WorldObject } from '../../world/world-object.js';
import type { WorldPort } from '../host-services.js';
import type { ActorInfo } from '../plugin-abi.js';
import { actorControls } from './object-control.js';

export interface AttributeQuery {
  /** A wildcard on attribute names; none for every name. */
  pattern?: string | undefined;
  /** Upper-case names to read; none for every name. */
  names?: ReadonlySet<string> | undefined;
  inherit?: boolean | undefined;
  /** Every attribute asked for, whatever the actor may see (message attributes only: the caller checks). */
  ignoreVisibility?: boolean | undefined;
}

export function readAttributes(world: WorldPort, object: WorldObject, actor: ActorInfo | null, query: AttributeQuery): InheritedAttribute[] {
  const controls = actorControls(actor, object);
  const all: InheritedAttribute[] = query.inherit ? inheritedAttributes(world, object.id) : world.attributesOf(object.id).map((attribute) => ({ ...attribute, objectId: object.id }));
  const wanted = (attribute: ObjectAttribute) =>
    (query.pattern === undefined || matchesWildcard(query.pattern, attribute.name)) && (query.names === undefined || query.names.has(attribute.name));
  const visible = (attribute: InheritedAttribute) => {
    if (query.ignoreVisibility === true) return true;
    const holder = attribute.objectId === object.id ? object : world.get(attribute.objectId);
    return holder !== undefined && canSee(holder === object ? controls : actorControls(actor, holder), holder, attribute);
  };
  return all.filter((attribute) => wanted(attribute) && visible(attribute));
}

function canSee(controls: boolean, object: WorldObject, attribute: ObjectAttribute): boolean {
  if (controls) return true;
  if (attribute.flags.includes('MORTAL_DARK')) return false;
  return object.flags.includes('VISUAL') || attribute.flags.includes('VISUAL');
}
