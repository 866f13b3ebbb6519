// Plugins an admin installed, kept under the data folder as `plugins/<name>/<version>/` with
// their manifest, their wasm, its sha256 and where they were installed from; `plugins/<name>/current` names the version in use.
// Installing validates first (nothing broken is ever copied in), writes the files, then moves
// `current` in one rename, so a server watching the folder never sees half an install.
import { mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { HearthError, PluginInstallError } from '../errors.js';
import { type PluginManifest, readManifest } from './manifest.js';
import { compareWithSource, installedManifestText, recordSource, type SourceComparison, wasmDigest } from './plugin-source.js';
import { validatePlugin } from './plugin-validation.js';

export const MANIFEST_FILE = 'manifest.yaml';
const CURRENT_FILE = 'current';

export interface InstallResult {
  name: string;
  version: string;
  sha256: string;
  /** False when exactly this version with exactly these files was already installed and current. */
  changed: boolean;
  directory: string;
  /** The version that was current before, if another one was. */
  previousVersion: string | null;
  /** The bundled plugin this one replaces (`help 1.0.0`), if any; set by the plugin manager. */
  replacesBundled?: string | null;
  /** Commands it now answers in another plugin's place (`say (from communication)`). */
  takesOver?: string[];
  /** Commands it declares that another plugin keeps (reserved, or higher precedence). */
  yields?: string[];
}

export class PluginStore {
  constructor(readonly root: string) {}

  /**
   * Installs from a folder holding `manifest.yaml` (and the wasm it names), or from a manifest
   * file, or from a wasm file with `manifest` naming its manifest. The wasm is checked against
   * the manifest before anything is copied.
   */
  /** `accept` sees the validated manifest before anything is written, and may refuse it by throwing. */
  async install(source: string, options: { manifest?: string; accept?: (manifest: PluginManifest) => void } = {}): Promise<InstallResult> {
    const fromWasm = /\.wasm$/.test(source);
    if (fromWasm && !options.manifest) {
      throw new PluginInstallError(source, [new HearthError('E_PLUGIN_SOURCE', 'A wasm file needs its manifest: --manifest <file.yaml>.')]);
    }
    const manifestFile = await manifestFileOf(resolve(fromWasm ? options.manifest! : source));
    if (!fromWasm) await refuseWasmOutsideFolder(source, manifestFile);
    const report = await validatePlugin(manifestFile, fromWasm ? source : undefined);
    if (report.problems.length > 0 || !report.manifest) throw new PluginInstallError(source, report.problems);
    const manifest = report.manifest;
    options.accept?.(manifest);
    const wasm = await readFile(manifest.wasmPath);
    const sha256 = wasmDigest(wasm);
    const manifestText = installedManifestText(await readFile(manifestFile, 'utf8'), manifest.name);
    const directory = join(this.root, manifest.name, manifest.version);
    const unchanged = (await this.fileText(join(directory, 'sha256'))) === sha256 && (await this.fileText(join(directory, MANIFEST_FILE))) === manifestText;
    if (!unchanged) {
      await rm(directory, { recursive: true, force: true });
      await mkdir(directory, { recursive: true });
      await writeFile(join(directory, `${manifest.name}.wasm`), wasm);
      await writeFile(join(directory, MANIFEST_FILE), manifestText);
      await writeFile(join(directory, 'sha256'), sha256);
    }
    await recordSource(directory, fromWasm ? { source: resolve(source), manifest: manifestFile } : { source: resolve(source) });
    const current = await this.currentVersion(manifest.name);
    const wasCurrent = current === manifest.version;
    if (!wasCurrent) await this.setCurrent(manifest.name, manifest.version);
    return { name: manifest.name, version: manifest.version, sha256, changed: !unchanged || !wasCurrent, directory, previousVersion: wasCurrent ? null : current };
  }

  /** Undoes an upgrade that could not start: `version` is current again and `failed` is deleted. */
  async restore(name: string, version: string, failed: string): Promise<void> {
    await this.setCurrent(name, version);
    if (failed !== version) await rm(join(this.root, name, failed), { recursive: true, force: true });
  }

  /** Removes every installed version of a plugin; false when none was installed. */
  async remove(name: string): Promise<boolean> {
    if (!/^[a-z][a-z0-9-]{1,31}$/.test(name)) return false;
    const directory = join(this.root, name);
    const existed = await stat(directory).then(() => true, () => false);
    await rm(directory, { recursive: true, force: true });
    return existed;
  }

  /** The manifest files of the current version of every installed plugin. */
  async manifestFiles(): Promise<string[]> {
    let names: string[];
    try {
      names = (await readdir(this.root, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    } catch {
      return [];
    }
    const files: string[] = [];
    for (const name of names.sort()) {
      const version = await this.currentVersion(name);
      if (version) files.push(join(this.root, name, version, MANIFEST_FILE));
    }
    return files;
  }

  /** How the current copy of `name` compares with the folder it was installed from. */
  async compareWithSource(name: string): Promise<SourceComparison> {
    const version = await this.currentVersion(name);
    return version ? compareWithSource(join(this.root, name, version), name) : { state: 'unknown' };
  }

  /** Whether a manifest file is one of this store's (installed) rather than bundled. */
  holds(manifest: PluginManifest): boolean {
    return resolve(manifest.file).startsWith(resolve(this.root) + '/');
  }

  async currentVersion(name: string): Promise<string | null> {
    const text = await this.fileText(join(this.root, name, CURRENT_FILE));
    return text === null ? null : text.trim();
  }

  private async setCurrent(name: string, version: string): Promise<void> {
    const pointer = join(this.root, name, CURRENT_FILE);
    await writeFile(`${pointer}.next`, version);
    await rename(`${pointer}.next`, pointer);
  }

  private async fileText(path: string): Promise<string | null> {
    return readFile(path, 'utf8').catch(() => null);
  }
}

async function manifestFileOf(source: string): Promise<string> {
  const info = await stat(source).catch(() => null);
  if (!info) throw new PluginInstallError(source, [new HearthError('E_PLUGIN_SOURCE', `${source} does not exist.`)]);
  if (info.isDirectory()) return join(source, MANIFEST_FILE);
  if (/\.ya?ml$/.test(basename(source))) return source;
  throw new PluginInstallError(source, [new HearthError('E_PLUGIN_SOURCE', 'Give a plugin folder (holding manifest.yaml) or its manifest file.')]);
}

/**
 * An install copies the plugin's folder, so the manifest's `wasm` must lie inside it (after
 * following links): `wasm: ../../etc/shadow` is refused before the file is opened. A wasm built
 * elsewhere is installed by naming it, with --manifest.
 */
async function refuseWasmOutsideFolder(source: string, manifestFile: string): Promise<void> {
  const read = readManifest(await readFile(manifestFile, 'utf8').catch(() => ''), manifestFile);
  // A manifest that cannot be read is reported, problem by problem, by the validation that follows.
  if (!read.manifest) return;
  const folder = await realpath(dirname(manifestFile));
  const wasm = await realpath(read.manifest.wasmPath).catch(() => read.manifest!.wasmPath);
  if (wasm.startsWith(folder + sep)) return;
  throw new PluginInstallError(source, [
    new HearthError('E_PLUGIN_SOURCE', "The manifest's wasm lies outside the plugin's folder; keep the .wasm file in the folder, or install it with --manifest."),
  ]);
}
