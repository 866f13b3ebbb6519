// Compiles Hearth's TypeScript (core/ and server/) to JavaScript in dist/, which `npm start` runs.
// Running the sources through tsx costs the server a loader thread and its transform caches, about
// 100 MB of memory for nothing; esbuild only strips the types (type checking is `npm run
// typecheck`), so a build takes about a second and is skipped when nothing changed.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { HEARTH_ROOT } from '../core/paths.js';

const SOURCES = ['core', 'server'];
const OUT = join(HEARTH_ROOT, 'dist');

async function typescriptFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await typescriptFiles(path)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

async function newest(paths: string[]): Promise<number> {
  const times = await Promise.all(paths.map((path) => stat(path).then((info) => info.mtimeMs, () => 0)));
  return Math.max(0, ...times);
}

/** Compiles core/ and server/ into dist/ unless every compiled file is newer than every source. */
export async function buildServer(force = false): Promise<string> {
  const sources = (await Promise.all(SOURCES.map((dir) => typescriptFiles(join(HEARTH_ROOT, dir))))).flat();
  const built = sources.map((file) => join(OUT, file.slice(HEARTH_ROOT.length).replace(/\.ts$/, '.js')));
  const oldest = Math.min(...(await Promise.all(built.map((file) => stat(file).then((info) => info.mtimeMs, () => 0)))));
  if (!force && oldest >= (await newest(sources))) return 'server: up to date';
  const started = performance.now();
  await build({ entryPoints: sources, outdir: OUT, outbase: HEARTH_ROOT, format: 'esm', platform: 'node', target: 'node20', bundle: false, logLevel: 'warning' });
  return `server: compiled ${sources.length} files in ${Math.round(performance.now() - started)} ms`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await buildServer(process.argv.includes('--force')));
}
