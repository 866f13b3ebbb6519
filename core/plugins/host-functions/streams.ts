// listen, query_listeners and read_history: which characters receive a stream (channel
// membership, kept across restarts), and what was said on a stream before. Each is behind a
// stream-pattern capability (listen:<pattern>, history:<pattern>).
import { z } from 'zod';
import { CapabilityDeniedError, HearthError } from '../../errors.js';
import { isValidStream } from '../../events/event.js';
import { defineHostFunction, type PluginBinding } from './host-function.js';

const MAX_HISTORY = 100;
const stream = z.string().max(100).refine(isValidStream, 'is not a stream (location:<id>, character:<id>, channel:<name>, system)');
const characterId = z.number().int().positive();

export const listen = defineHostFunction({
  name: 'listen',
  input: z.object({ stream, listening: z.boolean().default(true), character: characterId.optional() }),
  run({ input, binding, scope, wait }) {
    requireStream(binding, 'listen', input.stream, 'change who receives');
    const target = input.character ?? scope.commandActor?.id;
    if (target === undefined) throw new HearthError('E_HOST_CALL_INVALID', 'listen: name a "character"; there is no command actor while handling an event.');
    if (!binding.services.characters.byId(target)) throw new HearthError('E_OBJECT_NOT_FOUND', `listen: there is no character #${target}.`);
    const { listeners } = binding.services;
    const changed = wait(
      () => (input.listening ? listeners.listen(target, input.stream) : listeners.unlisten(target, input.stream)),
      async (done) => {
        if (done) await (input.listening ? listeners.unlisten(target, input.stream) : listeners.listen(target, input.stream));
      },
    );
    return { changed };
  },
});

export const queryListeners = defineHostFunction({
  name: 'query_listeners',
  input: z.object({ stream: stream.optional(), character: characterId.optional() }),
  run({ input, binding }) {
    const { listeners, characters } = binding.services;
    if (input.stream !== undefined) {
      requireStream(binding, 'listen', input.stream, 'see who receives');
      const found = listeners.listenersOf(input.stream).flatMap((id) => {
        const character = characters.byId(id);
        return character ? [{ id, name: character.name, connected: character.connected }] : [];
      });
      return { characters: found.sort((a, b) => a.name.localeCompare(b.name)) };
    }
    if (input.character !== undefined) {
      // Only the streams this plugin could have made it listen to.
      return { streams: listeners.streamsOf(input.character).filter((name) => binding.capabilities.allows('listen', name)).sort() };
    }
    throw new HearthError('E_HOST_CALL_INVALID', 'query_listeners: pass a "stream" or a "character".');
  },
});

export const readHistory = defineHostFunction({
  name: 'read_history',
  input: z.object({ stream, limit: z.number().int().min(1).max(MAX_HISTORY).default(20) }),
  run({ input, binding, wait }) {
    requireStream(binding, 'history', input.stream, 'read the history of');
    const events = wait(() => binding.services.history.latest(input.stream, input.limit));
    return { events: events.map(({ hops: _hops, ...event }) => event) };
  },
});

function requireStream(binding: PluginBinding, verb: 'listen' | 'history', name: string, action: string): void {
  if (!binding.capabilities.allows(verb, name)) throw new CapabilityDeniedError(binding.plugin, `${verb}:${name}`, `${action} ${name}`);
}
