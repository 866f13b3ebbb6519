// Accounts: creation (with the first character they play), more characters (alts), login with
// lockout, roles. A role belongs to the account, so every character of it has the same one.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { accounts as accountsTable, characters as charactersTable } from '../db/schema.js';
import { CharacterLimitError, LoginFailedError, NameTakenError, PasswordWrongError } from '../errors.js';
import type { World } from '../world/world.js';
import { type CharacterChoice, characterNamed, charactersOf, insertCharacter, nameInUse } from './account-characters.js';
import { type AccountSummary, clearStoredLock, listAccounts, storePasswordHash } from './account-records.js';
import { AccountLockout, type LockoutPolicy } from './account-lockout.js';
import type { LoginThrottle } from './login-throttle.js';
import { SignupThrottle } from './signup-throttle.js';
import { validateName, validatePassword } from './names.js';
import { type PasswordHasher, argon2idHasher, verifyAgainstDecoy } from './password.js';

export type Role = 'player' | 'builder' | 'admin';
export type { AccountSummary } from './account-records.js';
export { clearStoredLock } from './account-records.js';
export const ROLES: readonly Role[] = ['player', 'builder', 'admin'];

/** An account, and the character it plays (or would play: the one named at login, else its first). */
export interface Account {
  id: number;
  /** The account's own name: its first character's. */
  name: string;
  role: Role;
  characterId: number;
  characterName: string;
  /** Every character of the account, oldest first. */
  characters: CharacterChoice[];
  /** True when the login named a character rather than the account. */
  namedCharacter: boolean;
  lastLoginAt: Date | null;
}

export const DEFAULT_CHARACTERS_PER_ACCOUNT = 5;

export interface AccountPolicy extends LockoutPolicy {
  /** Accounts one address may create within the window (creations that name an address). */
  signups?: { perAddress: number; windowMs: number };
  /** Characters one account may have, its first included. */
  charactersPerAccount?: number;
}

export class Accounts {
  private readonly byCharacter = new Map<number, Account>();
  // Every character's role, kept in memory so permission checks never wait on the database.
  private readonly roles = new Map<number, Role>();
  /** Per account, the end of the queue of password checks waiting or running. */
  private readonly checking = new Map<number, Promise<void>>();
  private readonly signups: SignupThrottle | null;
  private readonly lockout: AccountLockout;

  constructor(
    private readonly db: Database,
    private readonly world: World,
    private readonly throttle: LoginThrottle,
    private readonly policy: AccountPolicy,
    private readonly passwords: PasswordHasher = argon2idHasher,
  ) {
    this.signups = policy.signups ? new SignupThrottle({ maxSignups: policy.signups.perAddress, windowMs: policy.signups.windowMs }) : null;
    this.lockout = new AccountLockout(policy);
  }

  /**
   * Creates an account and its character in the starting room, atomically. With `address` (a
   * player at the login screen) the creation counts against that address's sign-up allowance,
   * before anything else, and is given back if no account is made.
   */
  async create(name: string, password: string, options: { role?: Role; allowReservedName?: boolean; address?: string } = {}): Promise<Account> {
    const signup = options.address !== undefined ? this.signups?.begin(options.address) : undefined;
    try {
      return await this.createAccount(name, password, options);
    } catch (error) {
      signup?.failed();
      throw error;
    }
  }

  /** Characters one account may have. */
  get charactersPerAccount(): number {
    return this.policy.charactersPerAccount ?? DEFAULT_CHARACTERS_PER_ACCOUNT;
  }

  /** Throws SignupThrottledError while `address` may create no more accounts (asked before a password is typed). */
  checkSignup(address: string): void {
    this.signups?.check(address);
  }

  private async createAccount(name: string, password: string, options: { role?: Role; allowReservedName?: boolean; address?: string }): Promise<Account> {
    validateName(name, { allowReserved: options.allowReservedName });
    validatePassword(password);
    if (await nameInUse(this.db, name)) throw new NameTakenError(name);
    const passwordHash = await this.passwords.hash(password);
    const startId = this.world.startingRoomId;
    try {
      const created = await this.db.transaction(async (tx) => {
        const [account] = await tx
          .insert(accountsTable)
          .values({ name, passwordHash, role: options.role ?? 'player', loginAddresses: options.address === undefined ? [] : [options.address] })
          .returning();
        return { account: account!, object: await insertCharacter(tx, account!.id, name, startId) };
      });
      this.world.adoptCharacter(created.object, startId);
      const character = { id: created.object.id, name: created.object.name };
      return this.remember(created.account, character, [character], false);
    } catch (error) {
      // Two people creating the same name at once: the unique indexes decide, and the loser is told plainly.
      if (await nameInUse(this.db, name)) throw new NameTakenError(name);
      throw error;
    }
  }

