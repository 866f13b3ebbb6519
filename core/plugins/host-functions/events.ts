// emit_event and send: what a plugin says to the world. Both are held in the call's scope and
// take effect only if the call succeeds. What a plugin emits on a player's behalf counts against
// that player (whose input rate bounds it); what it emits on its own counts against the plugin.
import { z } from 'zod';
import { CapabilityDeniedError, EventTooDeepError, EventTooLargeError, HearthError, RateLimitedError } from '../../errors.js';
import { characterStream, isValidEventType, isValidStream } from '../../events/event.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../limits/json-depth.js';
import type { CallScope } from '../call-scope.js';
import { defineHostFunction, type PluginBinding } from './host-function.js';

/** Counts one emit or send against the player it is for, or against the plugin when it acts alone. */
export function takeEmit(binding: PluginBinding, scope: CallScope, what: string): void {
  if (scope.origin !== null) {
    if (!binding.rates.emitsFor(scope.origin).tryTake()) throw new RateLimitedError(binding.plugin, what, binding.limits.playerEmitsPerSecond, ' for one player');
  } else if (!binding.rates.emits.tryTake()) {
    throw new RateLimitedError(binding.plugin, what, binding.limits.emitsPerSecond);
  }
}

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
    takeEmit(binding, scope, 'events');
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
    takeEmit(binding, scope, 'messages');
    scope.sends.push({ characterId: target, text: input.text });
    return {};
  },
});
