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
import type { CharacterSelect } from './character-select.js';
import type { Session } from './session.js';
import { LOGIN_HELP } from './welcome.js';

export type LoginVerb = 'connect' | 'create';

export type LoginCommand =
  | { kind: 'connect'; name: string; password: string }
  | { kind: 'create'; name: string; password: string }
  | { kind: 'ask-password'; verb: LoginVerb; name: string }
  | { kind: 'resume'; token: string }
  | { kind: 'incomplete'; verb: LoginVerb | 'resume' }
  /** The line cannot be read without guessing where the name ends; `reason` says why and never repeats the password. */
  | { kind: 'malformed'; verb: LoginVerb; reason: string }
  | { kind: 'unknown' }
  | { kind: 'empty' };

/**
 * Parses `connect <name> [<password>]`, `create <name> [<password>]` and `resume <token>`.
 * As in PennMUSH, the name may be given in double quotes and the password is one word; Hearth
 * also takes a password in double quotes, which may hold spaces. Anything else (a third word, a
 * name with spaces) is refused with the reason rather than split silently: `create Sir Galahad
 * pw` must never make "Sir" with the password "Galahad pw".
 */
export function parseLoginCommand(line: string): LoginCommand {
  const trimmed = line.trim();
  if (trimmed.length === 0) return { kind: 'empty' };
  const [verbWord = '', rest = ''] = splitFirstWord(trimmed);
  const verb = verbWord.toLowerCase();
  if (verb === 'resume') return rest && !/\s/.test(rest) ? { kind: 'resume', token: rest } : { kind: 'incomplete', verb };
  if (verb !== 'connect' && verb !== 'create') return { kind: 'unknown' };
  if (rest === '') return { kind: 'incomplete', verb };
  const named = readName(rest);
  if ('problem' in named) return { kind: 'malformed', verb, reason: named.problem };
  if (named.name === '') return { kind: 'incomplete', verb };
  if (/\s/.test(named.name)) return { kind: 'malformed', verb, reason: SPACED_NAME };
  const password = readPassword(named.after.trim());
  if (password === null) return { kind: 'malformed', verb, reason: usage(verb) };
  if (password === '') return { kind: 'ask-password', verb, name: named.name };
  return { kind: verb, name: named.name, password };
}

// Not repeating the name: someone who quoted name and password together would see the password.
const SPACED_NAME = 'A name has no spaces (Sir_Galahad or SirGalahad, not "Sir Galahad"); nothing was done.';

/** How a login line is written, for answers to lines that were not. */
export function usage(verb: LoginVerb): string {
  return (
    `Use: ${verb} <name> <password>. A name is one word, and so is a password unless it is in double quotes ` +
    `(${verb} Galahad "holy grail"); "${verb} <name>" alone asks for the password.`
  );
}

function splitFirstWord(text: string): [string, string] {
  const space = text.search(/\s/);
  return space < 0 ? [text, ''] : [text.slice(0, space), text.slice(space).trimStart()];
}

/** A bare word, or PennMUSH's `"quoted name"` (spaces around the name inside the quotes are dropped). */
function readName(text: string): { name: string; after: string } | { problem: string } {
  if (!text.startsWith('"')) {
    const [name, after] = splitFirstWord(text);
    return { name, after };
  }
  const close = text.indexOf('"', 1);
  if (close < 0) return { problem: "The name's closing double quote is missing; nothing was done." };
  const after = text.slice(close + 1);
  if (after !== '' && !/^\s/.test(after)) return { problem: 'Put a space after the quoted name; nothing was done.' };
  return { name: text.slice(1, close).trim(), after };
}

/**
 * One word, or text in double quotes up to a quote that ends the line (so the password may hold
 * quotes itself). '' when there is none; null when there is more than one word, or a quote left open.
 */
function readPassword(text: string): string | null {
  if (text.startsWith('"')) return text.length >= 2 && text.endsWith('"') ? text.slice(1, -1).trim() : null;
  return /\s/.test(text) ? null : text;
}

export const PASSWORD_PROMPT = 'Password:';
export const RESUME_REFUSED = 'That resume token is unknown, used or expired; log in with your password.';
export const NEW_PASSWORD_PROMPT = 'Choose a password:';
export const REPEAT_PASSWORD_PROMPT = 'Type the same password again:';

interface PendingPassword {
  verb: LoginVerb;
  name: string;
  /** For create: the first entry, waiting to be confirmed. */
  first?: string;
}

export class LoginScreen {
  private readonly pending = new WeakMap<Session, PendingPassword>();
  /** Logged-in accounts choosing which of their characters to play. */
  private readonly choosing = new WeakMap<Session, Account>();

  constructor(
    private readonly accounts: Accounts,
    private readonly resumeTokens: ResumeTokens,
    private readonly logger: Logger,
    private readonly enterGame: (session: Session, account: Account) => Promise<void>,
    private readonly database?: DatabaseHealth,
    private readonly select?: CharacterSelect,
  ) {}

  async handle(session: Session, line: string): Promise<void> {
    const pending = this.pending.get(session);
    if (pending) return this.takePassword(session, pending, line);
    const choosing = this.choosing.get(session);
    if (choosing && this.select) return this.choose(session, choosing, line);
    const command = parseLoginCommand(line);
    switch (command.kind) {
      case 'empty':
        return;
      case 'unknown':
        session.write(LOGIN_HELP);
        return;
      case 'incomplete':
        session.write(command.verb === 'resume' ? 'Use: resume <token>' : usage(command.verb));
        return;
      case 'malformed':
        session.write(command.reason);
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
    const account = owner ? await this.accounts.resumeAs(owner.accountId, owner.characterId) : undefined;
    if (!account) {
      session.write(RESUME_REFUSED);
      session.sendData('resume.revoked', { reason: RESUME_REFUSED });
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
    if (this.select?.needsChoice(account)) {
      this.choosing.set(session, account);
      session.write(this.select.screen(account));
      return;
    }
    await this.enterGame(session, account);
  }

  private async choose(session: Session, account: Account, line: string): Promise<void> {
    if (line.trim() === '') return;
    if (this.refusedWhileDatabaseDown(session)) return;
    const answer = await this.select!.answer(account, line);
    if (answer.kind === 'stay') {
      session.write(answer.text);
      return;
    }
    this.choosing.delete(session);
    this.logger.info({ session: session.id, account: account.name, character: answer.account.characterName }, 'character chosen');
    await this.enterGame(session, answer.account);
  }

  private refusedWhileDatabaseDown(session: Session): boolean {
    if (!this.database || this.database.available) return false;
    session.write(LOGIN_REFUSED_DATABASE_DOWN);
    return true;
  }
}