  /**
   * Adds a character to an account (an alt), in the starting room, up to the operator's limit per
   * account; answers the account playing it.
   */
  async createCharacter(account: Account, name: string): Promise<Account> {
    validateName(name);
    const limit = this.charactersPerAccount;
    const characters = await charactersOf(this.db, account.id);
    if (characters.length >= limit) throw new CharacterLimitError(limit);
    if (await nameInUse(this.db, name)) throw new NameTakenError(name);
    const startId = this.world.startingRoomId;
    try {
      const object = await this.db.transaction((tx) => insertCharacter(tx, account.id, name, startId));
      this.world.adoptCharacter(object, startId);
      const character = { id: object.id, name: object.name };
      return this.remember({ ...account, lastLoginAt: account.lastLoginAt }, character, [...characters, character], true);
    } catch (error) {
      if (await nameInUse(this.db, name)) throw new NameTakenError(name);
      throw error;
    }
  }

  /** An account's characters, oldest first. */
  charactersOf(accountId: number): Promise<CharacterChoice[]> {
    return charactersOf(this.db, accountId);
  }

  /** The same account playing another of its characters; undefined when it has none by that name. */
  async play(account: Account, characterName: string): Promise<Account | undefined> {
    const characters = await charactersOf(this.db, account.id);
    const character = characters.find((entry) => entry.name.toLowerCase() === characterName.trim().toLowerCase());
    return character ? this.remember(account, character, characters, true) : undefined;
  }

  /** The account of a resume token, playing the character it was issued for, while both still exist. */
  async resumeAs(accountId: number, characterId: number): Promise<Account | undefined> {
    const [row] = await this.db.select().from(accountsTable).where(eq(accountsTable.id, accountId));
    if (!row) return undefined;
    const characters = await charactersOf(this.db, accountId);
    const character = characters.find((entry) => entry.id === characterId);
    return character ? this.remember(row, character, characters, true) : undefined;
  }

  /**
   * Checks a login. Unknown names and wrong passwords fail alike (same error, same argon2 cost);
   * too many failures lock the account (account-lockout.ts says for whom), and too many from one
   * address throttle that address.
   * Passwords of one account are checked one at a time, so guesses sent at once on many
   * connections each see the failures (and the lock) of those before them.
   */
  async authenticate(name: string, password: string, address: string): Promise<Account> {
    const attempt = this.throttle.begin(address);
    const found = await this.findLogin(name);
    if (!found) {
      await verifyAgainstDecoy(password, this.passwords);
      throw new LoginFailedError();
    }
    const row = await this.oneAtATime(found.row.id, () => this.checkPassword(found.row.id, password, address));
    attempt.succeeded();
    const account = await this.loadAccount(row, found.characterId);
    account.lastLoginAt = row.lastLoginAt;
    return account;
  }

  /** The account called `name`, or the account of the character called `name`. */
  async findByName(name: string): Promise<Account | undefined> {
    const found = await this.findLogin(name);
    return found ? this.loadAccount(found.row, found.characterId) : undefined;
  }

  /** Loads every character's role; called once at start. */
  async loadRoles(): Promise<void> {
    const rows = await this.db
      .select({ characterId: charactersTable.objectId, role: accountsTable.role })
      .from(charactersTable)
      .innerJoin(accountsTable, eq(charactersTable.accountId, accountsTable.id));
    for (const row of rows) this.roles.set(row.characterId, row.role);
  }

  /** A character's role (player when unknown). */
  roleOf(characterId: number): Role {
    return this.roles.get(characterId) ?? 'player';
  }

  /** The account behind a character, from memory once it has been seen. */
  forCharacter(characterId: number): Account | undefined {
    return this.byCharacter.get(characterId);
  }

  /** Sets the role of the account called `name` (or of the character called `name`): all its characters have it. */
  async setRole(name: string, role: Role): Promise<Account | undefined> {
    const found = await this.findLogin(name);
    if (!found) return undefined;
    await this.db.update(accountsTable).set({ role }).where(eq(accountsTable.id, found.row.id));
    const account = await this.loadAccount({ ...found.row, role }, found.characterId);
    for (const character of account.characters) this.roles.set(character.id, role);
    return account;
  }

  /**
   * A player's own change: the old password must match (checked like a login, one at a time per
   * account) and the new one must pass the rules of creation. A wrong old password is refused
   * without counting towards a lockout, since only someone already logged in can try it.
   */
  async changePassword(accountId: number, oldPassword: string, newPassword: string): Promise<void> {
    validatePassword(newPassword);
    await this.oneAtATime(accountId, async () => {
      const [row] = await this.db.select({ passwordHash: accountsTable.passwordHash }).from(accountsTable).where(eq(accountsTable.id, accountId));
      if (!row || !(await this.passwords.verify(row.passwordHash, oldPassword))) throw new PasswordWrongError();
      await this.storePassword(accountId, newPassword);
    });
  }

