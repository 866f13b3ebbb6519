// The character select: after `connect <account> <password>` for an account with several
// characters, the player chooses one with `play <name>` or makes another with `create <name>`.
// Naming a character at login (`connect Robert <password>`) skips it.
import type { Account, Accounts } from '../auth/accounts.js';
import { HearthError } from '../errors.js';

export type SelectAnswer = { kind: 'play'; account: Account } | { kind: 'stay'; text: string };

/** What the select screen shows: the characters, and how to choose. */
export function selectScreen(account: Account, limit: number): string {
  const names = account.characters.map((character) => character.name).join(', ');
  const more = account.characters.length < limit ? ` or "create <name>" to make another (up to ${limit})` : '';
  return `Your account ${account.name} has ${account.characters.length} characters: ${names}.\nType "play <name>" to play one${more}.`;
}

export class CharacterSelect {
  constructor(private readonly accounts: Accounts) {}

  /** True when this login must choose a character before playing. */
  needsChoice(account: Account): boolean {
    return !account.namedCharacter && account.characters.length > 1;
  }

  screen(account: Account): string {
    return selectScreen(account, this.accounts.charactersPerAccount);
  }

  async answer(account: Account, line: string): Promise<SelectAnswer> {
    const text = line.trim();
    const space = text.search(/\s/);
    const verb = (space < 0 ? text : text.slice(0, space)).toLowerCase();
    const name = unquote(space < 0 ? '' : text.slice(space + 1).trim());
    if (verb === 'play' && name !== '') {
      const playing = await this.accounts.play(account, name);
      if (playing) return { kind: 'play', account: playing };
      return { kind: 'stay', text: `${account.name} has no character called "${name.slice(0, 40)}".\n${this.screen(account)}` };
    }
    if (verb === 'create' && name !== '') {
      try {
        return { kind: 'play', account: await this.accounts.createCharacter(account, name) };
      } catch (error) {
        if (error instanceof HearthError) return { kind: 'stay', text: error.message };
        throw error;
      }
    }
    return { kind: 'stay', text: this.screen(account) };
  }
}

function unquote(name: string): string {
  return name.length >= 2 && name.startsWith('"') && name.endsWith('"') ? name.slice(1, -1).trim() : name;
}
