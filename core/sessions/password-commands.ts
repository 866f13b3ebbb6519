// `@password <old>=<new>` and `@newpassword <player>=<password>`, answered by the core before any
// plugin is asked, so no plugin ever sees a password; the line is never logged or stored as an
// event, and the answers never repeat a password. As in PennMUSH the line splits at the first "=".
import type { AccountAdmin } from '../admin/account-admin.js';
import type { Accounts } from '../auth/accounts.js';
import { AccountUnknownError, CommandUsageError, PermissionDeniedError } from '../errors.js';
import type { CommandInfo } from '../plugins/host-services.js';
import type { CommandRequest, CommandSource } from './command-dispatcher.js';

export const PASSWORD_USAGE = '@password <old password>=<new password>';
export const NEWPASSWORD_USAGE = '@newpassword <player>=<new password>';

export class PasswordCommands implements CommandSource {
  readonly name = 'core-passwords';

  constructor(
    private readonly accounts: Accounts,
    private readonly admin: AccountAdmin,
  ) {}

  async handle(request: CommandRequest): Promise<boolean> {
    const [word, rest] = splitCommand(request.line);
    if (word === '@password') {
      await this.changeOwn(request, rest);
      return true;
    }
    if (word === '@newpassword') {
      await this.reset(request, rest);
      return true;
    }
    return false;
  }

  private async changeOwn({ session, account }: CommandRequest, rest: string): Promise<void> {
    const pair = splitAtEquals(rest);
    if (!pair || pair[0] === '' || pair[1] === '') throw new CommandUsageError(PASSWORD_USAGE);
    await this.admin.changeOwnPassword(account, pair[0], pair[1]);
    session.write(`Password changed.${spaceNote(pair[1])}`);
  }

  private async reset({ session, account, characterId }: CommandRequest, rest: string): Promise<void> {
    if (this.accounts.roleOf(characterId) !== 'admin') throw new PermissionDeniedError('@newpassword', 'admin');
    const pair = splitAtEquals(rest);
    if (!pair || pair[0] === '' || pair[1] === '') throw new CommandUsageError(NEWPASSWORD_USAGE);
    const [name, password] = pair;
    const changed = await this.admin.resetPassword(name.replace(/^\*/, ''), password, account.name);
    if (!changed) throw new AccountUnknownError(name);
    session.write(`Password for ${changed.name} changed.${spaceNote(password)}`);
  }
}

/** The command word, lower case, and the rest of the line. */
function splitCommand(line: string): [string, string] {
  const space = line.search(/\s/);
  return space < 0 ? [line.toLowerCase(), ''] : [line.slice(0, space).toLowerCase(), line.slice(space + 1)];
}

function splitAtEquals(text: string): [string, string] | null {
  const equals = text.indexOf('=');
  return equals < 0 ? null : [text.slice(0, equals).trim(), text.slice(equals + 1).trim()];
}

/** At the login screen a password is one word unless quoted; say so rather than leave a surprise. */
function spaceNote(password: string): string {
  return /\s/.test(password) ? ' It holds a space, so put it in double quotes when you connect: connect <name> "<password>".' : '';
}

/** How `help` shows these commands beside the plugins' (the core answers them, not a plugin). */
export const PASSWORD_COMMANDS_HELP: CommandInfo[] = [
  {
    name: '@password',
    aliases: [],
    plugin: 'core',
    description: 'Changes your password.',
    usage: PASSWORD_USAGE,
    switches: [],
    role: 'player',
    help: [
      PASSWORD_USAGE,
      '',
      'Changes your password: give your current one, then "=", then the new one',
      '(at least 6 characters, as when you created your character). The line',
      'splits at the first "=". Your resume tokens stop working, so other browser',
      'tabs log in again. Lost your password? An admin can set a new one with',
      '@newpassword.',
      '',
      'Example: @password oldsecret=new-secret',
    ].join('\n'),
  },
  {
    name: '@newpassword',
    aliases: [],
    plugin: 'core',
    description: "Sets another player's password (admins).",
    usage: NEWPASSWORD_USAGE,
    switches: [],
    role: 'admin',
    help: [
      NEWPASSWORD_USAGE,
      '',
      "Sets a player's password without the old one, for a player who lost it.",
      'The player is told, if connected, and any lockout on the account is lifted.',
      'Tell them the new password privately and ask them to change it with',
      '@password. From the shell: hearth account password <name>.',
      '',
      'Example: @newpassword Ann=temporary-7',
    ].join('\n'),
  },
];