  /** An admin's reset, with no old password; returns the account, or undefined when there is no such name. */
  async resetPassword(name: string, newPassword: string): Promise<Account | undefined> {
    validatePassword(newPassword);
    const found = await this.findLogin(name);
    if (!found) return undefined;
    await this.oneAtATime(found.row.id, () => this.storePassword(found.row.id, newPassword));
    // A lost password often comes with a lockout; the reset lifts it too.
    this.lockout.unlock(found.row.id);
    return this.loadAccount(found.row, found.characterId);
  }

  /** Every account, by name (for the admin API and CLI). */
  async list(): Promise<AccountSummary[]> {
    return listAccounts(this.db);
  }

  /** Lifts every lock on an account, from every address (an admin's way out); undefined when there is no such account. */
  async unlock(name: string): Promise<Account | undefined> {
    const found = await this.findLogin(name);
    if (!found) return undefined;
    await clearStoredLock(this.db, found.row.name);
    this.lockout.unlock(found.row.id);
    return this.loadAccount(found.row, found.characterId);
  }

  async count(): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)::int` }).from(accountsTable);
    return row?.count ?? 0;
  }

  /** Verifies the password against the account as it is now; returns the row as it was before. */
  private async checkPassword(accountId: number, password: string, address: string): Promise<typeof accountsTable.$inferSelect> {
    const [row] = await this.db.select().from(accountsTable).where(eq(accountsTable.id, accountId));
    if (!row) throw new LoginFailedError();
    this.lockout.checkBefore(row.id, address, row);
    if (!(await this.passwords.verify(row.passwordHash, password))) {
      const { failedAttempts, lockedUntil, error } = this.lockout.afterFailure(row.id, address, row);
      await this.db.update(accountsTable).set({ failedAttempts, lockedUntil }).where(eq(accountsTable.id, row.id));
      throw error;
    }
    // A good login from anywhere not locked, a known address included, lifts a lock held everywhere.
    const loginAddresses = this.lockout.afterSuccess(row.id, address, row);
    await this.db
      .update(accountsTable)
      .set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: new Date(), loginAddresses })
      .where(eq(accountsTable.id, row.id));
    return row;
  }

  private async storePassword(accountId: number, password: string): Promise<void> {
    await storePasswordHash(this.db, accountId, await this.passwords.hash(password));
  }

  /** Runs `work` after every earlier call for the same account has finished. */
  private async oneAtATime<T>(accountId: number, work: () => Promise<T>): Promise<T> {
    const before = this.checking.get(accountId) ?? Promise.resolve();
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const turn = before.then(() => done);
    this.checking.set(accountId, turn);
    await before;
    try {
      return await work();
    } finally {
      finished();
      if (this.checking.get(accountId) === turn) this.checking.delete(accountId);
    }
  }

  private async findRow(name: string): Promise<typeof accountsTable.$inferSelect | undefined> {
    const [row] = await this.db
      .select()
      .from(accountsTable)
      .where(sql`lower(${accountsTable.name}) = lower(${name})`)
      .limit(1);
    return row;
  }

  /** The account a login name means: the account of that name first, else the account of the character of that name. */
  private async findLogin(name: string): Promise<{ row: typeof accountsTable.$inferSelect; characterId?: number } | undefined> {
    const row = await this.findRow(name);
    if (row) return { row };
    const character = await characterNamed(this.db, name);
    if (!character) return undefined;
    const [owner] = await this.db.select().from(accountsTable).where(eq(accountsTable.id, character.accountId));
    return owner ? { row: owner, characterId: character.characterId } : undefined;
  }

  private async loadAccount(row: typeof accountsTable.$inferSelect, characterId?: number): Promise<Account> {
    const characters = await charactersOf(this.db, row.id);
    const named = characters.find((entry) => entry.id === characterId);
    return this.remember(row, named ?? characters[0]!, characters, named !== undefined);
  }

  private remember(row: Pick<Account, 'id' | 'name' | 'role' | 'lastLoginAt'>, character: CharacterChoice, characters: CharacterChoice[], namedCharacter: boolean): Account {
    const account: Account = {
      id: row.id,
      name: row.name,
      role: row.role,
      characterId: character.id,
      characterName: character.name,
      characters,
      namedCharacter,
      lastLoginAt: row.lastLoginAt,
    };
    this.byCharacter.set(character.id, account);
    this.roles.set(character.id, row.role);
    return account;
  }
}
