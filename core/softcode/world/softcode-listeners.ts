// Softcode that answers to what happens rather than to commands: ^-listens (attributes
// `^pattern:actions` on objects set MONITOR, matched against what they hear in their room, the
// wildcards becoming %0-%9) and @aconnect/@adisconnect (ACONNECT/ADISCONNECT on the player, the
// player's room and the objects of the master room, run when the player connects or leaves).
// An object never hears itself, so `^*:@emit %0` echoes others but not its own echo.
import type { HearthEvent } from '../../events/event.js';
import { inheritedAttributes } from '../../world/builder/attribute-inheritance.js';
import type { WorldObject } from '../../world/world-object.js';
import { masterRoomCandidates, splitDollarCommand } from '../queue/dollar-commands.js';
import { wildcardCaptures } from '../wildcard-captures.js';
import { passesLocks } from './softcode-locks.js';
import type { SoftcodeService } from './softcode-service.js';

const LOCATION = /^location:(\d{1,12})$/;
const MATCH_STEPS = 100_000;
/** Longest heard text a ^-pattern is matched against. */
const MAX_HEARD = 4_000;

export class SoftcodeListeners {
  constructor(private readonly softcode: SoftcodeService) {}

  /** Called for every event on the bus; cheap for the events it ignores. */
  handle(event: HearthEvent): void {
    const room = LOCATION.exec(event.stream);
    if (!room) return;
    const speaker = event.actor.kind === 'character' ? Number(event.actor.id) : undefined;
    if ((event.type === 'connect' || event.type === 'disconnect') && speaker !== undefined) {
      this.connection(speaker, Number(room[1]), event.type === 'connect' ? 'ACONNECT' : 'ADISCONNECT');
      return;
    }
    const text = event.payload['text'];
    if (typeof text !== 'string' || text.length > MAX_HEARD) return;
    const source = typeof event.payload['source'] === 'number' ? event.payload['source'] : speaker;
    const exclude = Array.isArray(event.payload['exclude']) ? event.payload['exclude'] : [];
    this.listen(Number(room[1]), text, source ?? -1, exclude);
  }

  private listen(roomId: number, text: string, source: number, exclude: readonly unknown[]): void {
    const world = this.softcode.deps.world;
    for (const object of world.contents(roomId)) {
      if (object.id === source || exclude.includes(object.id) || !hears(object)) continue;
      if (source >= 0 && !passesLocks(world, object.id, source, ['Listen', 'Use'], (request) => this.softcode.evaluateLockCode(request))) continue;
      for (const attribute of inheritedAttributes(world, object.id)) {
        if (!attribute.value.startsWith('^') || attribute.flags.includes('NO_COMMAND')) continue;
        const listen = splitDollarCommand(attribute.value);
        const args = listen && captures(text, listen.pattern);
        if (!listen || !args) continue;
        this.softcode.queue.add({ executor: object.id, enactor: source >= 0 ? source : object.id, actions: listen.actions, args: args.slice(0, 10) });
      }
    }
  }

  private connection(playerId: number, roomId: number, attribute: 'ACONNECT' | 'ADISCONNECT'): void {
    const world = this.softcode.deps.world;
    const objects = [world.get(playerId), world.get(roomId), ...masterRoomCandidates(world, this.softcode.options.masterRoomId)];
    const seen = new Set<number>();
    for (const object of objects) {
      if (!object || seen.has(object.id) || object.flags.includes('HALT')) continue;
      seen.add(object.id);
      const found = inheritedAttributes(world, object.id).find((candidate) => candidate.name === attribute);
      if (found && found.value.trim() !== '') this.softcode.queue.add({ executor: object.id, enactor: playerId, actions: found.value });
    }
  }
}

function hears(object: WorldObject): boolean {
  return object.kind !== 'exit' && object.kind !== 'room' && object.flags.includes('MONITOR') && !object.flags.includes('HALT');
}

function captures(text: string, pattern: string): string[] | undefined {
  let steps = 0;
  try {
    return wildcardCaptures(text, pattern, () => {
      steps += 1;
      if (steps > MATCH_STEPS) throw new RangeError('pattern too costly');
    });
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
