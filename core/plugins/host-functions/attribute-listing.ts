// show_attributes: examine's attribute lines (`MOOD [#3$v]: grumpy`), written by the host straight
// to the actor's screen. An object may hold thousands of attributes; passed through a plugin as
// JSON, each byte would cost the plugin hundreds of instructions to read, so a 10,000-attribute
// examine ran out of fuel. The host formats them once instead, as PennMUSH's examine writes them.
import { z } from 'zod';
import { HearthError, ObjectNotFoundError } from '../../errors.js';
import { attributeFlagLetters } from '../../world/builder/object-flags.js';
import type { InheritedAttribute } from '../../world/builder/attribute-inheritance.js';
import { readAttributes } from './attribute-reading.js';
import { takeEmit } from './events.js';
import { defineHostFunction, requireCapability } from './host-function.js';

/** What one examine may print of attributes; past it, a line says how many more there are. */
export const MAX_ATTRIBUTE_LISTING_BYTES = 1024 * 1024;

export const showAttributes = defineHostFunction({
  name: 'show_attributes',
  input: z.object({ id: z.number().int().positive(), pattern: z.string().min(1).max(200).optional(), inherit: z.boolean().optional() }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'read:objects', 'show attributes');
    const actor = scope.commandActor;
    if (actor === null) throw new HearthError('E_HOST_CALL_INVALID', 'show_attributes: attributes are shown to the actor of a command; there is none while handling an event.');
    const object = binding.services.world.get(input.id);
    if (!object) throw new ObjectNotFoundError(`#${input.id}`);
    const attributes = readAttributes(binding.services.world, object, actor, { pattern: input.pattern, inherit: input.inherit });
    if (attributes.length === 0) return { shown: 0, total: 0 };
    takeEmit(binding, scope, 'messages');
    const lines: string[] = [];
    let bytes = 0;
    for (const attribute of attributes) {
      const line = attributeLine(attribute, object.id);
      bytes += Buffer.byteLength(line, 'utf8') + 1;
      if (bytes > MAX_ATTRIBUTE_LISTING_BYTES) break;
      lines.push(line);
    }
    const rest = attributes.length - lines.length;
    if (rest > 0) lines.push(`... and ${rest} more attributes; examine ${object.name}/<pattern> shows some of them.`);
    scope.sends.push({ characterId: actor.id, text: lines.join('\n') });
    return { shown: attributes.length - rest, total: attributes.length };
  },
});

/** `MOOD [#3$v]: grumpy`; an inherited attribute names where it is set (`MOOD [#3 from #12]: ...`). */
export function attributeLine(attribute: InheritedAttribute, objectId: number): string {
  const owner = attribute.ownerId === null ? '#-1' : `#${attribute.ownerId}`;
  const from = attribute.objectId !== objectId ? ` from #${attribute.objectId}` : '';
  return `${attribute.name} [${owner}${attributeFlagLetters(attribute.flags)}${from}]: ${attribute.value}`;
}
