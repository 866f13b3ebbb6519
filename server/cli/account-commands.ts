// `hearth account <action>`: accounts from the shell, through the running server or, with it
// stopped, in its database. The way to repair a missed bootstrap admin (`create Boss --admin`, or
// `role Ann admin`) and a lost password (`password Ann`). Passwords are read by password-input.ts,
// never taken from the command line.
import { ROLES, type AccountSummary, type Role } from '../../core/auth/accounts.js';
import type { HearthConfig } from '../config.js';
import { unlockAccount, withAccountControl } from './account-control.js';
import { readNewPassword } from './password-input.js';
import { UsageError } from './usage-error.js';

export const ACCOUNT_USAGE = `Usage: hearth account <action>
  list                                  every account: name, role, created, last login, lock, characters
  create <name> [--admin|--builder]     a new account and its character (a player unless told)
  password <name>                       set a new password (for a lost one; lifts any lockout)
  role <name> <player|builder|admin>    change an account's role
  unlock <name>                         lift every login lock on an account, from every address
  A password is typed at a prompt (echo off), or read as the first line of standard input;
  never give it as an argument.`;

export interface AccountCommandOptions {
  create: boolean;
  admin: boolean;
  builder: boolean;
}

export async function accountCommand(config: HearthConfig, action: string | undefined, rest: string[], options: AccountCommandOptions): Promise<number> {
  switch (action) {
    case 'unlock': {
      const [name] = exactly(rest, 1, 'account unlock <name>');
      const unlocked = await unlockAccount(config, name!);
      console.log(`${unlocked.name} is unlocked in ${unlocked.target}: it may log in from anywhere again.`);
      return 0;
    }
    case 'list':
      exactly(rest, 0, 'account list');
      return withAccountControl(config, options.create, async (control) => {
        console.log(`Accounts in ${control.target}:`);
        console.log(formatAccounts(await control.list()));
        return 0;
      });
    case 'create': {
      const [name] = exactly(rest, 1, 'account create <name> [--admin|--builder]');
      if (options.admin && options.builder) throw new UsageError('account create <name> takes --admin or --builder, not both');
      const role: Role = options.admin ? 'admin' : options.builder ? 'builder' : 'player';
      // The password first: no database is held open while someone types.
      const password = await readNewPassword(name!);
      return withAccountControl(config, options.create, async (control) => {
        const created = await control.create(name!, password, role);
        console.log(`Created ${created.name} (${created.role}) in ${control.target}.`);
        return 0;
      });
    }
    case 'password': {
      const [name] = exactly(rest, 1, 'account password <name>');
      const password = await readNewPassword(name!);
      return withAccountControl(config, options.create, async (control) => {
        const changed = await control.resetPassword(name!, password);
        console.log(`${changed}'s password is changed in ${control.target}; any lockout is lifted.`);
        return 0;
      });
    }
    case 'role': {
      const [name, role] = exactly(rest, 2, `account role <name> <${ROLES.join('|')}>`);
      if (!(ROLES as readonly string[]).includes(role!)) throw new UsageError(`account role <name> <${ROLES.join('|')}>: "${role}" is not a role`);
      return withAccountControl(config, options.create, async (control) => {
        const changed = await control.setRole(name!, role as Role);
        console.log(`${changed} is now ${role} in ${control.target}.`);
        return 0;
      });
    }
    default:
      throw new UsageError(action === undefined ? 'account <action>' : `unknown account action "${action}"`);
  }
}

function exactly(rest: string[], count: number, usage: string): string[] {
  // A surplus word is most likely a password typed on the command line: refuse it rather than keep it in history for nothing.
  if (rest.length !== count) throw new UsageError(`${usage}${rest.length > count ? ' (a password is never an argument: it is asked for, or read from standard input)' : ''}`);
  return rest;
}

function formatAccounts(accounts: AccountSummary[]): string {
  if (accounts.length === 0) return '(none)';
  const rows = [['NAME', 'ROLE', 'CREATED', 'LAST LOGIN', 'LOCKED UNTIL', 'CHARACTERS']];
  const now = Date.now();
  for (const account of accounts) {
    rows.push([
      account.name,
      account.role,
      day(account.createdAt),
      account.lastLoginAt ? account.lastLoginAt.toISOString().slice(0, 16).replace('T', ' ') : 'never',
      account.lockedUntil && account.lockedUntil.getTime() > now ? account.lockedUntil.toISOString().slice(0, 16).replace('T', ' ') : '-',
      account.characters.join(', '),
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
