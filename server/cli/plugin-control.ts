// What `hearth plugin ...` acts on: the running server, through its admin API, when one answers
// on the configured port; otherwise the database and plugin folder directly, whose changes the
// server applies when it next starts. Both answer in the same shapes; only the running server's
// statuses are live, so `live` tells the printing which it has.
import { openDatabase } from '../../core/db/database.js';
import { HearthError } from '../../core/errors.js';
import { PluginManager } from '../../core/plugins/plugin-manager.js';
import type { PluginReport } from '../../core/plugins/plugin-report.js';
import { PluginStore, type InstallResult } from '../../core/plugins/plugin-store.js';
import { silentLogger } from '../../core/telemetry/logger.js';
import type { HearthConfig } from '../config.js';
import { requireDatabase } from './data-folder.js';
import { adminEndpoint, findServerApi, requestServerApi, type ServerApi } from './server-api.js';

export interface PluginControl {
  /** Where the changes go: "the running server" or "the database (the server is not running)". */
  readonly target: string;
  /** True through a running server; false beside a stopped one, whose statuses are only what it last stored. */
  readonly live: boolean;
  /** Beside a stopped server: why it is taken to be stopped, and where its stored state is. */
  readonly offlineNote: string;
  list(): Promise<PluginReport[]>;
  info(name: string): Promise<PluginReport>;
  install(source: string, manifest?: string): Promise<{ installed: InstallResult; plugin: PluginReport }>;
  setEnabled(name: string, enabled: boolean): Promise<PluginReport>;
  reload(name: string): Promise<{ plugin: PluginReport; reinstalled: InstallResult | null }>;
  setConfig(name: string, key: string, value: string): Promise<PluginReport>;
  remove(name: string): Promise<void>;
  close(): Promise<void>;
}

/** `create`: beside a stopped server, make a new database where the config names one, if none is there. */
export async function connectPluginControl(config: HearthConfig, options: { create?: boolean } = {}): Promise<PluginControl> {
  const api = await findServerApi(config);
  if (api) return new ApiPluginControl(api);
  await requireDatabase(config, options.create === true);
  const { base } = await adminEndpoint(config);
  const stored = config.databaseUrl ? 'the database DATABASE_URL names' : config.dataDir;
  return LocalPluginControl.open(config, `The server is not running (no admin API answered at ${base}). Stored state in ${stored}:`);
}

class ApiPluginControl implements PluginControl {
  readonly target = 'the running server';
  readonly live = true;
  readonly offlineNote = '';

  constructor(private readonly api: ServerApi) {}

  async list(): Promise<PluginReport[]> {
    return (await this.request<{ plugins: PluginReport[] }>('GET', '/api/plugins')).plugins;
  }

  async info(name: string): Promise<PluginReport> {
    return (await this.request<{ plugin: PluginReport }>('GET', `/api/plugins/${encodeURIComponent(name)}`)).plugin;
  }

  install(source: string, manifest?: string): Promise<{ installed: InstallResult; plugin: PluginReport }> {
    return this.request('POST', '/api/plugins/install', { source, manifest });
  }

  async setEnabled(name: string, enabled: boolean): Promise<PluginReport> {
    return (await this.request<{ plugin: PluginReport }>('POST', `/api/plugins/${encodeURIComponent(name)}/${enabled ? 'enable' : 'disable'}`)).plugin;
  }

  async reload(name: string): Promise<{ plugin: PluginReport; reinstalled: InstallResult | null }> {
    const answer = await this.request<{ plugin: PluginReport; reinstalled?: InstallResult | null }>('POST', `/api/plugins/${encodeURIComponent(name)}/reload`);
    return { plugin: answer.plugin, reinstalled: answer.reinstalled ?? null };
  }

  async setConfig(name: string, key: string, value: string): Promise<PluginReport> {
    return (await this.request<{ plugin: PluginReport }>('PUT', `/api/plugins/${encodeURIComponent(name)}/config`, { key, value })).plugin;
  }

  async remove(name: string): Promise<void> {
    await this.request('DELETE', `/api/plugins/${encodeURIComponent(name)}`);
  }

  async close(): Promise<void> {}

  private request<T>(method: string, path: string, body?: unknown): Promise<T> {
    return requestServerApi<T>(this.api, method, path, body);
  }
}

class LocalPluginControl implements PluginControl {
  readonly target = 'the database (the server is not running; it applies this when it starts)';
  readonly live = false;

  private constructor(
    private readonly manager: PluginManager,
    private readonly closeDatabase: () => Promise<void>,
    readonly offlineNote: string,
  ) {}

  static async open(config: HearthConfig, offlineNote: string): Promise<LocalPluginControl> {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    const manager = new PluginManager(database.db, null, silentLogger(), {
      manifestDirs: config.manifestDirs,
      store: config.pluginDir ? new PluginStore(config.pluginDir) : null,
    });
    await manager.start();
    return new LocalPluginControl(manager, () => database.close(), offlineNote);
  }

  async list(): Promise<PluginReport[]> {
    return this.manager.reports();
  }

  async info(name: string): Promise<PluginReport> {
    const report = this.manager.report(name);
    if (!report) throw new HearthError('E_PLUGIN_UNKNOWN', `No plugin is called "${name.slice(0, 64)}".`);
    return report;
  }

  async install(source: string, manifest?: string): Promise<{ installed: InstallResult; plugin: PluginReport }> {
    const { installed, report } = await this.manager.install(source, { manifest });
    return { installed, plugin: report };
  }

  setEnabled(name: string, enabled: boolean): Promise<PluginReport> {
    return this.manager.setEnabled(name, enabled);
  }

  async reload(name: string): Promise<{ plugin: PluginReport; reinstalled: InstallResult | null }> {
    const { report, reinstalled } = await this.manager.reloadPlugin(name);
    return { plugin: report, reinstalled };
  }

  setConfig(name: string, key: string, value: string): Promise<PluginReport> {
    return this.manager.setConfig(name, key, value);
  }

  remove(name: string): Promise<void> {
    return this.manager.remove(name);
  }

  close(): Promise<void> {
    return this.closeDatabase();
  }
}
