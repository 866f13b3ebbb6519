// Finding the plugins there are: installed ones (from the plugin store) and bundled ones (the
// manifest folders), each manifest read afresh. Installed plugins come first, so an admin's
// install of a bundled plugin's name is an upgrade of it. A manifest that no longer reads keeps
// the plugin it used to describe on what was last read, with the reason kept apart.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../telemetry/logger.js';
import { type PluginManifest, parseManifest } from './manifest.js';
import type { PluginStore } from './plugin-store.js';

export interface Discovered {
  file: string;
  manifest?: PluginManifest;
  error?: string;
  installed: boolean;
}

export interface Discovery {
  /** By plugin name; a manifest that never read is keyed by its file name in parentheses. */
  discovered: Map<string, Discovered>;
  /** Why a running plugin's manifest, as it is on disk now, cannot be read. */
  manifestErrors: Map<string, string>;
  /** Every bundled manifest that reads, by name, including those an installed plugin replaces. */
  bundled: Map<string, PluginManifest>;
}

export async function discoverPlugins(
  sources: { store: PluginStore | null; manifestDirs: string[] },
  previous: Map<string, Discovered>,
  logger: Logger,
): Promise<Discovery> {
  const discovered = new Map<string, Discovered>();
  const manifestErrors = new Map<string, string>();
  const bundled = new Map<string, PluginManifest>();
  const files = [
    ...(sources.store ? (await sources.store.manifestFiles()).map((file) => ({ file, installed: true })) : []),
    ...(await bundledManifestFiles(sources.manifestDirs)).map((file) => ({ file, installed: false })),
  ];
  for (const { file, installed } of files) {
    let manifest: PluginManifest;
    try {
      manifest = parseManifest(await readFile(file, 'utf8'), file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.error({ file, err: error }, 'plugin manifest rejected');
      const before = [...previous.values()].find((found) => found.file === file && found.manifest);
      if (before?.manifest && !discovered.has(before.manifest.name)) {
        discovered.set(before.manifest.name, before);
        manifestErrors.set(before.manifest.name, `Its manifest changed and no longer loads; the last good one stays in use. ${reason}`);
      } else {
        discovered.set(`(${file.split('/').pop()})`, { file, error: reason, installed });
      }
      continue;
    }
    if (!installed && !bundled.has(manifest.name)) bundled.set(manifest.name, manifest);
    if (discovered.has(manifest.name)) {
      if (!installed) logger.info({ file, plugin: manifest.name }, 'an installed version of this plugin takes precedence');
      else logger.error({ file, plugin: manifest.name }, 'plugin declared twice; keeping the first');
      continue;
    }
    discovered.set(manifest.name, { file, manifest, installed });
  }
  return { discovered, manifestErrors, bundled };
}

async function bundledManifestFiles(manifestDirs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const dir of manifestDirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    files.push(...names.filter((file) => /\.ya?ml$/.test(file)).sort().map((file) => join(dir, file)));
  }
  return files;
}
