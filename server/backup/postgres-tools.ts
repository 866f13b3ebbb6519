// PostgreSQL's own pg_dump and pg_restore, which back up a live database consistently (one
// snapshot, while Hearth keeps writing) and restore it. Found on the PATH, else in Debian's
// /usr/lib/postgresql/<version>/bin (the newest, since a newer pg_dump reads older servers). The
// password never goes on the command line, where `ps` would show it: it travels in PGPASSWORD.
import { execFile } from 'node:child_process';
import { access, constants, readdir } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { BackupError } from '../../core/errors.js';

export type PostgresTool = 'pg_dump' | 'pg_restore';

const DEBIAN_VERSIONS = '/usr/lib/postgresql';

export async function findPostgresTool(tool: PostgresTool): Promise<string> {
  const onPath = (process.env['PATH'] ?? '').split(delimiter).filter((folder) => folder.length > 0).map((folder) => join(folder, tool));
  const versions = (await readdir(DEBIAN_VERSIONS).catch(() => [] as string[])).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  for (const candidate of [...onPath, ...versions.map((version) => join(DEBIAN_VERSIONS, version, 'bin', tool))]) {
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  throw new BackupError(
    'E_BACKUP_TOOL_MISSING',
    `${tool} was not found; backups of PostgreSQL use PostgreSQL's own tools: install them (Debian: apt-get install postgresql-client) in a version at least the server's.`,
  );
}

/** Runs a PostgreSQL tool against the database at `url`; a failure carries the tool's own message. */
export async function runPostgresTool(tool: PostgresTool, args: string[], url: string): Promise<void> {
  const program = await findPostgresTool(tool);
  const { dbname, password } = splitPassword(url);
  await new Promise<void>((resolve, reject) => {
    execFile(
      program,
      [...args, `--dbname=${dbname}`],
      { env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const said = stderr.trim().split('\n').slice(-5).join(' ').replaceAll(password ?? '\u0000', '***');
        reject(new BackupError('E_BACKUP_FAILED', `${tool} failed: ${said || error.message}`, { cause: error }));
      },
    );
  });
}

/** The connection string without its password, and the password. */
function splitPassword(url: string): { dbname: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  return { dbname: parsed.toString(), password };
}
