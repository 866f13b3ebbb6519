// Finds the plugins (bundled manifests, and installed ones, which take precedence), decides which
// run (enabled state and config in the database, dependencies, conflicts, load order), and swaps
// in a consistent snapshot for commands and events.
//
// Every change (start, enable, config, install, a file replaced on disk, a reload) builds a
// candidate set: unchanged plugins are kept as they run, changed ones are started afresh. A
// plugin whose new version cannot start (bad manifest, bad module, failed migration, trapping
// start) keeps its running version, and the reason is reported; then the whole set is swapped in
// at once. Calls already running finish on the instances they started on.
//
// Without a runtime (the `hearth` CLI beside a stopped server) it only reads and records: what is
// installed, enabled and configured, and the statuses the server last stored; changes take effect
// when the server next starts.
import { readFile } from 'node:fs/promises';
import semver from 'semver';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { plugins as pluginsTable } from '../db/schema.js';
import { HearthError } from '../errors.js';
import type { Logger } from '../telemetry/logger.js';
import type { EventDispatcher } from './event-dispatch.js';
import { resolveLoadOrder } from './load-order.js';
import { type Discovered, discoverPlugins } from './plugin-discovery.js';
import type { PluginManifest } from './manifest.js';
import { sha256 } from './module-cache.js';
import type { PluginStatus } from './plugin-health.js';
import type { LoadedPlugin, PluginHost } from './plugin-host.js';
import type { PluginReport } from './plugin-report.js';
import { applyPluginSchema } from './plugin-schema.js';
import { buildSnapshot, EMPTY_SNAPSHOT, type PluginSnapshot } from './plugin-snapshot.js';
import type { InstallResult, PluginStore } from './plugin-store.js';

export type { PluginReport } from './plugin-report.js';


interface PluginRecord {
  enabled: boolean;
  config: Record<string, string>;
}

export interface PluginManagerOptions {
  manifestDirs: string[];
  /** Where installed plugins live; null when installing is not offered (tests, tools). */
  store: PluginStore | null;
}

/** What runs plugins; absent when the manager only reads and records. */
export interface PluginRuntime {
  host: PluginHost;
  dispatcher: EventDispatcher;
}

