// Where an installed plugin came from, and whether that source now holds another build. An
// install copies the plugin into the plugin folder, so rebuilding its source changes nothing that
// runs; the store notes the source beside the copy (`installed-from.json`), and a reload compares
// the two, so it can pick up the new build or say plainly why it cannot.
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { readManifest } from './manifest.js';

export const SOURCE_RECORD_FILE = 'installed-from.json';

/** What an install was given: a folder or manifest, or a wasm file and its manifest. */
export interface PluginSource {
  source: string;
  manifest?: string;
}

export type SourceComparison =
  /** No source is recorded (an install by an older Hearth, a restored backup), or it is gone. */
  | { state: 'unknown' }
  /** The source holds exactly the installed files. */
  | { state: 'same'; from: PluginSource }
  /** The source holds another build of this plugin, which an install would pick up. */
  | { state: 'changed'; from: PluginSource }
  /** The source changed but holds no installable build of this plugin; `reason` says why. */
  | { state: 'unusable'; from: PluginSource; reason: string };

/** The manifest text as installed: `wasm:` names the copied file, comments and layout kept. */
export function installedManifestText(text: string, name: string): string {
  const document = parseDocument(text);
  document.set('wasm', `${name}.wasm`);
  return document.toString();
}

export function wasmDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Notes where the copy in `directory` came from (rewritten only when it differs). */
export async function recordSource(directory: string, from: PluginSource): Promise<void> {
  const text = `${JSON.stringify(from)}\n`;
  const file = join(directory, SOURCE_RECORD_FILE);
  if ((await readFile(file, 'utf8').catch(() => null)) !== text) await writeFile(file, text);
}

/** Compares the installed copy in `directory` (of plugin `name`) with the source it came from. */
export async function compareWithSource(directory: string, name: string): Promise<SourceComparison> {
  const from = await readSourceRecord(directory);
  if (!from) return { state: 'unknown' };
  const manifestFile = from.manifest ?? ((await isFolder(from.source)) ? join(from.source, 'manifest.yaml') : from.source);
  const text = await readFile(manifestFile, 'utf8').catch(() => null);
  if (text === null) return { state: 'unknown' };
  const installedText = await readFile(join(directory, 'manifest.yaml'), 'utf8').catch(() => '');
  const installedDigest = (await readFile(join(directory, 'sha256'), 'utf8').catch(() => '')).trim();
  const { manifest, problems } = readManifest(text, manifestFile);
  if (!manifest) return { state: 'unusable', from, reason: problems.map((problem) => problem.message).join('; ') };
  if (manifest.name !== name) return { state: 'unusable', from, reason: `${basename(manifestFile)} there now describes the plugin "${manifest.name}"` };
  const wasmFile = from.manifest ? from.source : manifest.wasmPath;
  const wasm = await readFile(wasmFile).catch(() => null);
  if (wasm === null) return { state: 'unusable', from, reason: `its wasm ${wasmFile} is missing; build it first` };
  const same = wasmDigest(wasm) === installedDigest && installedManifestText(text, manifest.name) === installedText;
  return same ? { state: 'same', from } : { state: 'changed', from };
}

async function readSourceRecord(directory: string): Promise<PluginSource | null> {
  try {
    const record = JSON.parse(await readFile(join(directory, SOURCE_RECORD_FILE), 'utf8')) as Partial<PluginSource>;
    if (typeof record.source !== 'string') return null;
    return typeof record.manifest === 'string' ? { source: record.source, manifest: record.manifest } : { source: record.source };
  } catch {
    return null;
  }
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
