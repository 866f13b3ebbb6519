// Account rows as operators see and repair them, without a running server's memory: the list
// (never a hash), a stored lock cleared, a new password hash stored.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { accounts as accountsTable } from '../db/schema.js';
import { characterNamesByAccount } from './account-characters.js';
import type { Role } from './accounts.js';

/**
 * Clears the lock and failure count kept on an account's row; returns its name, or undefined when
 * there is none. What a server holds in memory (locks per address) goes with Accounts.unlock, or
 * with the server's end: the CLI uses this alone only when no server runs.
 */
export async function clearStoredLock(db: Database, name: string): Promise<string | undefined> {
  const [row] = await db
    .update(accountsTable)
    .set({ failedAttempts: 0, lockedUntil: null })
    .where(sql`lower(${accountsTable.name}) = lower(${name})`)
    .returning({ name: accountsTable.name });
  return row?.name;
}

/** What an account list shows: never a hash. */
export interface AccountSummary {
  name: string;
  role: Role;
  createdAt: Date;
  lastLoginAt: Date | null;
  lockedUntil: Date | null;
  /** The names of its characters, oldest first. */
  characters: string[];
}

export async function listAccounts(db: Database): Promise<AccountSummary[]> {
  const rows = await db
    .select({ id: accountsTable.id, name: accountsTable.name, role: accountsTable.role, createdAt: accountsTable.createdAt, lastLoginAt: accountsTable.lastLoginAt, lockedUntil: accountsTable.lockedUntil })
    .from(accountsTable)
    .orderBy(sql`lower(${accountsTable.name})`);
  const names = await characterNamesByAccount(db);
  return rows.map(({ id, ...row }) => ({ ...row, characters: names.get(id) ?? [] }));
}

/** A new password hash; the lock and failure count go with the old password. */
export async function storePasswordHash(db: Database, accountId: number, passwordHash: string): Promise<void> {
  await db.update(accountsTable).set({ passwordHash, failedAttempts: 0, lockedUntil: null }).where(eq(accountsTable.id, accountId));
}
