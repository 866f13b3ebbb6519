// The admin API's bearer token: HEARTH_ADMIN_TOKEN when set; otherwise one made at first start
// and kept in the data folder (readable by its owner only), where the `hearth` CLI on the same
// machine finds it. A server on an in-memory database with no token has no admin API.
import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const ADMIN_TOKEN_FILE = 'admin-token';

export async function resolveAdminToken(configured: string | undefined, dataDir: string): Promise<string | null> {
  if (configured) return configured;
  if (dataDir.startsWith('memory://')) return null;
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (existing.length >= 16) return existing;
  const token = randomBytes(32).toString('hex');
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return token;
}
