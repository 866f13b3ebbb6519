// The commands a connection may use before it logs in. Input here holds passwords, so nothing
// from it is ever logged or echoed back.
import type { Account, Accounts } from '../auth/accounts.js';
import { HearthError } from '../errors.js';
import type { Logger } from '../telemetry/logger.js';
import type { Session } from './session.js';
import { LOGIN_HELP } from './welcome.js';

export type LoginCommand =
  | { kind: 'connect'; name: string; password: string }
  | { kind: 'create'; name: string; password: string }
  | { kind: 'incomplete'; verb: 'connect' | 'create' }
  | { kind: 'unknown' }
  | { kind: 'empty' };

/** Parses `connect <name> <password>` and `create <name> <password>`; the password may hold spaces. */
export function parseLoginCommand(line: string): LoginCommand {
  const trimmed = line.trim();
  if (trimmed.length === 0) return { kind: 'empty' };
  const match = /^(\S+)(?:\s+(\S+)(?:\s+(.+))?)?$/s.exec(trimmed);
  const verb = match?.[1]?.toLowerCase();
  if (verb !== 'connect' && verb !== 'create') return { kind: 'unknown' };
  const name = match?.[2];
  const password = match?.[3];
  if (!name || !password) return { kind: 'incomplete', verb };
  return { kind: verb, name, password };
}

export class LoginScreen {
  constructor(
    private readonly accounts: Accounts,
    private readonly logger: Logger,
    private readonly enterGame: (session: Session, account: Account) => Promise<void>,
  ) {}

  async handle(session: Session, line: string): Promise<void> {
    const command = parseLoginCommand(line);
    switch (command.kind) {
      case 'empty':
        return;
      case 'unknown':
        session.write(LOGIN_HELP);
        return;
      case 'incomplete':
        session.write(`Use: ${command.verb} <name> <password>`);
        return;
      case 'connect':
      case 'create':
        await this.logIn(session, command);
    }
  }

  private async logIn(
    session: Session,
    command: { kind: 'connect' | 'create'; name: string; password: string },
  ): Promise<void> {
    const address = session.transport.remoteAddress;
    let account: Account;
    try {
      account =
        command.kind === 'create'
          ? await this.accounts.create(command.name, command.password)
          : await this.accounts.authenticate(command.name, command.password, address);
    } catch (error) {
      if (error instanceof HearthError) {
        session.write(error.message);
        this.logger.info({ session: session.id, address, code: error.code }, `${command.kind} refused`);
        return;
      }
      throw error;
    }
    this.logger.info({ session: session.id, address, account: account.name }, `${command.kind} succeeded`);
    await this.enterGame(session, account);
  }
}