export class PluginManager {
  snapshot: PluginSnapshot = EMPTY_SNAPSHOT;
  private discovered = new Map<string, Discovered>();
  private bundled = new Map<string, PluginManifest>();
  private notRunning = new Map<string, { status: PluginStatus; reason: string | null }>();
  /** Why the newest files of a still-running plugin could not replace it. */
  private readonly reloadErrors = new Map<string, string>();
  /**
   * Why a plugin's last upgrade was undone. Kept apart from reloadErrors, which a refresh clears
   * once the running files are on disk again (as they are after the undo, and the file watcher
   * refreshes right after every install), so @plugin/info still says why until the next change.
   */
  private readonly undoneUpgrades = new Map<string, string>();
  /** Why a running plugin's manifest, as it is on disk now, cannot be read; found afresh each time. */
  private manifestErrors = new Map<string, string>();
  private readonly fingerprints = new Map<string, string>();
  private readonly loading = new Set<string>();
  private records = new Map<string, PluginRecord>();
  /** Statuses as the server last stored them, for a manager without a runtime. */
  private stored = new Map<string, { status: PluginStatus; reason: string | null }>();
  private applying: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly runtime: PluginRuntime | null,
    private readonly logger: Logger,
    private readonly options: PluginManagerOptions,
  ) {}

  get store(): PluginStore | null {
    return this.options.store;
  }

  /** The folders whose files, when they change, call for a reload. */
  watchedPaths(): string[] {
    const wasmDirs = [...this.discovered.values()].flatMap((found) => (found.manifest ? [join(found.manifest.wasmPath, '..')] : []));
    return [...new Set([...this.options.manifestDirs, ...(this.store ? [this.store.root] : []), ...wasmDirs])];
  }

  /** Discovers and loads everything; one broken plugin never stops the others. */
  start(): Promise<void> {
    return this.serialize(() => this.refresh());
  }

  /** Reads every manifest again and applies what changed; `name` restarts that plugin even if unchanged. */
  async reload(name?: string): Promise<PluginReport[]> {
    if (name !== undefined) await this.reloadPlugin(name);
    else await this.serialize(() => this.refresh());
    return this.reports();
  }

  /**
   * Restarts one plugin from its files. An installed plugin whose source folder now holds another
   * build of it is installed again from there first, so rebuilding and reloading runs the new
   * build; a source that changed but cannot be installed leaves the installed copy running and
   * says why (the plugin's last error). `reinstalled` tells which happened.
   */
  reloadPlugin(name: string): Promise<{ report: PluginReport; reinstalled: InstallResult | null }> {
    return this.serialize(async () => {
      this.requireKnown(name);
      this.undoneUpgrades.delete(name);
      const installed = this.discovered.get(name)?.installed === true;
      const source = installed && this.store ? await this.store.compareWithSource(name) : ({ state: 'unknown' } as const);
      if (source.state === 'changed') {
        const { installed: reinstalled } = await this.reinstallFrom(name, source.from);
        if (reinstalled.changed) return { report: this.report(name)!, reinstalled };
      }
      await this.refresh(name);
      if (source.state === 'unusable') {
        const where = source.from.manifest ?? source.from.source;
        this.reloadErrors.set(
          name,
          `It runs its installed copy: ${where}, where it was installed from, changed but holds no build that can be installed (${source.reason}). Fix that, then reload it again or run hearth plugin install ${where}.`,
        );
        if (this.runtime) await this.persistStatuses();
      }
      return { report: this.report(name)!, reinstalled: null };
    });
  }

  /** The install a reload does when the source changed; a refusal keeps the installed copy running, and says so. */
  private async reinstallFrom(name: string, from: { source: string; manifest?: string }): Promise<{ installed: InstallResult; report: PluginReport }> {
    try {
      return await this.installNow(from.source, { manifest: from.manifest });
    } catch (error) {
      if (!(error instanceof HearthError)) throw error;
      throw new HearthError(
        error.code,
        `Plugin "${name}" was not reloaded: ${from.manifest ?? from.source}, where it was installed from, holds a new build that could not be installed, so the installed copy keeps running.\n${error.message}`,
      );
    }
  }

  /** Enables or disables a plugin, persists the choice and applies it at once. */
  setEnabled(name: string, enabled: boolean): Promise<PluginReport> {
    return this.serialize(async () => {
      const manifest = this.requireKnown(name);
      await this.db
        .insert(pluginsTable)
        .values({ name, version: manifest.version, enabled })
        .onConflictDoUpdate({ target: pluginsTable.name, set: { enabled } });
      await this.apply();
      return this.report(name)!;
    });
  }

  /** Sets one config value (a key the manifest declares), persists it, and restarts only that plugin. */
  setConfig(name: string, key: string, value: string): Promise<PluginReport> {
    return this.serialize(async () => {
      const manifest = this.requireKnown(name);
      if (!(key in manifest.config)) {
        const known = Object.keys(manifest.config);
        throw new HearthError(
          'E_PLUGIN_CONFIG',
          `Plugin "${name}" has no setting "${key.slice(0, 64)}"; ${known.length > 0 ? `its settings are ${known.join(', ')}` : 'it declares no settings'}.`,
        );
      }
      if (value.length > 4096) throw new HearthError('E_PLUGIN_CONFIG', 'A setting may be at most 4096 characters.');
      const config = { ...(this.records.get(name)?.config ?? {}), [key]: value };
      await this.db
        .insert(pluginsTable)
        .values({ name, version: manifest.version, config })
        .onConflictDoUpdate({ target: pluginsTable.name, set: { config } });
      await this.apply();
      return this.report(name)!;
    });
  }

  /**
   * Installs (or upgrades) a plugin from a folder or manifest; an identical re-install changes
   * nothing. The result says which bundled plugin it replaces and which commands it takes over or
   * yields, so the admin is told, not just the log. A bundled plugin is replaced only by a version
   * at least its own.
   */
  install(source: string, options: { manifest?: string } = {}): Promise<{ installed: InstallResult; report: PluginReport }> {
    return this.serialize(() => this.installNow(source, options));
  }

  private async installNow(source: string, options: { manifest?: string }): Promise<{ installed: InstallResult; report: PluginReport }> {
    const store = this.requireStore();
    const installed = await store.install(source, { ...options, accept: (manifest) => this.checkReplacement(manifest) });
    const bundled = this.bundled.get(installed.name);
    installed.replacesBundled = bundled ? `${bundled.name} ${bundled.version}` : null;
    if (!installed.changed) return { installed: this.withCommandClaims(installed), report: this.report(installed.name)! };
    this.undoneUpgrades.delete(installed.name);
    const wasRunning = this.runtime?.host.get(installed.name) !== undefined;
    await this.refresh();
    const failure = this.reloadErrors.get(installed.name) ?? (wasRunning ? this.refusalOf(installed.name) : undefined);
    if (failure && installed.previousVersion) {
      // An upgrade that cannot start is not left to be tried again at the next start.
      await store.restore(installed.name, installed.previousVersion, installed.version);
      await this.refresh();
      this.undoneUpgrades.set(installed.name, failure);
      await this.persistStatuses();
      throw new HearthError('E_PLUGIN_UPGRADE', `${failure.replace(/\.?$/, '.')} The install was undone.`);
    }
    const claimed = this.withCommandClaims(installed);
    if (claimed.replacesBundled || (claimed.takesOver ?? []).length > 0) {
      this.logger.warn({ plugin: installed.name, replacesBundled: claimed.replacesBundled, takesOver: claimed.takesOver }, 'an installed plugin replaces or overrides bundled behaviour');
    }
    return { installed: claimed, report: this.report(installed.name)! };
  }

  /** Refuses to replace a bundled plugin with an older version of it. */
  private checkReplacement(manifest: PluginManifest): void {
    const bundled = this.bundled.get(manifest.name);
    if (bundled && semver.lt(manifest.version, bundled.version)) {
      throw new HearthError(
        'E_PLUGIN_INSTALL',
        `Plugin "${manifest.name}" comes with Hearth at version ${bundled.version}; installing ${manifest.version} would replace it with an older one. Install version ${bundled.version} or later, or give the plugin another name.`,
      );
    }
  }

  /** The install result with the commands the plugin won and lost in the running registry. */
  private withCommandClaims(installed: InstallResult): InstallResult {
    const takeovers = this.snapshot.registry.takeovers;
    return {
      ...installed,
      takesOver: takeovers.filter((entry) => entry.winner === installed.name).map((entry) => `${entry.word} (from ${entry.loser})`),
      yields: takeovers.filter((entry) => entry.loser === installed.name).map((entry) => `${entry.word} (kept by ${entry.winner})`),
    };
  }

  /** Why an enabled plugin is not running after the last apply (refused by load order, say). */
  private refusalOf(name: string): string | undefined {
    const stopped = this.notRunning.get(name);
    if (!stopped || stopped.status !== 'error') return undefined;
    const version = this.discovered.get(name)?.manifest?.version ?? 'the new version';
    return `Version ${version} could not be loaded: ${stopped.reason ?? 'no reason was given'}`;
  }

  /** Removes an installed plugin (bundled ones can only be disabled). Its tables and data stay. */
  remove(name: string): Promise<void> {
    return this.serialize(async () => {
      const found = this.discovered.get(name);
      if (!found?.manifest) throw new HearthError('E_PLUGIN_UNKNOWN', `No plugin is called "${name.slice(0, 64)}".`);
      if (!found.installed) throw new HearthError('E_PLUGIN_BUNDLED', `Plugin "${name}" comes with Hearth and cannot be removed; disable it instead.`);
      await this.requireStore().remove(name);
      await this.db.delete(pluginsTable).where(eq(pluginsTable.name, name));
      await this.refresh();
    });
  }

  reports(): PluginReport[] {
    return [...this.discovered.keys()].sort().map((name) => this.report(name)!);
  }

  report(name: string): PluginReport | undefined {
    const found = this.discovered.get(name);
    if (!found) return undefined;
    const manifest = found.manifest;
    const loaded = this.runtime?.host.get(name);
    const record = this.records.get(name);
    const enabled = record?.enabled ?? manifest?.enabledByDefault ?? false;
    const stopped = this.notRunning.get(name) ?? (this.runtime || !manifest ? undefined : this.recordedStatus(name, enabled));
    const running = loaded && !stopped ? loaded : undefined;
    const status: PluginStatus = this.loading.has(name) ? 'loading' : running ? running.health.status : (stopped?.status ?? 'error');
    return {
      name,
      version: running?.manifest.version ?? manifest?.version ?? null,
      description: manifest?.description ?? '',
      priority: manifest?.priority ?? null,
      enabled,
      status,
      lastError: this.manifestErrors.get(name) ?? this.reloadErrors.get(name) ?? this.undoneUpgrades.get(name) ?? stopped?.reason ?? running?.health.lastError ?? found.error ?? null,
      crashCount: running?.health.crashCount ?? 0,
      nextRetryAt: running?.health.nextRetryAt?.toISOString() ?? null,
      calls: running?.stats.calls ?? 0,
      errors: running?.stats.errors ?? 0,
      p50Ms: running?.stats.percentileMs(50) ?? 0,
      p99Ms: running?.stats.percentileMs(99) ?? 0,
      commands: (running?.manifest ?? manifest)?.commands.map((command) => command.name) ?? [],
      config: { ...(manifest?.config ?? {}), ...(record?.config ?? {}) },
      source: found.installed ? 'installed' : 'bundled',
      file: found.file,
    };
  }

  /**
   * Without a runtime: the status the server last stored, unless a change since (an install, an
   * enable) means the next start will load a plugin it never ran or had switched off.
   */
  private recordedStatus(name: string, enabled: boolean): { status: PluginStatus; reason: string | null } {
    if (!enabled) return { status: 'disabled', reason: null };
    const stored = this.stored.get(name);
    return stored && stored.status !== 'disabled' ? stored : { status: 'loading', reason: null };
  }

  async close(): Promise<void> {
    await this.applying;
    this.snapshot = EMPTY_SNAPSHOT;
    this.runtime?.dispatcher.setSubscriptions([]);
    await this.runtime?.host.close();
  }

  private requireKnown(name: string): PluginManifest {
    const manifest = this.discovered.get(name)?.manifest;
    if (!manifest) throw new HearthError('E_PLUGIN_UNKNOWN', `No plugin is called "${name.slice(0, 64)}".`);
    return manifest;
  }

  private requireStore(): PluginStore {
    if (!this.store) throw new HearthError('E_PLUGIN_INSTALL', 'This server has no plugin folder to install into.');
    return this.store;
  }

  private async refresh(restart?: string): Promise<void> {
    await this.discover();
    await this.apply(restart);
  }

  private async discover(): Promise<void> {
    const { discovered, manifestErrors, bundled } = await discoverPlugins({ store: this.store, manifestDirs: this.options.manifestDirs }, this.discovered, this.logger);
    this.discovered = discovered;
    this.manifestErrors = manifestErrors;
    this.bundled = bundled;
  }

  private async apply(restart?: string): Promise<void> {
    this.records = await this.loadRecords();
    if (!this.runtime) {
      this.stored = await this.loadStoredStatuses();
      return;
    }
    const { host, dispatcher } = this.runtime;
    const notRunning = new Map<string, { status: PluginStatus; reason: string | null }>();
    const manifests = [...this.discovered.values()].flatMap((found) => (found.manifest ? [found.manifest] : []));
    const enabled = manifests.filter((manifest) => this.records.get(manifest.name)?.enabled ?? manifest.enabledByDefault);
    for (const manifest of manifests) if (!enabled.includes(manifest)) notRunning.set(manifest.name, { status: 'disabled', reason: null });
    for (const [name, found] of this.discovered) if (found.error) notRunning.set(name, { status: 'error', reason: found.error });

    const { order, rejected } = resolveLoadOrder(enabled);
    for (const { name, error } of rejected) {
      notRunning.set(name, { status: 'error', reason: error.message });
      this.logger.error({ plugin: name, code: error.code }, error.message);
    }
    const byName = new Map(enabled.map((manifest) => [manifest.name, manifest]));
    const next: LoadedPlugin[] = [];
    const started: LoadedPlugin[] = [];
    const fingerprints = new Map<string, string>();
    try {
      for (const name of order) {
        const manifest = byName.get(name)!;
        const missing = manifest.depends.find((dependency) => !next.some((loaded) => loaded.manifest.name === dependency.name));
        if (missing) {
          notRunning.set(name, { status: 'error', reason: `Its dependency "${missing.name}" failed to load.` });
          continue;
        }
        const configured = { ...manifest, config: { ...manifest.config, ...(this.records.get(name)?.config ?? {}) } };
        const outcome = await this.candidate(configured, name === restart);
        if (outcome.loaded) {
          next.push(outcome.loaded);
          fingerprints.set(name, outcome.fingerprint);
          if (outcome.fresh) started.push(outcome.loaded);
        } else {
          notRunning.set(name, { status: 'error', reason: outcome.reason });
        }
      }
    } catch (error) {
      for (const loaded of started) host.discard(loaded);
      throw error;
    }

    // The swap: commands and events see the whole new set from here on, never a mix.
    const bundled = new Set([...this.discovered].filter(([, found]) => !found.installed).map(([name]) => name));
    const snapshot = buildSnapshot(
      next.map((loaded) => loaded.manifest),
      bundled,
    );
    for (const warning of [...snapshot.registry.warnings, ...snapshot.attributes.warnings]) this.logger.warn(warning);
    host.swap(next);
    this.snapshot = snapshot;
    dispatcher.setSubscriptions(snapshot.subscriptions);
    this.notRunning = notRunning;
    this.fingerprints.clear();
    for (const [name, fingerprint] of fingerprints) this.fingerprints.set(name, fingerprint);
    for (const errors of [this.reloadErrors, this.undoneUpgrades]) {
      for (const name of errors.keys()) if (!this.discovered.has(name) || notRunning.has(name)) errors.delete(name);
    }
    await this.persistStatuses();
  }

  /**
   * The instance a plugin should run as: the running one when nothing changed, a fresh one when
   * something did, or the running one again (with the reason kept) when the fresh one fails.
   */
  private async candidate(
    manifest: PluginManifest,
    forceRestart: boolean,
  ): Promise<{ loaded: LoadedPlugin; fingerprint: string; fresh: boolean } | { loaded: null; reason: string }> {
    const host = this.runtime!.host;
    const current = host.get(manifest.name);
    let wasm: Uint8Array;
    try {
      wasm = await readFile(manifest.wasmPath);
    } catch {
      return this.fallBack(current, manifest, `Its wasm file ${manifest.wasmPath} is missing; build the plugin first.`);
    }
    const fingerprint = `${sha256(wasm)}:${JSON.stringify(manifest)}`;
    if (current && this.fingerprints.get(manifest.name) === fingerprint && !forceRestart) {
      // What is on disk is what runs: an earlier failed attempt no longer applies.
      this.reloadErrors.delete(manifest.name);
      return { loaded: current, fingerprint, fresh: false };
    }
    this.loading.add(manifest.name);
    try {
      const migrated = await applyPluginSchema(this.db, manifest);
      if (migrated.length > 0) this.logger.info({ plugin: manifest.name, steps: migrated }, 'plugin tables migrated');
      const loaded = await host.prepare(manifest, wasm);
      this.reloadErrors.delete(manifest.name);
      this.logger.info({ plugin: manifest.name, version: manifest.version }, current ? 'plugin reloaded' : 'plugin loaded');
      return { loaded, fingerprint, fresh: true };
    } catch (error) {
      this.logger.error({ plugin: manifest.name, err: error }, 'plugin failed to load');
      return this.fallBack(current, manifest, error instanceof Error ? error.message : String(error));
    } finally {
      this.loading.delete(manifest.name);
    }
  }

  private fallBack(current: LoadedPlugin | undefined, manifest: PluginManifest, reason: string): { loaded: LoadedPlugin; fingerprint: string; fresh: false } | { loaded: null; reason: string } {
    if (!current) return { loaded: null, reason };
    const kept = current.manifest.version;
    this.reloadErrors.set(manifest.name, `Version ${manifest.version} could not be loaded, so ${kept} keeps running: ${reason}`);
    return { loaded: current, fingerprint: this.fingerprints.get(manifest.name) ?? '', fresh: false };
  }

  private async loadRecords(): Promise<Map<string, PluginRecord>> {
    const rows = await this.db.select().from(pluginsTable);
    return new Map(rows.map((row) => [row.name, { enabled: row.enabled, config: row.config }]));
  }

  private async loadStoredStatuses(): Promise<Map<string, { status: PluginStatus; reason: string | null }>> {
    const rows = await this.db.select().from(pluginsTable);
    return new Map(rows.map((row) => [row.name, { status: row.status, reason: row.lastError }]));
  }

  private async persistStatuses(): Promise<void> {
    for (const [name, found] of this.discovered) {
      if (!found.manifest) continue;
      const report = this.report(name)!;
      const wasm = this.runtime?.host.get(name)?.manifest.wasmPath;
      const digest = wasm ? sha256(await readFile(wasm).catch(() => new Uint8Array())) : null;
      await this.db
        .insert(pluginsTable)
        .values({ name, version: report.version ?? found.manifest.version, status: report.status, lastError: report.lastError, enabled: report.enabled, sha256: digest })
        .onConflictDoUpdate({
          target: pluginsTable.name,
          set: { version: report.version ?? found.manifest.version, status: report.status, lastError: report.lastError, sha256: digest },
        });
    }
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const result = this.applying.then(work);
    this.applying = result.catch(() => undefined);
    return result;
  }
}
