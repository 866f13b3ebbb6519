// Finds the plugins (manifests in the manifest folders), decides which run (enabled state in the
// database, dependencies, conflicts, load order), loads them through the host, and publishes a
// consistent snapshot for commands and events. Applying again after a change reuses every plugin
// whose files, manifest and config are unchanged.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../db/database.js';
import { plugins as pluginsTable } from '../db/schema.js';
import { HearthError } from '../errors.js';
import type { Logger } from '../telemetry/logger.js';
import type { EventDispatcher } from './event-dispatch.js';
import { resolveLoadOrder } from './load-order.js';
import { type PluginManifest, parseManifest } from './manifest.js';
import { sha256 } from './module-cache.js';
import type { PluginStatus } from './plugin-health.js';
import type { PluginReport } from './plugin-report.js';
import type { PluginHost } from './plugin-host.js';
import { applyPluginSchema } from './plugin-schema.js';
import { buildSnapshot, EMPTY_SNAPSHOT, type PluginSnapshot } from './plugin-snapshot.js';

export type { PluginReport } from './plugin-report.js';


interface Discovered {
  file: string;
  manifest?: PluginManifest;
  error?: string;
}

interface PluginRecord {
  enabled: boolean;
  config: Record<string, string>;
}

export class PluginManager {
  snapshot: PluginSnapshot = EMPTY_SNAPSHOT;
  private discovered = new Map<string, Discovered>();
  private readonly notRunning = new Map<string, { status: PluginStatus; reason: string | null }>();
  private readonly fingerprints = new Map<string, string>();
  private records = new Map<string, PluginRecord>();
  private applying: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly host: PluginHost,
    private readonly dispatcher: EventDispatcher,
    private readonly logger: Logger,
    private readonly manifestDirs: string[],
  ) {}

  /** Discovers and loads everything; one broken plugin never stops the others. */
  start(): Promise<void> {
    return this.serialize(async () => {
      await this.discover();
      await this.apply();
    });
  }

  /** Enables or disables a plugin, persists the choice and applies it at once. */
  setEnabled(name: string, enabled: boolean): Promise<PluginReport> {
    return this.serialize(async () => {
      const found = this.discovered.get(name);
      if (!found?.manifest) throw new HearthError('E_PLUGIN_UNKNOWN', `No plugin is called "${name.slice(0, 64)}".`);
      await this.db
        .insert(pluginsTable)
        .values({ name, version: found.manifest.version, enabled })
        .onConflictDoUpdate({ target: pluginsTable.name, set: { enabled } });
      await this.apply();
      return this.report(name)!;
    });
  }

  reports(): PluginReport[] {
    return [...this.discovered.keys()].sort().map((name) => this.report(name)!);
  }

  report(name: string): PluginReport | undefined {
    const found = this.discovered.get(name);
    if (!found) return undefined;
    const manifest = found.manifest;
    const loaded = this.host.get(name);
    const record = this.records.get(name);
    const stopped = this.notRunning.get(name);
    return {
      name,
      version: manifest?.version ?? null,
      description: manifest?.description ?? '',
      priority: manifest?.priority ?? null,
      enabled: record?.enabled ?? manifest?.enabledByDefault ?? false,
      status: loaded && !stopped ? loaded.health.status : (stopped?.status ?? 'error'),
      lastError: stopped?.reason ?? loaded?.health.lastError ?? found.error ?? null,
      crashCount: loaded?.health.crashCount ?? 0,
      nextRetryAt: loaded?.health.nextRetryAt?.toISOString() ?? null,
      calls: loaded?.stats.calls ?? 0,
      errors: loaded?.stats.errors ?? 0,
      p50Ms: loaded?.stats.percentileMs(50) ?? 0,
      p99Ms: loaded?.stats.percentileMs(99) ?? 0,
      commands: manifest?.commands.map((command) => command.name) ?? [],
      file: found.file,
    };
  }

  async close(): Promise<void> {
    await this.applying;
    this.snapshot = EMPTY_SNAPSHOT;
    this.dispatcher.setSubscriptions([]);
    await this.host.close();
  }

  private async discover(): Promise<void> {
    const discovered = new Map<string, Discovered>();
    for (const dir of this.manifestDirs) {
      let files: string[];
      try {
        files = (await readdir(dir)).filter((file) => /\.ya?ml$/.test(file)).sort();
      } catch {
        continue;
      }
      for (const file of files) {
        const path = join(dir, file);
        try {
          const manifest = parseManifest(await readFile(path, 'utf8'), path);
          if (discovered.has(manifest.name)) {
            this.logger.error({ file: path, plugin: manifest.name }, 'plugin declared twice; keeping the first');
            continue;
          }
          discovered.set(manifest.name, { file: path, manifest });
        } catch (error) {
          const name = `(${file})`;
          discovered.set(name, { file: path, error: error instanceof Error ? error.message : String(error) });
          this.logger.error({ file: path, err: error }, 'plugin manifest rejected');
        }
      }
    }
    this.discovered = discovered;
  }

  private async apply(): Promise<void> {
    this.records = await this.loadRecords();
    this.notRunning.clear();
    const manifests = [...this.discovered.values()].flatMap((found) => (found.manifest ? [found.manifest] : []));
    const enabled = manifests.filter((manifest) => this.records.get(manifest.name)?.enabled ?? manifest.enabledByDefault);
    for (const manifest of manifests) {
      if (!enabled.includes(manifest)) this.notRunning.set(manifest.name, { status: 'disabled', reason: null });
    }
    for (const [name, found] of this.discovered) if (found.error) this.notRunning.set(name, { status: 'error', reason: found.error });

    const { order, rejected } = resolveLoadOrder(enabled);
    for (const { name, error } of rejected) {
      this.notRunning.set(name, { status: 'error', reason: error.message });
      this.logger.error({ plugin: name, code: error.code }, error.message);
    }
    const running: PluginManifest[] = [];
    const byName = new Map(enabled.map((manifest) => [manifest.name, manifest]));
    for (const name of order) {
      const manifest = byName.get(name)!;
      const missing = manifest.depends.find((dependency) => !running.some((loaded) => loaded.name === dependency.name));
      if (missing) {
        this.notRunning.set(name, { status: 'error', reason: `Its dependency "${missing.name}" failed to load.` });
        continue;
      }
      const configured = { ...manifest, config: { ...manifest.config, ...(this.records.get(name)?.config ?? {}) } };
      if (await this.ensureLoaded(configured)) running.push(configured);
    }
    const runningNames = new Set(running.map((manifest) => manifest.name));
    const snapshot = buildSnapshot(running);
    for (const warning of snapshot.registry.warnings) this.logger.warn(warning);
    this.snapshot = snapshot;
    this.dispatcher.setSubscriptions(snapshot.subscriptions);
    for (const loaded of this.host.list()) {
      if (!runningNames.has(loaded.manifest.name)) {
        this.fingerprints.delete(loaded.manifest.name);
        await this.host.unload(loaded.manifest.name);
      }
    }
    await this.persistStatuses();
  }

  /** Loads (or keeps) one plugin; false when it could not be loaded. */
  private async ensureLoaded(manifest: PluginManifest): Promise<boolean> {
    try {
      const wasm = await readFile(manifest.wasmPath);
      const fingerprint = `${sha256(wasm)}:${JSON.stringify(manifest)}`;
      if (this.host.get(manifest.name) && this.fingerprints.get(manifest.name) === fingerprint) return true;
      const migrated = await applyPluginSchema(this.db, manifest);
      if (migrated.length > 0) this.logger.info({ plugin: manifest.name, steps: migrated }, 'plugin tables migrated');
      await this.host.load(manifest, wasm);
      this.fingerprints.set(manifest.name, fingerprint);
      this.logger.info({ plugin: manifest.name, version: manifest.version }, 'plugin loaded');
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.notRunning.set(manifest.name, { status: 'error', reason: reason.startsWith('ENOENT') ? `Its wasm file ${manifest.wasmPath} is missing; build the plugin first.` : reason });
      this.logger.error({ plugin: manifest.name, err: error }, 'plugin failed to load');
      return false;
    }
  }

  private async loadRecords(): Promise<Map<string, PluginRecord>> {
    const rows = await this.db.select().from(pluginsTable);
    return new Map(rows.map((row) => [row.name, { enabled: row.enabled, config: row.config }]));
  }

  private async persistStatuses(): Promise<void> {
    for (const [name, found] of this.discovered) {
      if (!found.manifest) continue;
      const report = this.report(name)!;
      await this.db
        .insert(pluginsTable)
        .values({ name, version: found.manifest.version, status: report.status, lastError: report.lastError, enabled: report.enabled })
        .onConflictDoUpdate({
          target: pluginsTable.name,
          set: { version: found.manifest.version, status: report.status, lastError: report.lastError },
        });
    }
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const result = this.applying.then(work);
    this.applying = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

