// The characters an account plays (alts). Account and character names share one namespace, so
// that `connect <name>` always means one thing: an account's own name, or one of its characters'.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { accounts as accountsTable, characters as charactersTable, objects as objectsTable } from '../db/schema.js';

export interface CharacterChoice {
  id: number;
  name: string;
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** An account's characters, oldest first (the first is named as the account is). */
export async function charactersOf(db: Database, accountId: number): Promise<CharacterChoice[]> {
  return db
    .select({ id: objectsTable.id, name: objectsTable.name })
    .from(charactersTable)
    .innerJoin(objectsTable, eq(charactersTable.objectId, objectsTable.id))
    .where(eq(charactersTable.accountId, accountId))
    .orderBy(asc(charactersTable.objectId));
}

/** Every account's character names, oldest first, by account id (for account lists). */
export async function characterNamesByAccount(db: Database): Promise<Map<number, string[]>> {
  const rows = await db
    .select({ accountId: charactersTable.accountId, name: objectsTable.name })
    .from(charactersTable)
    .innerJoin(objectsTable, eq(charactersTable.objectId, objectsTable.id))
    .orderBy(asc(charactersTable.objectId));
  const names = new Map<number, string[]>();
  for (const row of rows) names.set(row.accountId, [...(names.get(row.accountId) ?? []), row.name]);
  return names;
}

/** The character called `name` (any case) and its account, if there is one. */
export async function characterNamed(db: Database, name: string): Promise<{ characterId: number; accountId: number } | undefined> {
  const [row] = await db
    .select({ characterId: charactersTable.objectId, accountId: charactersTable.accountId })
    .from(charactersTable)
    .innerJoin(objectsTable, eq(charactersTable.objectId, objectsTable.id))
    .where(and(eq(objectsTable.kind, 'character'), sql`lower(${objectsTable.name}) = lower(${name})`))
    .limit(1);
  return row;
}

/** True when an account or a character already has `name`, in any case. */
export async function nameInUse(db: Database, name: string): Promise<boolean> {
  const [account] = await db.select({ id: accountsTable.id }).from(accountsTable).where(sql`lower(${accountsTable.name}) = lower(${name})`).limit(1);
  if (account) return true;
  return (await characterNamed(db, name)) !== undefined;
}

/** Inserts a character object owned by itself, and its row tying it to `accountId`. */
export async function insertCharacter(tx: Transaction, accountId: number, name: string, startId: number): Promise<typeof objectsTable.$inferSelect> {
  const [object] = await tx.insert(objectsTable).values({ kind: 'character', name, locationId: startId, description: 'You see nothing special.' }).returning();
  await tx.insert(charactersTable).values({ objectId: object!.id, accountId, homeId: startId });
  await tx.update(objectsTable).set({ ownerId: object!.id }).where(eq(objectsTable.id, object!.id));
  return { ...object!, ownerId: object!.id };
}
