// Reloads plugins when their files change on disk: manifests edited, a wasm rebuilt, a plugin
// installed by the CLI into the plugin folder. Changes come in bursts (a copy is many writes), so
// they are gathered for a moment and answered with one reload.
import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from '../telemetry/logger.js';

export const DEFAULT_DEBOUNCE_MS = 300;

export class PluginWatcher {
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | null = null;
  private watched = new Set<string>();
  private closed = false;

  constructor(
    private readonly onChange: () => Promise<unknown>,
    private readonly logger: Logger,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  /** Watches these folders (and what is below them); folders already watched are kept. */
  watch(paths: string[]): void {
    for (const path of paths) {
      if (this.closed || this.watched.has(path)) continue;
      try {
        const watcher = watch(path, { recursive: true, persistent: false }, () => this.changed());
        watcher.on('error', (error) => this.logger.warn({ err: error, path }, 'stopped watching a plugin folder'));
        this.watchers.push(watcher);
        this.watched.add(path);
      } catch {
        // A folder that does not exist yet (no plugin installed so far) is looked at again later.
      }
    }
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }

  private changed(): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onChange().catch((error: unknown) => this.logger.error({ err: error }, 'reloading plugins after a file change failed'));
    }, this.debounceMs);
    this.timer.unref();
  }
}
