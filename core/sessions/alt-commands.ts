// `@alts` lists the characters of the player's account; `@alts/create <name>` adds one. The core
// answers them because accounts are the core's; a plugin never sees which characters share one.
// A new alt is played by logging in with its name and the account's password.
import type { Accounts } from '../auth/accounts.js';
import { CommandUsageError } from '../errors.js';
import type { CommandInfo } from '../plugins/host-services.js';
import type { CommandRequest, CommandSource } from './command-dispatcher.js';

export const ALTS_USAGE = '@alts or @alts/create <name>';

export class AltCommands implements CommandSource {
  readonly name = 'core-alts';

  constructor(
    private readonly accounts: Accounts,
    private readonly isConnected: (characterId: number) => boolean,
  ) {}

  async handle({ session, account, line }: CommandRequest): Promise<boolean> {
    const match = /^@alts?(?:\/(\S*))?(?:\s+(.*))?$/i.exec(line);
    if (!match) return false;
    const change = (match[1] ?? '').toLowerCase();
    const name = (match[2] ?? '').trim();
    if (change === '' && name === '') {
      const characters = await this.accounts.charactersOf(account.id);
      const lines = characters.map((character) => {
        const status = character.id === account.characterId ? ' (you)' : this.isConnected(character.id) ? ' (connected)' : '';
        return `  ${character.name}${status}`;
      });
      const room = this.accounts.charactersPerAccount - characters.length;
      session.write(
        [`Characters of the account ${account.name} (${characters.length} of at most ${this.accounts.charactersPerAccount}):`, ...lines, room > 0 ? 'Make another with @alts/create <name>.' : 'The account has as many as it may.'].join('\n'),
      );
      return true;
    }
    if (change !== 'create' || name === '') throw new CommandUsageError(ALTS_USAGE);
    const made = await this.accounts.createCharacter(account, name);
    session.write(`${made.characterName} is made. Log in as ${made.characterName} with your account's password: connect ${made.characterName} <password>.`);
    return true;
  }
}

/** How `help` shows @alts beside the plugins' commands. */
export const ALT_COMMANDS_HELP: CommandInfo[] = [
  {
    name: '@alts',
    aliases: [],
    plugin: 'core',
    description: 'Lists the characters of your account, or makes another.',
    usage: ALTS_USAGE,
    switches: ['create'],
    role: 'player',
    help: [
      '@alts',
      '@alts/create <name>',
      '',
      'One account may play several characters (alts), all with the account\'s',
      'password and role. @alts lists them; @alts/create makes another in the',
      'starting room, up to the limit the game sets. Play one by logging in with',
      'its name (connect Robert <password>); logging in with the account\'s own',
      'name shows the character select, where "play <name>" picks one and',
      '"create <name>" makes another.',
      '',
      'Example: @alts/create Robert',
    ].join('\n'),
  },
];
