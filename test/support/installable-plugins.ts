// Plugin folders an admin could install (manifest.yaml beside its wasm), for end-to-end tests of
// installing, upgrading, configuring and removing plugins: the bundled communication plugin's
// module under a name, command and version of the test's choosing, and broken upgrades of it.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileWat } from './fixture-plugins.js';

const COMMUNICATION_WASM = fileURLToPath(new URL('../../plugins/communication/build/communication.wasm', import.meta.url));

/** What goes into an installable folder's wasm file. */
export type InstallableWasm =
  /** The bundled communication plugin's module, whose `cmd_pose` handler the command uses. */
  | 'pose'
  /** A module whose start function traps: it passes validation but can never start. */
  | 'start-traps'
  /** Bytes that are not WebAssembly at all. */
  | 'corrupt';

export interface InstallableOptions {
  name: string;
  version?: string;
  wasm?: InstallableWasm;
  /** The export the command's handler names; defaults to the one the wasm really exports. */
  handler?: string;
}

/** A temporary folder holding installable plugin folders, removed with `remove()`. */
export class InstallableSources {
  private constructor(readonly path: string) {}

  static async create(): Promise<InstallableSources> {
    return new InstallableSources(await mkdtemp(join(tmpdir(), 'hearth-installable-')));
  }

  /**
   * Writes `<name>-<version>/` with manifest.yaml and `<name>.wasm` and returns the folder. The
   * plugin has one command, named like the plugin, that poses: `lantern glows.` shows everyone in
   * the room `Alice glows.`. It declares one setting, `colour`.
   */
  async write(options: InstallableOptions): Promise<string> {
    const version = options.version ?? '1.0.0';
    const wasm = options.wasm ?? 'pose';
    const folder = join(this.path, `${options.name}-${version}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${options.name}.wasm`), await wasmBytes(wasm));
    await writeFile(join(folder, 'manifest.yaml'), installableManifest(options.name, version, options.handler ?? (wasm === 'start-traps' ? 'fine' : 'cmd_pose')));
    return folder;
  }

  remove(): Promise<void> {
    return rm(this.path, { recursive: true, force: true });
  }
}

export function installableManifest(name: string, version: string, handler: string): string {
  return [
    `name: ${name}`,
    `version: ${version}`, 'interface: 2',
    `description: The ${name} test plugin, installed by an admin.`,
    'priority: 150',
    `wasm: ${name}.wasm`,
    // The same capabilities as the communication plugin whose module it borrows (the speech lock reads objects).
    'capabilities: ["read:characters", "read:objects", "emit:location:*"]',
    'config:',
    '  colour: amber',
    'commands:',
    `  - { name: ${name}, pattern: "${name} <action>", description: Shows the room what you do., handler: ${handler} }`,
    '',
  ].join('\n');
}

async function wasmBytes(wasm: InstallableWasm): Promise<Uint8Array> {
  if (wasm === 'pose') return readFile(COMMUNICATION_WASM);
  if (wasm === 'start-traps') return compileWat('init-fails.wat');
  return Buffer.from('this is not a WebAssembly module\n');
}
