// Whether a character may take a new name (`@name me=<name>`). Names are how players log in, so a
// new one follows the rules of creation and must be free among accounts and characters; the
// account's own name stays the character's to take back. The operator may forbid renames.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { accounts as accountsTable, characters as charactersTable } from '../db/schema.js';
import { NameTakenError, WorldRuleError } from '../errors.js';
import type { WorldObject } from '../world/world-object.js';
import type { CharacterNamePolicy } from '../world/world-rules.js';
import { characterNamed } from './account-characters.js';
import { validateName } from './names.js';

export class CharacterRenames implements CharacterNamePolicy {
  constructor(
    private readonly db: Database,
    private readonly allowed: boolean,
  ) {}

  async checkRename(character: WorldObject, name: string): Promise<void> {
    if (!this.allowed) throw new WorldRuleError('Characters keep their names on this game; ask an admin if yours must change.');
    validateName(name);
    if (name.toLowerCase() === character.name.toLowerCase()) return;
    const other = await characterNamed(this.db, name);
    if (other && other.characterId !== character.id) throw new NameTakenError(name);
    const [account] = await this.db
      .select({ id: accountsTable.id })
      .from(accountsTable)
      .where(sql`lower(${accountsTable.name}) = lower(${name})`)
      .limit(1);
    if (account && account.id !== (await this.accountOf(character.id))) throw new NameTakenError(name);
  }

  private async accountOf(characterId: number): Promise<number | undefined> {
    const [row] = await this.db.select({ accountId: charactersTable.accountId }).from(charactersTable).where(eq(charactersTable.objectId, characterId));
    return row?.accountId;
  }
}
