// Compiles every bundled plugin folder (plugins/<name>/, the layout `hearth plugin new` makes:
// manifest.yaml, src/index.ts) to the wasm its manifest names (build/<name>.wasm) with
// AssemblyScript, skipping plugins whose output is newer than their sources and the kit. First it
// brings the kit's generated files (error codes, host imports, limits) up to date with the core.
// Runs after `npm install` and before `npm start` / `npm test`; `--force` rebuilds everything, and
// names after `--` limit the build to those plugins.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { generateKitErrors } from './generate-kit-errors.js';
import { generatedKitFiles } from './kit/kit-sources.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const pluginsDir = join(root, 'plugins');
const kitDir = join(pluginsDir, 'pdk');
const force = process.argv.includes('--force');
/** Hearth's package name, through which plugin folders outside the checkout import the kit. */
const PACKAGE_NAME = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name;

export async function buildPlugin(name: string, sourceRoot = pluginsDir): Promise<string> {
  const output = await wasmOf(join(sourceRoot, name));
  await compilePlugin(join(sourceRoot, name, 'src', 'index.ts'), output);
  return output;
}

/**
 * Where a plugin folder's wasm goes: the path its manifest.yaml names, as `hearth plugin build`
 * does (read with the YAML parser alone: the container build runs this before the core is copied).
 */
async function wasmOf(folder: string): Promise<string> {
  let wasm: unknown;
  try {
    wasm = (parseYaml(await readFile(join(folder, 'manifest.yaml'), 'utf8')) as { wasm?: unknown } | null)?.wasm;
  } catch {
    // No manifest, or one that does not read: the conventional place; validation reports the rest.
  }
  return typeof wasm === 'string' ? resolve(folder, wasm) : join(folder, 'build', `${basename(folder)}.wasm`);
}

/** Compiles one AssemblyScript entry file, wherever it lives, against the plugin kit. */
export async function compilePlugin(entry: string, output: string): Promise<void> {
  const asc = join(root, 'node_modules', '.bin', 'asc');
  // asc names every file by its path from the folder it runs in, without resolving "..", and
  // --use names the kit's abort handler that way. Running in a folder holding both the plugin
  // and the kit keeps those names the files' real paths, wherever the plugin is.
  const base = commonFolder(resolve(entry), root);
  // --use names the abort handler by the path the kit was compiled under: the package's (a
  // plugin folder that imports `<package>/plugins/pdk`) or the file's own (the bundled plugins).
  const abortHandler = (await importsKitByPackage(dirname(resolve(entry))))
    ? `~lib/${PACKAGE_NAME}/plugins/pdk/abort`
    : relative(base, join(kitDir, 'abort')).split(sep).join('/');
  // Hearth's own packages, and those of the plugin's folder: a plugin outside the checkout reaches
  // the kit through its dependency on Hearth (`node_modules/@hearth-mush/hearth/plugins/pdk`).
  const packages = [join(root, 'node_modules'), ...(await nodeModulesAbove(dirname(resolve(entry))))].map((folder) => relative(base, folder) || '.');
  // The minimal runtime collects garbage only when asked, and exports __collect, which Hearth calls
  // after each call; the incremental one pays for collection on every allocation (measured: a
  // command 40% slower).
  await run(
    asc,
    [
      relative(base, resolve(entry)),
      relative(base, join(kitDir, 'runtime-exports.ts')),
      '--outFile',
      relative(base, resolve(output)),
      '--use',
      `abort=${abortHandler}/pdkAbort`,
      ...packages.flatMap((folder) => ['--path', folder]),
      '--optimize',
      '--runtime',
      'minimal',
      '--exportRuntime',
    ],
    { cwd: base },
  );
}

/** Whether any source file under `folder` imports the kit through Hearth's package name. */
async function importsKitByPackage(folder: string): Promise<boolean> {
  const kitImport = new RegExp(`from\\s+['"]${PACKAGE_NAME.replace(/[/.-]/g, '\\$&')}/plugins/pdk`);
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && (await importsKitByPackage(path))) return true;
    if (entry.isFile() && entry.name.endsWith('.ts') && kitImport.test(await readFile(path, 'utf8'))) return true;
  }
  return false;
}

/** Every `node_modules` folder from `folder` up to the root, nearest first. */
async function nodeModulesAbove(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules');
    if (await stat(candidate).then((info) => info.isDirectory(), () => false)) found.push(candidate);
    if (dirname(at) === at) return found;
  }
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
    const built = (await stat(await wasmOf(join(pluginsDir, name)))).mtimeMs;
    return Math.max(kitChanged, await newestChange(join(pluginsDir, name, 'src'))) > built;
  } catch {
    return true;
  }
}

/** Writes the kit files generated from the core, touching only those whose text changed (builds go by dates). */
export async function writeGeneratedKit(): Promise<void> {
  for (const [path, text] of Object.entries(generatedKitFiles())) {
    const file = join(root, path);
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current !== text) {
      await writeFile(file, text);
      console.log(`plugins: generated ${path}`);
    }
  }
}

async function main(): Promise<void> {
  if (await generateKitErrors()) console.log('plugins: the kit\'s error codes changed');
  await writeGeneratedKit();
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
