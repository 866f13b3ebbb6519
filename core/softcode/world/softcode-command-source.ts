// Where softcode meets what players type. Asked after the plugins (so built-in commands and exits
// win, as in PennMUSH), it runs the softcode built-ins no plugin offers (think, @trigger, @wait,
// @force, @dolist, @switch, ...) and then the $-commands near the player, or in the master room,
// of objects whose command and use locks the player passes.
import type { CommandRequest, CommandSource } from '../../sessions/command-dispatcher.js';
import { localCandidates, masterRoomCandidates, matchDollarCommands } from '../queue/dollar-commands.js';
import { passesLocks } from './softcode-locks.js';
import type { SoftcodeService } from './softcode-service.js';

/** The built-ins a player may type here; @pemit, @emit, say and pose are the plugins'. */
const TYPED_COMMANDS: ReadonlySet<string> = new Set([
  'think',
  '@trigger',
  '@wait',
  '@force',
  '@dolist',
  '@switch',
  '@select',
  '@notify',
  '@drain',
  '@halt',
  '@ps',
  '@remit',
  '@oemit',
]);

export class SoftcodeCommandSource implements CommandSource {
  readonly name = 'softcode';

  constructor(private readonly softcode: SoftcodeService) {}

  async handle(request: CommandRequest): Promise<boolean> {
    const player = request.characterId;
    if (this.softcode.runner.runTyped(player, request.line, TYPED_COMMANDS)) return true;
    return this.runDollarCommands(player, request.line);
  }

  /** Queues every $-command that matches; true when one did. */
  runDollarCommands(player: number, line: string): boolean {
    const world = this.softcode.deps.world;
    const unlocked = (match: { object: number }): boolean => passesLocks(world, match.object, player, ['Command', 'Use'], (request) => this.softcode.evaluateLockCode(request));
    let matches = matchDollarCommands(world, localCandidates(world, player), line).filter(unlocked);
    if (matches.length === 0) matches = matchDollarCommands(world, masterRoomCandidates(world, this.softcode.options.masterRoomId), line).filter(unlocked);
    for (const match of matches) {
      this.softcode.queue.add({ executor: match.object, enactor: player, actions: match.actions, args: match.args, command: line });
    }
    return matches.length > 0;
  }
}
