// Softcode in a running game: the world context, the command queue and the runner, wired to the
// world and to players' sessions. hearth-core.ts builds one; its command source
// (softcode-command-source.ts) hands it what players type.
import type { AttributeEvaluation } from '../../world/locks/index.js';
import type { WorldObject } from '../../world/world-object.js';
import { evaluateSoftcode } from '../evaluate-softcode.js';
import { cleanOutput } from './clean-output.js';
import { MessageEvaluator } from './message-evaluator.js';
import type { SoftcodeOutput } from '../softcode-context.js';
import type { SoftcodeLimits } from '../softcode-limits.js';
import { DEFAULT_QUEUE_LIMITS, type QueueLimits, SoftcodeQueue } from '../queue/command-queue.js';
import { SoftcodeRunner } from '../queue/softcode-runner.js';
import { isWizard, ownerOf } from './softcode-permissions.js';
import { type SoftcodeWorldSource, WorldSoftcodeContext } from './world-softcode-context.js';
import type { DollarCommandWorld } from '../queue/dollar-commands.js';

export interface SoftcodeOptions {
  /** The master room: $-commands on objects in it answer everywhere (HEARTH_MASTER_ROOM). */
  readonly masterRoomId?: number;
  readonly queue?: Partial<QueueLimits>;
  readonly limits?: Partial<SoftcodeLimits>;
}

export interface SoftcodeServiceDeps {
  readonly world: SoftcodeWorldSource & DollarCommandWorld;
  roleOf(characterId: number): string;
  connectedPlayers(): number[];
  isConnected(characterId: number): boolean;
  /** Seconds connected and idle, for a connected character. */
  connectionTimes?(characterId: number): { connected: number; idle: number } | undefined;
  /** Text to a character's sessions, not stored (think, @pemit from code). */
  tellCharacter(characterId: number, text: string): void;
  /** Text to everyone in a room but `exclude`, as a stored room event; `source` is the object whose code said it. */
  tellRoom(roomId: number, text: string, exclude: readonly number[], source: number): void;
  /** Runs a line as a connected character typed it; false when it has no session. */
  passOn?(characterId: number, line: string): boolean;
  failed(error: unknown, executor: number): void;
}

export class SoftcodeService {
  readonly context: WorldSoftcodeContext;
  private readonly messages: MessageEvaluator;
  readonly queue: SoftcodeQueue;
  readonly runner: SoftcodeRunner;

  constructor(
    readonly deps: SoftcodeServiceDeps,
    readonly options: SoftcodeOptions = {},
  ) {
    const permissions = { get: (id: number) => deps.world.get(id), roleOf: (id: number) => deps.roleOf(id) };
    this.context = new WorldSoftcodeContext(deps.world, {
      roleOf: (id) => deps.roleOf(id),
      connectedPlayers: () => deps.connectedPlayers(),
      isConnected: (id) => deps.isConnected(id),
      connectionTimes: (id) => deps.connectionTimes?.(id),
      deliver: (output, executor) => this.deliver(output, executor),
    });
    this.messages = new MessageEvaluator(
      deps.world,
      {
        roleOf: (id) => deps.roleOf(id),
        connectedPlayers: () => deps.connectedPlayers(),
        isConnected: (id) => deps.isConnected(id),
        connectionTimes: (id) => deps.connectionTimes?.(id),
      },
      options.limits,
    );
    const tell = (id: number, text: string): void => {
      if (deps.world.get(id)?.kind === 'character') deps.tellCharacter(id, cleanOutput(text));
    };
    this.queue = new SoftcodeQueue(
      {
        run: (entry) => this.runner.runEntry(entry),
        ownerOf: (id) => {
          const object = deps.world.get(id);
          return object ? ownerOf(object) : id;
        },
        tell,
        failed: (entry, error) => deps.failed(error, entry.executor),
      },
      { ...DEFAULT_QUEUE_LIMITS, ...options.queue },
    );
    this.runner = new SoftcodeRunner({
      context: this.context,
      queue: this.queue,
      tell,
      isHalted: (id) => deps.world.get(id)?.flags.includes('HALT') ?? true,
      isWizard: (id) => isWizard(permissions, id),
      ...(deps.passOn ? { passOn: deps.passOn } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
  }

  /** An evaluation lock key (`ATTR/value`): the locked object's code, run as it with the actor as %#. */
  evaluateLockCode(request: AttributeEvaluation): string {
    return evaluateSoftcode(request.code, this.context, { executor: request.object, enactor: request.actor, ...(this.options.limits ? { limits: this.options.limits } : {}) }).output;
  }

  /**
   * Queues an object's action attribute (ASUCC, ADROP, ...) as PennMUSH does when the matching
   * message is shown: the object's own code (or its parent's), run as it with `enactor` as %#.
   * Nothing for a HALT object or an unset attribute; false when the queue refused it.
   */
  queueAction(objectId: number, attribute: string, enactor: number): boolean {
    const object = this.deps.world.get(objectId);
    if (!object || object.flags.includes('HALT')) return true;
    const action = this.context.inheritedAttribute(objectId, attribute);
    if (!action || action.value.trim() === '') return true;
    return this.queue.add({ executor: objectId, enactor, actions: action.value }) === 'queued';
  }

  /** What a player typed, evaluated as their own code (message-evaluator.ts). */
  evaluateTyped(actor: number, text: string): string {
    return this.messages.evaluateTyped(actor, text);
  }

  /** A message attribute as PennMUSH shows it (message-evaluator.ts). */
  evaluateMessage(objectId: number, code: string, enactor: number): string {
    return this.messages.evaluate(objectId, code, enactor);
  }

  /** @startup: queues each object's own STARTUP attribute, as the game starts (HALT objects excepted). */
  runStartups(objects: Iterable<WorldObject>): number {
    let queued = 0;
    for (const object of objects) {
      if (object.flags.includes('HALT')) continue;
      const startup = this.deps.world.attributeOf(object.id, 'STARTUP');
      if (!startup || startup.value.trim() === '') continue;
      if (this.queue.add({ executor: object.id, enactor: object.id, actions: startup.value }) === 'queued') queued += 1;
    }
    return queued;
  }

  close(): void {
    this.queue.close();
  }

  private deliver(output: SoftcodeOutput, executor: number): void {
    const text = cleanOutput(output.text);
    if (output.kind === 'object') {
      if (this.deps.world.get(output.target)?.kind === 'character') this.deps.tellCharacter(output.target, text);
      return;
    }
    if (this.deps.world.get(output.room)) this.deps.tellRoom(output.room, text, output.exclude, executor);
  }
}
