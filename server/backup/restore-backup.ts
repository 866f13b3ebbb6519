// `hearth restore`: puts a backup's database and installed plugins back, with the server
// stopped. Everything is checked before anything changes: the backup, that it is for the
// database Hearth is configured with, and that the target is empty. With `replace`, what is
// there is kept aside (a PGlite folder and a plugin folder are renamed, never deleted); on
// PostgreSQL the backup's objects are dropped and made again in the same transaction.
import { cp, mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupError, ServerRunningError } from '../../core/errors.js';
import { runningServerPid } from '../pid-file.js';
import { type BackupManifest, unpackBackup } from './backup-archive.js';
import { postgresIsEmpty, restorePglite, restorePostgres } from './database-dumps.js';

export interface RestoreTarget {
  databaseUrl?: string;
  dataDir: string;
  pluginDir: string | null;
}

export interface RestoreReport {
  manifest: BackupManifest;
  /** Folders that were in the way and were renamed (with `replace`). */
  keptAside: string[];
}

export async function restoreBackup(file: string, target: RestoreTarget, options: { replace: boolean }): Promise<RestoreReport> {
  const pid = target.dataDir.startsWith('memory://') ? null : await runningServerPid(target.dataDir);
  if (pid !== null) throw new ServerRunningError(`A server (pid ${pid}) is running on ${target.dataDir}; stop it before restoring.`);
  const backup = await unpackBackup(file);
  try {
    const { manifest } = backup;
    const driver = target.databaseUrl ? 'postgres' : 'pglite';
    if (manifest.database !== driver) {
      throw new BackupError(
        'E_BACKUP_MISMATCH',
        manifest.database === 'pglite'
          ? 'This backup holds an embedded (PGlite) database, but DATABASE_URL points Hearth at PostgreSQL; unset DATABASE_URL to restore it. Moving between the two databases is not supported.'
          : 'This backup holds a PostgreSQL database, but DATABASE_URL is not set; set it to an empty PostgreSQL database to restore into. Moving between the two databases is not supported.',
      );
    }
    if (driver === 'pglite' && target.dataDir.startsWith('memory://')) {
      throw new BackupError('E_BACKUP_MISMATCH', 'HEARTH_DATA_DIR is in memory; set it to the folder to restore into.');
    }
    const backedUpPlugins = await hasEntries(backup.pluginDir);
    if (backedUpPlugins && target.pluginDir === null) {
      throw new BackupError('E_BACKUP_MISMATCH', 'The backup holds installed plugins but this Hearth has no plugin folder; set HEARTH_DATA_DIR (or HEARTH_PLUGIN_DIR) to a folder.');
    }

    const databaseInTheWay = driver === 'pglite' ? await hasEntry(target.dataDir, 'PG_VERSION') : !(await postgresIsEmpty(target.databaseUrl!));
    const pluginsInTheWay = target.pluginDir !== null && (await hasEntries(target.pluginDir));
    if ((databaseInTheWay || pluginsInTheWay) && !options.replace) {
      const what = databaseInTheWay ? (driver === 'pglite' ? `${target.dataDir} holds a database` : 'the database at DATABASE_URL holds tables') : `${target.pluginDir} holds installed plugins`;
      throw new BackupError('E_RESTORE_TARGET_NOT_EMPTY', `${what} already; restore into an empty one, or add --replace to keep what is there aside and restore over it.`);
    }

    const keptAside: string[] = [];
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    if (driver === 'pglite' && databaseInTheWay) keptAside.push(await moveAside(target.dataDir, stamp));
    if (target.pluginDir !== null && (await hasEntries(target.pluginDir))) keptAside.push(await moveAside(target.pluginDir, stamp));

    if (driver === 'pglite') {
      await mkdir(target.dataDir, { recursive: true });
      await restorePglite(target.dataDir, backup.dumpFile);
    } else {
      await restorePostgres(target.databaseUrl!, backup.dumpFile, { replace: databaseInTheWay });
    }
    if (backedUpPlugins) {
      await mkdir(target.pluginDir!, { recursive: true });
      await cp(backup.pluginDir, target.pluginDir!, { recursive: true });
    }
    return { manifest, keptAside };
  } finally {
    await backup.dispose();
  }
}

async function moveAside(folder: string, stamp: string): Promise<string> {
  const aside = `${folder}.before-restore-${stamp}`;
  await rename(folder, aside);
  return aside;
}

async function hasEntries(folder: string): Promise<boolean> {
  return (await readdir(folder).catch(() => [])).length > 0;
}

async function hasEntry(folder: string, name: string): Promise<boolean> {
  return stat(join(folder, name)).then(() => true, () => false);
}
