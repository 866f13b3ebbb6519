// Where Hearth's own files are: the folder holding its package.json, found by walking up from this
// file, so paths to migrations, manifests and the web client hold whether Hearth runs from its
// TypeScript sources or from the compiled copy in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Hearth's npm package name. Scoped, so npm never mistakes it for the unrelated `hearth` package
 * on the registry; plugin folders depend on it by a relative `file:` path, and its `hearth` bin is
 * the CLI.
 */
export const HEARTH_PACKAGE = '@hearth-mush/hearth';

function findRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === HEARTH_PACKAGE) return folder;
    if (dirname(folder) === folder) throw new Error(`Hearth's package.json was not found above ${from}`);
  }
}

export const HEARTH_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside Hearth's own folder. */
export function hearthPath(...parts: string[]): string {
  return join(HEARTH_ROOT, ...parts);
}
