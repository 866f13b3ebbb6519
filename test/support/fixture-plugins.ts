// Builds the test fixture plugins: WAT modules through the wabt package, AssemblyScript ones
// through the same build as the bundled plugins (cached by modification time).
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { wat } from './wat.js';
import { buildPlugin } from '../../scripts/build-plugins.js';

export const FIXTURES_DIR = 'test/fixtures/plugins';
const KIT_DIR = 'plugins/pdk';

async function newestIn(dir: string): Promise<number> {
  const entries = await readdir(dir);
  const times = await Promise.all(entries.map((entry) => stat(join(dir, entry)).then((info) => info.mtimeMs)));
  return Math.max(0, ...times);
}

export async function compileWat(file: string): Promise<Uint8Array> {
  return wat(await readFile(join(FIXTURES_DIR, file), 'utf8'));
}

/** Builds (if older than its source or the plugin kit) an AssemblyScript fixture plugin; returns its wasm path. */
export async function buildFixturePlugin(name: string): Promise<string> {
  const output = join(FIXTURES_DIR, name, 'build', `${name}.wasm`);
  const source = join(FIXTURES_DIR, name, 'src', 'index.ts');
  const built = await stat(output).then((info) => info.mtimeMs, () => 0);
  if (built < Math.max((await stat(source)).mtimeMs, await newestIn(KIT_DIR))) {
    await mkdir(join(FIXTURES_DIR, name, 'build'), { recursive: true });
    await buildPlugin(name, FIXTURES_DIR);
  }
  return output;
}
