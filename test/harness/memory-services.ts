// In-memory stand-ins for the host services the plugin harness does not run for real: channel
// listeners, and an admin port that records what admin plugins asked of the server.
import type { Role } from '../../core/auth/accounts.js';
import { HearthError } from '../../core/errors.js';
import type { AdminPort, CommandInfo, ServerStats, StreamListenersPort } from '../../core/plugins/host-services.js';
import type { PluginReport } from '../../core/plugins/plugin-report.js';
import type { InstallResult } from '../../core/plugins/plugin-store.js';
import type { MemoryWorld } from './memory-world.js';

export class MemoryListeners implements StreamListenersPort {
  private readonly pairs = new Set<string>();

  async listen(characterId: number, stream: string): Promise<boolean> {
    const key = `${characterId} ${stream}`;
    if (this.pairs.has(key)) return false;
    this.pairs.add(key);
    return true;
  }

  async unlisten(characterId: number, stream: string): Promise<boolean> {
    return this.pairs.delete(`${characterId} ${stream}`);
  }

  listenersOf(stream: string): number[] {
    return [...this.pairs].filter((key) => key.endsWith(` ${stream}`)).map((key) => Number(key.split(' ')[0]));
  }

  streamsOf(characterId: number): string[] {
    return [...this.pairs].filter((key) => key.startsWith(`${characterId} `)).map((key) => key.slice(key.indexOf(' ') + 1));
  }
}

/** Records boots, shutdowns, role and plugin changes; answers from the harness world. */
export class RecordingAdmin implements AdminPort {
  readonly boots: Array<{ characterId: number; message: string }> = [];
  readonly shutdowns: string[] = [];
  readonly pluginChanges: Array<{ name: string; enabled: boolean }> = [];
  /** Every install, reload, config change and removal asked for, as `install <source>` and the like. */
  readonly pluginActions: string[] = [];
  /** What `plugins()` reports; tests fill it in. */
  reports: PluginReport[] = [];
  /** What `commands()` reports; the harness fills in the loaded plugin's own commands. */
  commandList: CommandInfo[] = [];
  private readonly startedAt = new Date();

  constructor(private readonly world: MemoryWorld) {}

  async stats(): Promise<ServerStats> {
    return {
      startedAt: this.startedAt.toISOString(),
      uptimeSeconds: Math.floor((Date.now() - this.startedAt.getTime()) / 1000),
      connectedPlayers: this.world.connectedCount(),
      connections: this.world.connectedCount(),
      accounts: this.world.counts().character,
      objects: this.world.counts(),
      events: 0,
      plugins: this.reports,
    };
  }

  boot(characterId: number, message: string): void {
    this.boots.push({ characterId, message });
    this.world.setConnected(characterId, false);
  }

  requestShutdown(message: string): void {
    this.shutdowns.push(message);
  }

  async setRole(characterId: number, role: Role): Promise<void> {
    this.world.setRole(characterId, role);
  }

  plugins(): PluginReport[] {
    return this.reports;
  }

  async setPluginEnabled(name: string, enabled: boolean): Promise<PluginReport> {
    const report = this.reports.find((entry) => entry.name === name);
    if (!report) throw new HearthError('E_PLUGIN_UNKNOWN', `No plugin is called "${name}".`);
    this.pluginChanges.push({ name, enabled });
    report.enabled = enabled;
    report.status = enabled ? 'ready' : 'disabled';
    return report;
  }

  async installPlugin(source: string): Promise<{ installed: InstallResult; report: PluginReport }> {
    this.pluginActions.push(`install ${source}`);
    const report = this.reports[0];
    if (!report) throw new HearthError('E_PLUGIN_INSTALL', `${source} cannot be installed: nothing to install in the harness.`);
    return { installed: { name: report.name, version: report.version ?? '0.0.0', sha256: '0'.repeat(64), changed: true, directory: source, previousVersion: null }, report };
  }

  async reloadPlugin(name: string): Promise<PluginReport> {
    this.pluginActions.push(`reload ${name}`);
    return this.known(name);
  }

  async setPluginConfig(name: string, key: string, value: string): Promise<PluginReport> {
    this.pluginActions.push(`config ${name} ${key}=${value}`);
    const report = this.known(name);
    report.config = { ...report.config, [key]: value };
    return report;
  }

  async removePlugin(name: string): Promise<void> {
    this.pluginActions.push(`remove ${name}`);
    this.known(name);
    this.reports = this.reports.filter((entry) => entry.name !== name);
  }

  commands(): CommandInfo[] {
    return this.commandList;
  }

  private known(name: string): PluginReport {
    const report = this.reports.find((entry) => entry.name === name);
    if (!report) throw new HearthError('E_PLUGIN_UNKNOWN', `No plugin is called "${name}".`);
    return report;
  }
}
