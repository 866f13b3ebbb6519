// What an admin does to accounts, whether from the game (@newpassword), the admin API or the CLI
// behind it: reset a password, change a role, create an account, list them. A reset also revokes
// the account's resume tokens (whoever held the old password may hold a token too) and tells the
// player, if connected. Passwords are never logged: only who changed whose.
import type { Account, AccountSummary, Accounts, Role } from '../auth/accounts.js';
import type { ResumeTokens } from '../auth/resume-tokens.js';
import type { Logger } from '../telemetry/logger.js';

export interface AccountAdminDeps {
  accounts: Accounts;
  resumeTokens: ResumeTokens;
  /** Tells every session of a character something (nothing when it is not connected). */
  tell: (characterId: number, text: string) => void;
  logger: Logger;
}

export class AccountAdmin {
  constructor(private readonly deps: AccountAdminDeps) {}

  /** Sets a new password on the named account; undefined when there is none. `by` says who did it (a name, or "the CLI"). */
  async resetPassword(name: string, password: string, by: string): Promise<Account | undefined> {
    const account = await this.deps.accounts.resetPassword(name, password);
    if (!account) return undefined;
    this.deps.resumeTokens.revokeAccount(account.id);
    this.deps.tell(account.characterId, `Your password has been changed by ${by}.`);
    this.deps.logger.info({ account: account.name, by }, 'password reset by an admin');
    return account;
  }

  /** A player's own change, after their old password has been checked; their resume tokens go with the old password. */
  async changeOwnPassword(account: Account, oldPassword: string, newPassword: string): Promise<void> {
    await this.deps.accounts.changePassword(account.id, oldPassword, newPassword);
    this.deps.resumeTokens.revokeAccount(account.id);
    this.deps.logger.info({ account: account.name }, 'password changed by its player');
  }

  async setRole(name: string, role: Role, by: string): Promise<Account | undefined> {
    const account = await this.deps.accounts.setRole(name, role);
    if (!account) return undefined;
    this.deps.tell(account.characterId, `Your role is now ${role} (set by ${by}).`);
    this.deps.logger.info({ account: account.name, role, by }, 'role changed');
    return account;
  }

  async create(name: string, password: string, role: Role, by: string): Promise<Account> {
    // Reserved names (Admin, Staff...) are the operator's to give, as with the bootstrap admin.
    const account = await this.deps.accounts.create(name, password, { role, allowReservedName: true });
    this.deps.logger.info({ account: account.name, role, by }, 'account created by an admin');
    return account;
  }

  list(): Promise<AccountSummary[]> {
    return this.deps.accounts.list();
  }
}
