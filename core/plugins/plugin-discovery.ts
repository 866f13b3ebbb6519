// Finding the plugins there are: installed ones (from the plugin store) and bundled ones (the
// plugin folders: each `<plugin>/manifest.yaml` in them, the layout `hearth plugin new` makes, and
// any `*.yaml` manifest lying directly in them), each manifest read afresh. Installed plugins come first, so an admin's
// install of a bundled plugin's name is an upgrade of it. A manifest that no longer reads keeps
// the plugin it used to describe on what was last read, with the reason kept apart.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Logger } from '../telemetry/logger.js';
import { type PluginManifest, parseManifest } from './manifest.js';
import { MANIFEST_FILE, type PluginStore } from './plugin-store.js';

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
        discovered.set(`(${unreadableLabel(file)})`, { file, error: reason, installed });
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
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isFile() && /\.ya?ml$/.test(entry.name)) files.push(join(dir, entry.name));
      else if (entry.isDirectory() && (await isFile(join(dir, entry.name, MANIFEST_FILE)))) files.push(join(dir, entry.name, MANIFEST_FILE));
    }
  }
  return files;
}

/** `broken.yaml`, or `lantern/manifest.yaml` for a plugin folder's manifest, so the folder is named. */
function unreadableLabel(file: string): string {
  return basename(file) === MANIFEST_FILE ? `${basename(dirname(file))}/${MANIFEST_FILE}` : basename(file);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}
