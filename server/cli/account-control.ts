// What `hearth account <action>` acts on: the running server through its admin API (its locks per
// address, roles and resume tokens live in its memory), or else the database, whose rows are all
// there is while no server runs.
import { AccountAdmin } from '../../core/admin/account-admin.js';
import { type AccountSummary, Accounts, type Role, clearStoredLock } from '../../core/auth/accounts.js';
import { DEFAULT_LOGIN_LIMITS } from '../../core/auth/login-limits.js';
import { LoginThrottle } from '../../core/auth/login-throttle.js';
import { ResumeTokens } from '../../core/auth/resume-tokens.js';
import { openDatabase } from '../../core/db/database.js';
import { AccountUnknownError } from '../../core/errors.js';
import { EventBus } from '../../core/events/event-bus.js';
import { EventStore } from '../../core/events/event-store.js';
import { silentLogger } from '../../core/telemetry/logger.js';
import { World } from '../../core/world/world.js';
import type { HearthConfig } from '../config.js';
import { requireDatabase } from './data-folder.js';
import { findServerApi, requestServerApi, type ServerApi } from './server-api.js';

/** Where a change went, as the CLI tells the operator. */
const RUNNING = 'the running server';
const STOPPED = 'the database (the server is not running)';

/** Who the player is told changed their password or role. */
const BY_CLI = 'an admin (hearth account)';

/** Lifts every lock on the account; resolves with its name as stored and where the change went. */
export async function unlockAccount(config: HearthConfig, name: string): Promise<{ name: string; target: string }> {
  const api = await findServerApi(config);
  if (api) {
    const answer = await requestServerApi<{ unlocked: string }>(api, 'POST', `/api/accounts/${encodeURIComponent(name)}/unlock`);
    return { name: answer.unlocked, target: RUNNING };
  }
  return offline(config, false, async ({ db }) => {
    const unlocked = await clearStoredLock(db, name);
    if (unlocked === undefined) throw new AccountUnknownError(name);
    return { name: unlocked, target: STOPPED };
  });
}

/** The account actions beside unlock, through the server or its database. */
export interface AccountControl {
  /** Where changes go, for the CLI's messages. */
  readonly target: string;
  list(): Promise<AccountSummary[]>;
  create(name: string, password: string, role: Role): Promise<{ name: string; role: Role }>;
  resetPassword(name: string, password: string): Promise<string>;
  setRole(name: string, role: Role): Promise<string>;
}

/** Runs `work` with the running server's API, or else with the stopped server's database (made only with `create`). */
export async function withAccountControl<T>(config: HearthConfig, create: boolean, work: (control: AccountControl) => Promise<T>): Promise<T> {
  const api = await findServerApi(config);
  if (api) return work(apiControl(api));
  return offline(config, create, async (database) => {
    // A world and accounts of their own, as the server would build them, for the one change asked.
    const world = await World.load(database.db, new EventStore(database.db, new EventBus()));
    const limits = DEFAULT_LOGIN_LIMITS;
    const accounts = new Accounts(database.db, world, new LoginThrottle({ maxFailures: limits.maxFailuresPerAddress, windowMs: limits.addressWindowMs }), {
      maxFailedLogins: limits.maxFailedLogins,
      maxFailedLoginsEverywhere: limits.maxFailedLoginsEverywhere,
      lockMs: limits.lockMs,
    });
    const admin = new AccountAdmin({ accounts, resumeTokens: new ResumeTokens(), tell: () => {}, logger: silentLogger() });
    return work(databaseControl(admin));
  });
}

function apiControl(api: ServerApi): AccountControl {
  const path = (name: string, action: string) => `/api/accounts/${encodeURIComponent(name)}/${action}`;
  return {
    target: RUNNING,
    list: async () =>
      (await requestServerApi<{ accounts: Array<AccountSummary & Record<string, unknown>> }>(api, 'GET', '/api/accounts')).accounts.map((entry) => ({
        name: entry.name,
        role: entry.role,
        createdAt: new Date(entry.createdAt),
        lastLoginAt: entry.lastLoginAt === null ? null : new Date(entry.lastLoginAt),
        lockedUntil: entry.lockedUntil === null ? null : new Date(entry.lockedUntil),
        characters: Array.isArray(entry['characters']) ? entry['characters'].map(String) : [],
      })),
    create: async (name, password, role) => (await requestServerApi<{ created: { name: string; role: Role } }>(api, 'POST', '/api/accounts', { name, password, role })).created,
    resetPassword: async (name, password) => (await requestServerApi<{ name: string }>(api, 'POST', path(name, 'password'), { password })).name,
    setRole: async (name, role) => (await requestServerApi<{ name: string }>(api, 'POST', path(name, 'role'), { role })).name,
  };
}

function databaseControl(admin: AccountAdmin): AccountControl {
  return {
    target: STOPPED,
    list: () => admin.list(),
    create: async (name, password, role) => {
      const account = await admin.create(name, password, role, BY_CLI);
      return { name: account.name, role: account.role };
    },
    resetPassword: async (name, password) => {
      const account = await admin.resetPassword(name, password, BY_CLI);
      if (!account) throw new AccountUnknownError(name);
      return account.name;
    },
    setRole: async (name, role) => {
      const account = await admin.setRole(name, role, BY_CLI);
      if (!account) throw new AccountUnknownError(name);
      return account.name;
    },
  };
}

async function offline<T>(config: HearthConfig, create: boolean, work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  await requireDatabase(config, create);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
