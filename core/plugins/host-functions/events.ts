// emit_event and send: what a plugin says to the world. Both are held in the call's scope and
// take effect only if the call succeeds.
import { z } from 'zod';
import { CapabilityDeniedError, EventTooDeepError, EventTooLargeError, HearthError, RateLimitedError } from '../../errors.js';
import { characterStream, isValidEventType, isValidStream } from '../../events/event.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../limits/json-depth.js';
import { defineHostFunction } from './host-function.js';

const MAX_EVENT_PAYLOAD_BYTES = 64 * 1024;

export const emitEvent = defineHostFunction({
  name: 'emit_event',
  input: z.object({
    stream: z.string().max(100).refine(isValidStream, 'is not a stream (location:<id>, character:<id>, channel:<name>, system)'),
    type: z.string().max(64).refine(isValidEventType, 'is not an event type name'),
    payload: z.record(z.string(), z.unknown()).default({}),
  }),
  run({ input, binding, scope }) {
    if (!binding.capabilities.canEmit(input.stream)) {
      throw new CapabilityDeniedError(binding.plugin, `emit:${input.stream}`, `emit events to ${input.stream}`);
    }
    // Refused here, where the plugin hears why, and before stringify (recursive) measures it.
    if (nestsDeeperThan(input.payload)) throw new EventTooDeepError(MAX_JSON_DEPTH);
    const bytes = Buffer.byteLength(JSON.stringify(input.payload), 'utf8');
    if (bytes > MAX_EVENT_PAYLOAD_BYTES) throw new EventTooLargeError(bytes, MAX_EVENT_PAYLOAD_BYTES);
    if (!binding.rates.emits.tryTake()) throw new RateLimitedError(binding.plugin, 'events', binding.limits.emitsPerSecond);
    scope.events.push({ stream: input.stream, type: input.type, actor: scope.eventActor, payload: input.payload });
    return {};
  },
});

export const send = defineHostFunction({
  name: 'send',
  input: z.object({ character: z.number().int().positive().optional(), text: z.string() }),
  run({ input, binding, scope }) {
    const target = input.character ?? scope.commandActor?.id;
    if (target === undefined) throw new HearthError('E_HOST_CALL_INVALID', 'send: name a "character"; there is no command actor while handling an event.');
    // Replying to the player whose command this is needs nothing; anyone else counts as their stream.
    if (target !== scope.commandActor?.id && !binding.capabilities.canEmit(characterStream(target))) {
      throw new CapabilityDeniedError(binding.plugin, `emit:${characterStream(target)}`, `send text to character #${target}`);
    }
    if (Buffer.byteLength(input.text, 'utf8') > binding.limits.maxSendBytes) {
      throw new HearthError('E_HOST_CALL_INVALID', `send: text exceeds ${binding.limits.maxSendBytes} bytes.`);
    }
    if (!binding.rates.emits.tryTake()) throw new RateLimitedError(binding.plugin, 'messages', binding.limits.emitsPerSecond);
    scope.sends.push({ characterId: target, text: input.text });
    return {};
  },
});
