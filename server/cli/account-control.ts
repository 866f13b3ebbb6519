// What `hearth account unlock <name>` acts on: the running server through its admin API (its
// locks per address live in its memory), or else the database, whose stored lock is all there is
// while no server runs.
import { clearStoredLock } from '../../core/auth/accounts.js';
import { openDatabase } from '../../core/db/database.js';
import { AccountUnknownError } from '../../core/errors.js';
import type { HearthConfig } from '../config.js';
import { requireDatabase } from './data-folder.js';
import { findServerApi, requestServerApi } from './server-api.js';

/** Lifts every lock on the account; resolves with its name as stored and where the change went. */
export async function unlockAccount(config: HearthConfig, name: string): Promise<{ name: string; target: string }> {
  const api = await findServerApi(config);
  if (api) {
    const answer = await requestServerApi<{ unlocked: string }>(api, 'POST', `/api/accounts/${encodeURIComponent(name)}/unlock`);
    return { name: answer.unlocked, target: 'the running server' };
  }
  await requireDatabase(config, false);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const unlocked = await clearStoredLock(database.db, name);
    if (unlocked === undefined) throw new AccountUnknownError(name);
    return { name: unlocked, target: 'the database (the server is not running)' };
  } finally {
    await database.close();
  }
}
