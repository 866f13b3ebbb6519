// A Hearth backup: one .tar.gz holding `hearth-backup.json` (what it is, from which Hearth and
// which database), the database dump, and the installed plugins' folder (their manifests and
// wasm; which are enabled and their settings are in the database). Secrets that are made again
// (the admin token, the pid file) are left out. A backup is written beside its target and renamed
// into place when whole, so a file with the target's name is always a complete backup.
import { mkdtemp, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { BackupError } from '../../core/errors.js';
import { HEARTH_VERSION } from '../server-status.js';
import { DUMP_ENTRY, type DatabaseDump } from './database-dumps.js';
import { TarWriter, extractTar } from './tar-archive.js';

export const BACKUP_MANIFEST = 'hearth-backup.json';
const PLUGINS_ENTRY = 'plugins';

const manifestSchema = z.object({
  format: z.literal('hearth-backup'),
  formatVersion: z.literal(1),
  hearthVersion: z.string(),
  createdAt: z.string(),
  database: z.enum(['pglite', 'postgres']),
  /** Installed plugins in the backup (bundled ones come with Hearth itself). */
  plugins: z.array(z.string()),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export interface BackupSources {
  dump: DatabaseDump;
  /** The installed plugins' folder; null or absent when there is none. */
  pluginDir: string | null;
}

/** Writes a complete backup to `target`; returns what it holds. */
export async function writeBackup(target: string, sources: BackupSources): Promise<BackupManifest> {
  const work = await mkdtemp(join(tmpdir(), 'hearth-backup-'));
  const partial = `${target}.partial`;
  const writer = new TarWriter(partial);
  try {
    const dumpFile = join(work, 'dump');
    await sources.dump.writeTo(dumpFile);
    const pluginFiles = sources.pluginDir ? await listFiles(sources.pluginDir) : [];
    const manifest: BackupManifest = {
      format: 'hearth-backup',
      formatVersion: 1,
      hearthVersion: HEARTH_VERSION,
      createdAt: new Date().toISOString(),
      database: sources.dump.driver,
      plugins: [...new Set(pluginFiles.map((file) => file.split('/')[0]!))].sort(),
    };
    await writer.addFile(BACKUP_MANIFEST, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await writer.addFile(DUMP_ENTRY[manifest.database], { path: dumpFile });
    await writer.addDirectory(PLUGINS_ENTRY);
    for (const file of pluginFiles) await writer.addFile(`${PLUGINS_ENTRY}/${file}`, { path: join(sources.pluginDir!, ...file.split('/')) });
    await writer.finish();
    await rename(partial, target);
    return manifest;
  } catch (error) {
    await writer.abort();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export interface UnpackedBackup {
  manifest: BackupManifest;
  /** The database dump, ready for pg_restore or PGlite. */
  dumpFile: string;
  /** The installed plugins' folder as it was backed up. */
  pluginDir: string;
  /** Removes the unpacked files. */
  dispose(): Promise<void>;
}

/** Unpacks and checks a backup in a temporary folder. */
export async function unpackBackup(file: string): Promise<UnpackedBackup> {
  const work = await mkdtemp(join(tmpdir(), 'hearth-restore-'));
  const dispose = () => rm(work, { recursive: true, force: true });
  try {
    if (!(await stat(file).then((info) => info.isFile(), () => false))) {
      throw new BackupError('E_BACKUP_INVALID', `${file} is not a file; give the path of a backup made by "hearth backup".`);
    }
    await extractTar(file, work);
    const text = await readFile(join(work, BACKUP_MANIFEST), 'utf8').catch(() => null);
    if (text === null) throw new BackupError('E_BACKUP_INVALID', `${file} is not a Hearth backup: it holds no ${BACKUP_MANIFEST}.`);
    let parsed;
    try {
      parsed = manifestSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      throw new BackupError('E_BACKUP_INVALID', `${file}: ${BACKUP_MANIFEST} is not one this Hearth (${HEARTH_VERSION}) can read; was the backup made by a newer Hearth?`);
    }
    const manifest = parsed.data;
    const dumpFile = join(work, ...DUMP_ENTRY[manifest.database].split('/'));
    if (!(await stat(dumpFile).then((info) => info.isFile(), () => false))) {
      throw new BackupError('E_BACKUP_INVALID', `${file} holds no ${DUMP_ENTRY[manifest.database]}; the backup is incomplete.`);
    }
    return { manifest, dumpFile, pluginDir: join(work, PLUGINS_ENTRY), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Every regular file under `root`, as `/`-separated paths relative to it (none when it is absent). */
async function listFiles(root: string, under = ''): Promise<string[]> {
  const entries = await readdir(join(root, under), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

