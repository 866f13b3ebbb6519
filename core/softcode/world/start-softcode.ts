// Softcode wired into a running core: the service over the world, accounts and sessions, its
// room output stored as `softcode.emit` events on the room's stream (so replays and scene logs
// have it), and lines run for a player through the command dispatcher. hearth-core.ts calls
// createSoftcode before the plugin host (which evaluates lock keys with it) and attachSoftcode
// once the plugins' command source is in place, so built-in commands and exits come first.
import type { Accounts } from '../../auth/accounts.js';
import { locationStream, SYSTEM_ACTOR } from '../../events/event.js';
import type { EventBus } from '../../events/event-bus.js';
import type { EventStore } from '../../events/event-store.js';
import type { CommandDispatcher } from '../../sessions/command-dispatcher.js';
import type { SessionManager } from '../../sessions/session-manager.js';
import type { Logger } from '../../telemetry/logger.js';
import type { World } from '../../world/world.js';
import { SoftcodeCommandSource } from './softcode-command-source.js';
import { SoftcodeListeners } from './softcode-listeners.js';
import { type SoftcodeOptions, SoftcodeService } from './softcode-service.js';

export interface SoftcodeWiring {
  readonly world: World;
  readonly accounts: Accounts;
  readonly sessions: SessionManager;
  readonly store: EventStore;
  readonly dispatcher: CommandDispatcher;
  readonly logger: Logger;
}

export function createSoftcode(wiring: SoftcodeWiring, options: SoftcodeOptions = {}): SoftcodeService {
  const { world, accounts, sessions, store, dispatcher, logger } = wiring;
  return new SoftcodeService(
    {
      world,
      roleOf: (id) => accounts.roleOf(id),
      connectedPlayers: () => sessions.connectedCharacterIds(),
      isConnected: (id) => sessions.isConnected(id),
      connectionTimes: (id) => {
        const open = sessions.sessionsOf(id);
        if (open.length === 0) return undefined;
        const now = Date.now();
        const seconds = (ms: number): number => Math.max(0, Math.floor((now - ms) / 1000));
        return { connected: seconds(Math.min(...open.map((session) => session.connectedAt))), idle: seconds(Math.max(...open.map((session) => session.lastInputAt))) };
      },
      tellCharacter: (id, text) => sessions.sendToCharacter(id, text),
      tellRoom: (roomId, text, exclude, source) => {
        const event = { stream: locationStream(roomId), type: 'softcode.emit', actor: SYSTEM_ACTOR, payload: { text, exclude: [...exclude], source } };
        store.append(event).catch((error: unknown) => logger.warn({ err: error, room: roomId }, 'softcode output not stored'));
      },
      passOn: (id, line) => {
        const session = sessions.sessionsOf(id)[0];
        if (!session) return false;
        void dispatcher.dispatch(session, line, { queued: true });
        return true;
      },
      failed: (error, executor) => logger.error({ err: error, executor }, 'softcode queue entry failed'),
    },
    options,
  );
}

/** Adds the softcode command source (after those already added) and the listens on every event. */
export function attachSoftcode(softcode: SoftcodeService, dispatcher: CommandDispatcher, bus: EventBus): void {
  dispatcher.addSource(new SoftcodeCommandSource(softcode));
  const listeners = new SoftcodeListeners(softcode);
  bus.subscribeAll((event) => listeners.handle(event));
}
