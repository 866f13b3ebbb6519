// read_messages: PennMUSH's message attributes of an object (SUCC, OFAIL, DROP, DESC, ...) as the
// game shows them to the actor of a command: looked up through parents whatever the actor may
// examine, and evaluated as the object's softcode with the actor as %# (`[u(desc_fn)]`, %n, colour),
// with no output of their own. Only message attributes are read this way, so a hidden attribute
// never reaches a plugin through it. DESC is the object's description unless a DESC attribute is set.
import { z } from 'zod';
import { HearthError, ObjectNotFoundError } from '../../errors.js';
import { canonicalAttributeName, MAX_ATTRIBUTE_NAME_LENGTH } from '../../world/builder/attribute-names.js';
import { isMessageAttribute, MESSAGE_ATTRIBUTES } from '../../world/builder/message-attributes.js';
import { readAttributes } from './attribute-reading.js';
import { defineHostFunction, requireCapability } from './host-function.js';

const MAX_MESSAGES = 16;

export const readMessages = defineHostFunction({
  name: 'read_messages',
  input: z.object({ id: z.number().int().positive(), names: z.array(z.string().min(1).max(MAX_ATTRIBUTE_NAME_LENGTH * 2)).min(1).max(MAX_MESSAGES) }),
  run({ input, binding, scope }) {
    requireCapability(binding, 'read:objects', 'read messages');
    const actor = scope.commandActor;
    if (actor === null) throw new HearthError('E_HOST_CALL_INVALID', 'read_messages: messages are read for the actor of a command; there is none while handling an event.');
    const names = new Set(input.names.map((name) => canonicalAttributeName(name)));
    const refused = [...names].find((name) => !isMessageAttribute(name));
    if (refused !== undefined) {
      throw new HearthError('E_HOST_CALL_INVALID', `read_messages reads only message attributes (${[...MESSAGE_ATTRIBUTES].slice(0, 8).join(', ')}, ...), not ${refused.slice(0, 64)}.`);
    }
    const { world, softcode } = binding.services;
    const object = world.get(input.id);
    if (!object) throw new ObjectNotFoundError(`#${input.id}`);
    const texts = new Map<string, string>();
    for (const attribute of readAttributes(world, object, actor, { names, inherit: true, ignoreVisibility: true })) {
      // @describe's text is the object's own DESC: it wins over a parent's, not over a DESC set here.
      if (attribute.name === 'DESC' && attribute.objectId !== object.id && object.description !== '') continue;
      texts.set(attribute.name, attribute.value);
    }
    if (names.has('DESC') && !texts.has('DESC') && object.description !== '') texts.set('DESC', object.description);
    const messages: Record<string, string> = {};
    for (const [name, code] of texts) messages[name] = softcode ? softcode.evaluateMessage(object.id, code, actor.id) : code;
    return { messages };
  },
});
