// What `hearth plugin ...` acts on: the running server, through its admin API, when one answers
// on the configured port; otherwise the database and plugin folder directly, whose changes the
// server applies when it next starts. Both answer in the same shapes.
import { openDatabase } from '../../core/db/database.js';
import { HearthError } from '../../core/errors.js';
import { PluginManager } from '../../core/plugins/plugin-manager.js';
import type { PluginReport } from '../../core/plugins/plugin-report.js';
import { PluginStore, type InstallResult } from '../../core/plugins/plugin-store.js';
import { silentLogger } from '../../core/telemetry/logger.js';
import type { HearthConfig } from '../config.js';
import { runningServerPid } from '../pid-file.js';
import { adminEndpoint, answers } from './admin-endpoint.js';

export interface PluginControl {
  /** Where the changes go: "the running server" or "the database (the server is not running)". */
  readonly target: string;
  list(): Promise<PluginReport[]>;
  info(name: string): Promise<PluginReport>;
  install(source: string, manifest?: string): Promise<{ installed: InstallResult; plugin: PluginReport }>;
  setEnabled(name: string, enabled: boolean): Promise<PluginReport>;
  reload(name: string): Promise<PluginReport>;
  setConfig(name: string, key: string, value: string): Promise<PluginReport>;
  remove(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function connectPluginControl(config: HearthConfig): Promise<PluginControl> {
  const { base, token } = await adminEndpoint(config);
  if (token && (await answers(base))) return new ApiPluginControl(base, token);
  const pid = await runningServerPid(config.dataDir);
  if (pid !== null) {
    throw new HearthError('E_SERVER_RUNNING', `A server (pid ${pid}) is running on this data folder but its admin API at ${base} did not answer; set HEARTH_HTTP_PORT and HEARTH_ADMIN_TOKEN to reach it.`);
  }
  return LocalPluginControl.open(config);
}

class ApiPluginControl implements PluginControl {
  readonly target = 'the running server';

  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

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

  async reload(name: string): Promise<PluginReport> {
    return (await this.request<{ plugin: PluginReport }>('POST', `/api/plugins/${encodeURIComponent(name)}/reload`)).plugin;
  }

  async setConfig(name: string, key: string, value: string): Promise<PluginReport> {
    return (await this.request<{ plugin: PluginReport }>('PUT', `/api/plugins/${encodeURIComponent(name)}/config`, { key, value })).plugin;
  }

  async remove(name: string): Promise<void> {
    await this.request('DELETE', `/api/plugins/${encodeURIComponent(name)}`);
  }

  async close(): Promise<void> {}

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as T & { error?: { code: string; message: string } };
    if (!response.ok) throw new HearthError(answer.error?.code ?? 'E_API', answer.error?.message ?? `The server answered ${response.status}.`);
    return answer;
  }
}

class LocalPluginControl implements PluginControl {
  readonly target = 'the database (the server is not running; it applies this when it starts)';

  private constructor(
    private readonly manager: PluginManager,
    private readonly closeDatabase: () => Promise<void>,
  ) {}

  static async open(config: HearthConfig): Promise<LocalPluginControl> {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    const manager = new PluginManager(database.db, null, silentLogger(), {
      manifestDirs: config.manifestDirs,
      store: config.pluginDir ? new PluginStore(config.pluginDir) : null,
    });
    await manager.start();
    return new LocalPluginControl(manager, () => database.close());
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

  async reload(name: string): Promise<PluginReport> {
    await this.manager.reload(name);
    return this.info(name);
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
