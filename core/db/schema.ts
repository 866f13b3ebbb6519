// The one schema both drivers share (PGlite embedded, PostgreSQL via pg). drizzle-kit generates
// `migrations/` from this file; never edit a generated migration by hand.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const accounts = pgTable(
  'accounts',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['player', 'builder', 'admin'] }).notNull().default('player'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    // The addresses the account last logged in from (newest first, a few): a lock made by failures
    // from everywhere does not hold against them, so guessing cannot lock the owner out.
    loginAddresses: jsonb('login_addresses').$type<string[]>().notNull().default([]),
  },
  (table) => [uniqueIndex('accounts_name_lower_unique').on(sql`lower(${table.name})`)],
);

export const objects = pgTable(
  'objects',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: ['room', 'exit', 'thing', 'character'] }).notNull(),
    name: text('name').notNull(),
    aliases: jsonb('aliases').$type<string[]>().notNull().default([]),
    description: text('description').notNull().default(''),
    ownerId: integer('owner_id'),
    locationId: integer('location_id'),
    destinationId: integer('destination_id'),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
    // Builder data (PennMUSH's): flags by canonical name, the parent attributes are inherited
    // from, and locks as lock type → canonical key text (names stored as #dbrefs).
    flags: jsonb('flags').$type<string[]>().notNull().default([]),
    parentId: integer('parent_id').references((): AnyPgColumn => objects.id, { onDelete: 'set null' }),
    locks: jsonb('locks').$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('objects_location').on(table.locationId),
    index('objects_kind').on(table.kind),
    // Characters are logged in by name, so no two may share one, in any case.
    uniqueIndex('objects_character_name_unique').on(sql`lower(${table.name})`).where(sql`${table.kind} = 'character'`),
  ],
);

// PennMUSH-style attributes (`&DESCRIBE_ME obj=...`): upper-case names, text values, each with its
// setter as owner and its own flags. Separate from `objects.attributes`, which holds plugin data.
export const objectAttributes = pgTable(
  'object_attributes',
  {
    objectId: integer('object_id')
      .notNull()
      .references(() => objects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    value: text('value').notNull(),
    ownerId: integer('owner_id'),
    flags: jsonb('flags').$type<string[]>().notNull().default([]),
  },
  (table) => [primaryKey({ columns: [table.objectId, table.name] })],
);

// An account plays one or more characters (alts); the first is named as the account is.
export const characters = pgTable(
  'characters',
  {
    objectId: integer('object_id')
      .primaryKey()
      .references(() => objects.id, { onDelete: 'cascade' }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    homeId: integer('home_id').notNull(),
    // The newest event id this character had been shown when it last left; replay starts after it.
    lastSeenEventId: text('last_seen_event_id'),
  },
  (table) => [index('characters_account').on(table.accountId)],
);

// Streams a character receives besides its room and itself (channels it joined), kept across
// restarts; plugins change them through the `listen` host function.
export const characterStreams = pgTable(
  'character_streams',
  {
    characterId: integer('character_id')
      .notNull()
      .references(() => objects.id, { onDelete: 'cascade' }),
    stream: text('stream').notNull(),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.characterId, table.stream] }), index('character_streams_stream').on(table.stream)],
);

export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    stream: text('stream').notNull(),
    type: text('type').notNull(),
    actorKind: text('actor_kind', { enum: ['character', 'system', 'plugin'] }).notNull(),
    actorId: text('actor_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('events_stream_id').on(table.stream, table.id)],
);

export const plugins = pgTable('plugins', {
  name: text('name').primaryKey(),
  version: text('version').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  status: text('status', { enum: ['loading', 'ready', 'error', 'disabled'] }).notNull().default('loading'),
  lastError: text('last_error'),
  config: jsonb('config').$type<Record<string, string>>().notNull().default({}),
  sha256: text('sha256'),
  installedAt: timestamp('installed_at', { withTimezone: true }).notNull().defaultNow(),
});

export const pluginMigrations = pgTable(
  'plugin_migrations',
  {
    plugin: text('plugin').notNull(),
    version: text('version').notNull(),
    migration: text('migration').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.plugin, table.migration] })],
);

// Which plugin owns each plugin table's SQL name: a second claim is refused at migration, so no
// two plugins can ever read and write one table (core/plugins/plugin-table-ledger.ts).
export const pluginTableOwners = pgTable('plugin_table_owners', {
  sqlName: text('sql_name').primaryKey(),
  plugin: text('plugin').notNull(),
  tableName: text('table_name').notNull(),
  claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
});

export const pluginKv = pgTable(
  'plugin_kv',
  {
    plugin: text('plugin').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.plugin, table.key] })],
);
