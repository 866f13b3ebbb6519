// The command source that hands player input to plugins: registry match, role check, argument
// parsing, the call, and what the player sees. Lines no command takes are offered to plugins'
// unmatched handlers (navigation uses this for exit names). A command may decline its line
// (`handled: false`, the kit's pass()): the messaging plugin's `+<channel>` does for a word that
// names no channel, so that softcode's `$+finger *` still hears `+finger Bob`.
import type { Role } from '../auth/accounts.js';
import { isConnectionFailure } from '../db/database-health.js';
import { HearthError, PermissionDeniedError, PluginCallError } from '../errors.js';
import type { CommandRequest, CommandSource } from '../sessions/command-dispatcher.js';
import type { Logger } from '../telemetry/logger.js';
import { recordCommand } from '../telemetry/metrics.js';
import { parseArguments } from './command-registry.js';
import type { CharacterDirectory } from './host-services.js';
import { type ActorInfo, type CommandOutput, ROLE_RANK } from './plugin-abi.js';
import type { PluginHost } from './plugin-host.js';
import type { PluginSnapshot } from './plugin-snapshot.js';

export class PluginCommandSource implements CommandSource {
  readonly name = 'plugins';

  constructor(
    private readonly host: PluginHost,
    private readonly snapshot: () => PluginSnapshot,
    private readonly characters: CharacterDirectory,
    private readonly logger: Logger,
  ) {}

  async handle(request: CommandRequest): Promise<boolean> {
    const snapshot = this.snapshot();
    const actor = this.actorOf(request);
    const match = snapshot.registry.match(request.line);
    if (match) {
      const { command } = match;
      if (ROLE_RANK[actor.role] < ROLE_RANK[command.role]) throw new PermissionDeniedError(command.name, command.role);
      recordCommand(command.plugin, command.name);
      const args = parseArguments(match);
      const input = { command: command.name, invoked: match.invokedAs, switches: match.switches, args, rest: match.rest, actor };
      const declined = await this.show(request, () => this.host.callCommand(command.plugin, command.handler, input));
      if (!declined) return true;
    }
    for (const { plugin, handler } of snapshot.unmatched) {
      let output: CommandOutput;
      try {
        output = await this.host.callUnmatched(plugin, handler, { line: request.line, actor });
      } catch (error) {
        // The dispatcher tells the player the database is away; no other handler would do better.
        if (isConnectionFailure(error)) throw error;
        this.logger.warn({ err: error, plugin }, 'unmatched-input handler failed');
        continue;
      }
      if (output.handled) {
        recordCommand(plugin, '(unmatched)');
        this.write(request, output);
        return true;
      }
    }
    return false;
  }

  /** Runs the call and shows what it answered; true when the command declined the line. */
  private async show(request: CommandRequest, call: () => Promise<CommandOutput>): Promise<boolean> {
    try {
      const output = await call();
      if (output.handled === false && output.output === undefined && output.error === undefined) return true;
      this.write(request, output);
    } catch (error) {
      if (!(error instanceof HearthError) || isConnectionFailure(error)) throw error;
      request.session.write(describeFailure(error));
    }
    return false;
  }

  private write(request: CommandRequest, output: CommandOutput): void {
    if (output.error) request.session.write(output.error);
    else if (output.output) request.session.write(output.output);
  }

  private actorOf(request: CommandRequest): ActorInfo {
    const character = this.characters.byId(request.characterId);
    const role: Role = character?.role ?? request.account.role;
    // The world's name, not the login's: @name me renames a character while it plays.
    return { id: request.characterId, name: character?.name ?? request.account.characterName, role, location: character?.location ?? null, pronouns: character?.pronouns };
  }
}

function describeFailure(error: HearthError): string {
  if (error instanceof PluginCallError) {
    const reason = error.code === 'E_PLUGIN_UNAVAILABLE' ? error.message : `${error.message} (${error.code})`;
    return `That didn't work: ${reason} Nothing was changed.`;
  }
  return error.message;
}
