// Creates a new embedded database in its own short-lived process. Initialising a PGlite data folder
// grows the WebAssembly heap of the process doing it to several hundred megabytes, which it never
// gives back; done in a child, the game's own process starts as lean on its first day as later.
import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HearthError } from '../errors.js';

// Beside this file, as .ts when run from source and .js when compiled.
const CHILD_SCRIPT = fileURLToPath(new URL(`./pglite-initdb-child${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

/** True when `dataDir` already holds a database. */
export async function pgliteInitialised(dataDir: string): Promise<boolean> {
  return access(join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
}

/** Initialises `dataDir` in a child process (with this process's loader, so TypeScript runs as here). */
export function initialisePglite(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...typeScriptLoader(), CHILD_SCRIPT, dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new HearthError('E_DATABASE_INIT', `Creating the embedded database in ${dataDir} failed (exit ${code}): ${errors.trim() || 'no message'}`));
    });
  });
}

/**
 * Run from TypeScript sources, the child needs tsx too. A process started with `--import tsx` passes
 * it on in execArgv; the `hearth` CLI registers tsx from inside instead, which does not carry over.
 */
function typeScriptLoader(): string[] {
  if (!CHILD_SCRIPT.endsWith('.ts') || process.execArgv.some((arg) => arg.includes('tsx'))) return [];
  return ['--import', import.meta.resolve('tsx')];
}
