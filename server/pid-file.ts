// `hearth.pid` in the data folder while a server runs on it, so the `hearth` CLI never opens an
// embedded database a running server holds (two processes writing one PGlite folder would
// corrupt it); it talks to the running server's admin API instead.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PID_FILE = 'hearth.pid';

export async function writePidFile(dataDir: string): Promise<() => Promise<void>> {
  if (dataDir.startsWith('memory://')) return async () => {};
  const file = join(dataDir, PID_FILE);
  // On PostgreSQL nothing else has made the data folder yet.
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${process.pid}\n`);
  return () => rm(file, { force: true });
}

/** The pid of a live server on this data folder, or null. */
export async function runningServerPid(dataDir: string): Promise<number | null> {
  const text = await readFile(join(dataDir, PID_FILE), 'utf8').catch(() => null);
  const pid = Number(text?.trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}
