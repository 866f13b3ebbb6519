// How world objects look to plugins: plain JSON with references, nothing internal.
import type { AttributeSchema } from '../attribute-schema.js';
import type { CharacterInfo } from '../host-services.js';
import { objectLetters } from '../../world/builder/object-flags.js';
import { formatReference, type WorldObject } from '../../world/world-object.js';

/** The object, with declared attributes' defaults filled in. */
export function objectView(object: WorldObject, attributes: AttributeSchema): Record<string, unknown> {
  return {
    id: object.id,
    ref: formatReference(object.id),
    kind: object.kind,
    name: object.name,
    aliases: object.aliases,
    description: object.description,
    owner: object.ownerId,
    location: object.locationId,
    destination: object.destinationId,
    attributes: attributes.withDefaults(object),
    flags: object.flags,
    // Shown after the dbref to those who control the object: `Kitchen(#12RJ)`.
    letters: objectLetters(object.kind, object.flags),
  };
}

export function exitView(exit: WorldObject): Record<string, unknown> {
  return { id: exit.id, ref: formatReference(exit.id), name: exit.name, aliases: exit.aliases, destination: exit.destinationId };
}

export function characterView(character: CharacterInfo): Record<string, unknown> {
  return { ...character, ref: formatReference(character.id) };
}
