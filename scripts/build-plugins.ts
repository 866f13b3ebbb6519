// Compiles every bundled plugin (plugins/<name>/src/index.ts) to plugins/<name>/build/<name>.wasm
// with AssemblyScript, skipping plugins whose output is newer than their sources and the kit. First
// it brings the kit's generated error codes up to date with core/errors.ts.
// Runs after `npm install` and before `npm start` / `npm test`; `--force` rebuilds everything, and
// names after `--` limit the build to those plugins.
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateKitErrors } from './generate-kit-errors.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const pluginsDir = join(root, 'plugins');
const kitDir = join(pluginsDir, 'pdk');
const force = process.argv.includes('--force');

export async function buildPlugin(name: string, sourceRoot = pluginsDir): Promise<string> {
  const output = join(sourceRoot, name, 'build', `${name}.wasm`);
  await compilePlugin(join(sourceRoot, name, 'src', 'index.ts'), output);
  return output;
}

/** Compiles one AssemblyScript entry file, wherever it lives, against the plugin kit. */
export async function compilePlugin(entry: string, output: string): Promise<void> {
  const asc = join(root, 'node_modules', '.bin', 'asc');
  // asc names every file by its path from the folder it runs in, without resolving "..", and
  // --use names the kit's abort handler that way. Running in a folder holding both the plugin
  // and the kit keeps those names the files' real paths, wherever the plugin is.
  const base = commonFolder(resolve(entry), root);
  const abortHandler = relative(base, join(kitDir, 'abort')).split(sep).join('/');
  const packages = relative(base, join(root, 'node_modules')) || 'node_modules';
  // The minimal runtime collects garbage only when asked, and exports __collect, which Hearth calls
  // after each call; the incremental one pays for collection on every allocation (measured: a
  // command 40% slower).
  await run(
    asc,
    [relative(base, resolve(entry)), '--outFile', relative(base, resolve(output)), '--use', `abort=${abortHandler}/pdkAbort`, '--path', packages, '--optimize', '--runtime', 'minimal', '--exportRuntime'],
    { cwd: base },
  );
}

function commonFolder(path: string, folder: string): string {
  let common = folder;
  while (path !== common && !path.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  return common;
}

async function newestChange(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestChange(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, (await stat(path)).mtimeMs);
  }
  return newest;
}

async function isStale(name: string, kitChanged: number): Promise<boolean> {
  try {
    const built = (await stat(join(pluginsDir, name, 'build', `${name}.wasm`))).mtimeMs;
    return Math.max(kitChanged, await newestChange(join(pluginsDir, name, 'src'))) > built;
  } catch {
    return true;
  }
}

async function main(): Promise<void> {
  if (await generateKitErrors()) console.log('plugins: the kit\'s error codes changed');
  const kitChanged = await newestChange(kitDir);
  const names: string[] = [];
  // `npm run build:plugins -- navigation` builds only the plugins named.
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  for (const entry of await readdir(pluginsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'pdk') continue;
    if (only.length > 0 && !only.includes(entry.name)) continue;
    try {
      await stat(join(pluginsDir, entry.name, 'src', 'index.ts'));
    } catch {
      continue;
    }
    if (force || (await isStale(entry.name, kitChanged))) names.push(entry.name);
  }
  if (names.length === 0) {
    console.log('plugins: all up to date');
    return;
  }
  // Two at a time: asc is CPU-bound and these machines have two cores.
  const queue = [...names];
  const worker = async (): Promise<void> => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const started = Date.now();
      await buildPlugin(name);
      console.log(`plugins: built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  };
  await Promise.all([worker(), worker()]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`plugins: build failed\n${error instanceof Error ? ((error as { stderr?: string }).stderr ?? error.message) : String(error)}`);
    process.exit(1);
  });
}
