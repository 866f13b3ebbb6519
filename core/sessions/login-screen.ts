// The commands a connection may use before it logs in. Input here holds passwords, so nothing
// from it is ever logged or echoed back. `connect <name>` alone asks for the password with the
// client's echo turned off (the transport's password mode); `resume <token>` logs in with a
// resume token instead of a password.
import type { Account, Accounts } from '../auth/accounts.js';
import { validateName } from '../auth/names.js';
import type { ResumeTokens } from '../auth/resume-tokens.js';
import { type DatabaseHealth, isConnectionFailure } from '../db/database-health.js';
import { HearthError } from '../errors.js';
import type { Logger } from '../telemetry/logger.js';
import { recordError } from '../telemetry/metrics.js';
import { LOGIN_REFUSED_DATABASE_DOWN } from './database-notices.js';
import type { Session } from './session.js';
import { LOGIN_HELP } from './welcome.js';

export type LoginCommand =
  | { kind: 'connect'; name: string; password: string }
  | { kind: 'create'; name: string; password: string }
  | { kind: 'ask-password'; verb: 'connect' | 'create'; name: string }
  | { kind: 'resume'; token: string }
  | { kind: 'incomplete'; verb: 'connect' | 'create' | 'resume' }
  | { kind: 'unknown' }
  | { kind: 'empty' };

/** Parses `connect <name> [<password>]`, `create <name> [<password>]` and `resume <token>`. */
export function parseLoginCommand(line: string): LoginCommand {
  const trimmed = line.trim();
  if (trimmed.length === 0) return { kind: 'empty' };
  const match = /^(\S+)(?:\s+(\S+)(?:\s+(.+))?)?$/s.exec(trimmed);
  const verb = match?.[1]?.toLowerCase();
  const name = match?.[2];
  const password = match?.[3];
  if (verb === 'resume') return name && !password ? { kind: 'resume', token: name } : { kind: 'incomplete', verb };
  if (verb !== 'connect' && verb !== 'create') return { kind: 'unknown' };
  if (!name) return { kind: 'incomplete', verb };
  if (!password) return { kind: 'ask-password', verb, name };
  return { kind: verb, name, password };
}

export const PASSWORD_PROMPT = 'Password:';
export const NEW_PASSWORD_PROMPT = 'Choose a password:';
export const REPEAT_PASSWORD_PROMPT = 'Type the same password again:';

interface PendingPassword {
  verb: 'connect' | 'create';
  name: string;
  /** For create: the first entry, waiting to be confirmed. */
  first?: string;
}

export class LoginScreen {
  private readonly pending = new WeakMap<Session, PendingPassword>();

  constructor(
    private readonly accounts: Accounts,
    private readonly resumeTokens: ResumeTokens,
    private readonly logger: Logger,
    private readonly enterGame: (session: Session, account: Account) => Promise<void>,
    private readonly database?: DatabaseHealth,
  ) {}

  async handle(session: Session, line: string): Promise<void> {
    const pending = this.pending.get(session);
    if (pending) return this.takePassword(session, pending, line);
    const command = parseLoginCommand(line);
    switch (command.kind) {
      case 'empty':
        return;
      case 'unknown':
        session.write(LOGIN_HELP);
        return;
      case 'incomplete':
        session.write(command.verb === 'resume' ? 'Use: resume <token>' : `Use: ${command.verb} <name> <password>`);
        return;
      case 'ask-password':
        // A name that can never be created, or an address out of sign-ups, is refused now, not
        // after the password is typed twice.
        if (command.verb === 'create' && !this.mayCreate(session, command.name)) return;
        this.pending.set(session, { verb: command.verb, name: command.name });
        session.transport.setPasswordMode?.(true);
        session.prompt(command.verb === 'connect' ? PASSWORD_PROMPT : NEW_PASSWORD_PROMPT);
        return;
      case 'resume':
        await this.resume(session, command.token);
        return;
      case 'connect':
      case 'create':
        await this.logIn(session, command);
    }
  }

  private mayCreate(session: Session, name: string): boolean {
    try {
      validateName(name);
      this.accounts.checkSignup(session.transport.remoteAddress);
      return true;
    } catch (error) {
      if (!(error instanceof HearthError)) throw error;
      session.write(error.message);
      return false;
    }
  }

  private async takePassword(session: Session, pending: PendingPassword, password: string): Promise<void> {
    if (pending.verb === 'create' && pending.first === undefined && password.length > 0) {
      this.pending.set(session, { ...pending, first: password });
      session.prompt(REPEAT_PASSWORD_PROMPT);
      return;
    }
    this.pending.delete(session);
    session.transport.setPasswordMode?.(false);
    if (password.length === 0) {
      session.write('No password given; nothing was done.');
      return;
    }
    if (pending.first !== undefined && pending.first !== password) {
      session.write(`The two passwords differ; nothing was created. Try "create ${pending.name}" again.`);
      return;
    }
    await this.logIn(session, { kind: pending.verb, name: pending.name, password });
  }

  private async resume(session: Session, token: string): Promise<void> {
    // Checked before the single-use token is spent.
    if (this.refusedWhileDatabaseDown(session)) return;
    const address = session.transport.remoteAddress;
    const owner = this.resumeTokens.redeem(token);
    const account = owner ? await this.accounts.findByName(owner.accountName) : undefined;
    if (!account || account.id !== owner?.accountId) {
      session.write('That resume token is unknown, used or expired; log in with your password.');
      this.logger.info({ session: session.id, address }, 'resume refused');
      return;
    }
    this.logger.info({ session: session.id, address, account: account.name }, 'resume succeeded');
    await this.enterGame(session, account);
  }

  private async logIn(
    session: Session,
    command: { kind: 'connect' | 'create'; name: string; password: string },
  ): Promise<void> {
    if (this.refusedWhileDatabaseDown(session)) return;
    const address = session.transport.remoteAddress;
    let account: Account;
    try {
      account =
        command.kind === 'create'
          ? await this.accounts.create(command.name, command.password, { address })
          : await this.accounts.authenticate(command.name, command.password, address);
    } catch (error) {
      if (isConnectionFailure(error)) {
        this.database?.report(error);
        session.write(LOGIN_REFUSED_DATABASE_DOWN);
        return;
      }
      if (error instanceof HearthError) {
        session.write(error.message);
        this.logger.info({ session: session.id, address, code: error.code }, `${command.kind} refused`);
        recordError(error.code, 'login');
        return;
      }
      throw error;
    }
    this.logger.info({ session: session.id, address, account: account.name }, `${command.kind} succeeded`);
    await this.enterGame(session, account);
  }

  private refusedWhileDatabaseDown(session: Session): boolean {
    if (!this.database || this.database.available) return false;
    session.write(LOGIN_REFUSED_DATABASE_DOWN);
    return true;
  }
}
