// The dry run: everything Hearth would refuse about a plugin, found without running any of it.
// The manifest is parsed and checked, the wasm compiled (never instantiated: no start function
// runs) and compared with the manifest. Every problem is reported, not just the first, so an
// author can fix them in one go. `hearth plugin validate` prints this.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { HearthError, ManifestInvalidError, PluginModuleInvalidError } from '../errors.js';
import { type PluginManifest, readManifest } from './manifest.js';
import { moduleProblems } from './module-check.js';
import { compileFailureReason } from './wasm-compile-failure.js';

export interface ValidationReport {
  manifestFile: string;
  /** Null when the manifest itself could not be read or parsed. */
  manifest: PluginManifest | null;
  problems: HearthError[];
}

/** `wasmFile`, when given, stands in for the file the manifest names (`install x.wasm --manifest m.yaml`). */
export async function validatePlugin(manifestFile: string, wasmFile?: string): Promise<ValidationReport> {
  let manifest: PluginManifest;
  try {
    const read = readManifest(await readFile(manifestFile, 'utf8'), manifestFile);
    if (!read.manifest) return { manifestFile, manifest: null, problems: read.problems };
    manifest = wasmFile === undefined ? read.manifest : { ...read.manifest, wasmPath: resolve(wasmFile) };
  } catch (error) {
    return { manifestFile, manifest: null, problems: [asHearthError(error, manifestFile)] };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(manifest.wasmPath);
  } catch {
    return { manifestFile, manifest, problems: [new PluginModuleInvalidError(manifest.wasmPath, 'the file cannot be read; build the plugin first')] };
  }
  let module: WebAssembly.Module;
  try {
    module = await WebAssembly.compile(new Uint8Array(bytes));
  } catch (error) {
    return { manifestFile, manifest, problems: [new PluginModuleInvalidError(manifest.wasmPath, compileFailureReason(bytes, error))] };
  }
  return { manifestFile, manifest, problems: moduleProblems(manifest, module) };
}

function asHearthError(error: unknown, file: string): HearthError {
  if (error instanceof HearthError) return error;
  return new ManifestInvalidError(file, '', `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
}
