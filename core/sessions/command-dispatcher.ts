// Routes a logged-in player's line to whoever handles it: command sources are asked in order
// (the plugin registry first, then core fallbacks), and a line nobody takes gets "Huh?". While
// the database cannot be reached, every line is refused up front, plainly, rather than half-run.
import type { Account } from '../auth/accounts.js';
import { type DatabaseHealth, isConnectionFailure } from '../db/database-health.js';
import type { Logger } from '../telemetry/logger.js';
import { codeOf, recordError } from '../telemetry/metrics.js';
import { HearthError } from '../errors.js';
import { COMMAND_REFUSED_DATABASE_DOWN } from './database-notices.js';
import type { Session } from './session.js';
import { outputAffixes } from './output-affixes.js';
import { HUH } from './welcome.js';

export interface CommandRequest {
  session: Session;
  account: Account;
  characterId: number;
  /** The line as typed, trimmed. */
  line: string;
}

export interface CommandSource {
  readonly name: string;
  /** Handles the line and returns true, or returns false when it has no such command. */
  handle(request: CommandRequest): Promise<boolean>;
}

export class CommandDispatcher {
  private readonly sources: CommandSource[] = [];

  constructor(
    private readonly logger: Logger,
    private readonly database?: DatabaseHealth,
  ) {}

  /** Adds a source; earlier sources are asked first. */
  addSource(source: CommandSource, options: { first?: boolean } = {}): void {
    if (options.first) this.sources.unshift(source);
    else this.sources.push(source);
  }

  /** Runs a line; `queued` marks one softcode runs for the player, which OUTPUTPREFIX does not frame. */
  async dispatch(session: Session, line: string, options: { queued?: boolean } = {}): Promise<void> {
    const account = session.account;
    if (!account) return;
    if (this.database && !this.database.available) {
      session.write(COMMAND_REFUSED_DATABASE_DOWN);
      return;
    }
    const request: CommandRequest = { session, account, characterId: account.characterId, line };
    // OUTPUTPREFIX/OUTPUTSUFFIX (output-affixes.ts) frame a command's direct answer for clients.
    const { prefix, suffix } = options.queued ? {} : outputAffixes(session);
    if (prefix) session.write(prefix);
    try {
      await this.route(request);
    } finally {
      if (suffix) session.write(suffix);
    }
  }

  private async route(request: CommandRequest): Promise<void> {
    const { session } = request;
    for (const source of this.sources) {
      try {
        if (await source.handle(request)) return;
      } catch (error) {
        recordError(isConnectionFailure(error) ? 'E_DATABASE_UNAVAILABLE' : codeOf(error), 'command');
        if (isConnectionFailure(error)) {
          this.database?.report(error);
          session.write(COMMAND_REFUSED_DATABASE_DOWN);
          return;
        }
        session.write(describeFailure(error));
        if (!(error instanceof HearthError)) {
          this.logger.error({ err: error, source: source.name, session: session.id }, 'command failed');
        }
        return;
      }
    }
    session.write(HUH);
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof HearthError) return error.message;
  return 'Something went wrong running that command; it was not applied. The error has been logged.';
}
