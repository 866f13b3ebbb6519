// A temporary folder of plugin manifests (and their wasm) for tests of the plugin manager and of
// the server with chosen plugins.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { compileWat } from './fixture-plugins.js';

export class PluginFolder {
  private constructor(readonly path: string) {}

  static async create(): Promise<PluginFolder> {
    return new PluginFolder(await mkdtemp(join(tmpdir(), 'hearth-plugins-')));
  }

  /** Writes a manifest; `wasm:` in the YAML names a file in this folder. */
  async manifest(name: string, yaml: string): Promise<string> {
    const file = join(this.path, `${name}.yaml`);
    await writeFile(file, yaml);
    return file;
  }

  /** Compiles a WAT fixture into this folder under `name`. */
  async wat(fixture: string, name: string): Promise<void> {
    await writeFile(join(this.path, name), await compileWat(fixture));
  }

  /** Copies a built wasm file into this folder. */
  async copy(wasmPath: string, name = basename(wasmPath)): Promise<void> {
    await copyFile(wasmPath, join(this.path, name));
  }

  remove(): Promise<void> {
    return rm(this.path, { recursive: true, force: true });
  }
}

export function hostileManifest(name: string, commands: string[], extra = ''): string {
  return [
    `name: ${name}`,
    'version: 1.0.0', 'interface: 2',
    `description: Hostile fixture ${name}.`,
    'wasm: hostile.wasm',
    'timeout_ms: 300',
    'memory_pages: 64',
    'commands:',
    ...commands.map((command) => `  - { name: ${command}, description: "${command}", handler: ${command} }`),
    extra,
  ].join('\n');
}
