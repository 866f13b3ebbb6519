// Builds the test fixture plugins: WAT modules through the wabt package, AssemblyScript ones
// through the same build as the bundled plugins (cached by modification time).
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import wabtFactory from 'wabt';
import { buildPlugin } from '../../scripts/build-plugins.js';

export const FIXTURES_DIR = 'test/fixtures/plugins';

export async function compileWat(file: string): Promise<Uint8Array> {
  const wabt = await wabtFactory();
  const module = wabt.parseWat(file, await readFile(join(FIXTURES_DIR, file), 'utf8'));
  try {
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

/** Builds (if stale) an AssemblyScript fixture plugin and returns its wasm path. */
export async function buildFixturePlugin(name: string): Promise<string> {
  const output = join(FIXTURES_DIR, name, 'build', `${name}.wasm`);
  const source = join(FIXTURES_DIR, name, 'src', 'index.ts');
  const built = await stat(output).then((info) => info.mtimeMs, () => 0);
  if (built < (await stat(source)).mtimeMs) {
    await mkdir(join(FIXTURES_DIR, name, 'build'), { recursive: true });
    await buildPlugin(name, FIXTURES_DIR);
  }
  return output;
}
