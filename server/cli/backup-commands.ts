// `hearth backup <file>` and `hearth restore <file> [--replace]`. A backup of PostgreSQL is taken
// by pg_dump whether or not a server runs; the embedded database belongs to the running server
// while it runs, so that server makes the backup (through its admin API), and with no server the
// CLI opens the folder itself. A restore needs the server stopped.
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { BackupError, HearthError, isErrorCode, ServerRunningError } from '../../core/errors.js';
import { type BackupManifest, writeBackup } from '../backup/backup-archive.js';
import { pgliteFolderDump, postgresDump } from '../backup/database-dumps.js';
import { restoreBackup } from '../backup/restore-backup.js';
import type { HearthConfig } from '../config.js';
import { BACKUP_MANIFEST_HEADER } from '../http/backup-api.js';
import { runningServerPid } from '../pid-file.js';
import { adminEndpoint, answers } from './server-api.js';

export async function backupCommand(config: HearthConfig, file: string): Promise<string> {
  const target = resolve(file);
  if (await stat(target).then(() => true, () => false)) {
    throw new BackupError('E_BACKUP_FAILED', `${target} exists already; give a new file name (backups are never overwritten).`);
  }
  let manifest: BackupManifest;
  let how = '';
  if (config.databaseUrl) {
    manifest = await writeBackup(target, { dump: postgresDump(config.databaseUrl), pluginDir: config.pluginDir });
  } else if (config.dataDir.startsWith('memory://')) {
    throw new BackupError('E_BACKUP_FAILED', 'HEARTH_DATA_DIR is in memory: there is nothing on disk to back up.');
  } else if ((await runningServerPid(config.dataDir)) !== null) {
    manifest = await backupThroughServer(config, target);
    how = ' by the running server';
  } else {
    manifest = await writeBackup(target, { dump: pgliteFolderDump(config.dataDir), pluginDir: config.pluginDir });
  }
  const { size } = await stat(target);
  const plugins = manifest.plugins.length === 0 ? 'no installed plugins' : `installed plugins: ${manifest.plugins.join(', ')}`;
  return `Backed up Hearth (${describeDatabase(manifest.database)}, ${plugins}) to ${target} (${(size / 1024 / 1024).toFixed(1)} MB)${how}.`;
}

export async function restoreCommand(config: HearthConfig, file: string, replace: boolean): Promise<string> {
  const { manifest, keptAside } = await restoreBackup(resolve(file), { databaseUrl: config.databaseUrl, dataDir: config.dataDir, pluginDir: config.pluginDir }, { replace });
  const into = config.databaseUrl ? 'the database at DATABASE_URL' : config.dataDir;
  const lines = [`Restored the backup made ${manifest.createdAt} by Hearth ${manifest.hearthVersion} (${describeDatabase(manifest.database)}) into ${into}.`];
  if (manifest.plugins.length > 0) lines.push(`Installed plugins restored: ${manifest.plugins.join(', ')}.`);
  for (const folder of keptAside) lines.push(`What was there before is kept in ${folder}.`);
  lines.push('Start the server to use it.');
  return lines.join('\n');
}

async function backupThroughServer(config: HearthConfig, target: string): Promise<BackupManifest> {
  const { base, token } = await adminEndpoint(config);
  if (!token || !(await answers(base))) {
    throw new ServerRunningError(`A server is running on ${config.dataDir} but its admin API at ${base} did not answer; set HEARTH_HTTP_PORT and HEARTH_ADMIN_TOKEN to reach it (only it may read its database while it runs).`);
  }
  const response = await fetch(`${base}/api/backup`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body) {
    const answer = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    const code = answer.error?.code;
    throw new HearthError(isErrorCode(code) ? code : 'E_BACKUP_FAILED', answer.error?.message ?? `The server answered ${response.status}.`);
  }
  const partial = `${target}.partial`;
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(partial, { mode: 0o600 }));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw new BackupError('E_BACKUP_FAILED', `The backup could not be received from the server: ${(error as Error).message}`, { cause: error });
  }
  return JSON.parse(response.headers.get(BACKUP_MANIFEST_HEADER) ?? '{}') as BackupManifest;
}

function describeDatabase(driver: BackupManifest['database']): string {
  return driver === 'pglite' ? 'embedded PGlite database' : 'PostgreSQL database';
}
