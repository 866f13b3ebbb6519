// The server as admin commands see it (the plugins' AdminPort): statistics, booting, shutting
// down, roles, plugin state and the command list. The process that owns the listeners decides
// what a shutdown means, so it registers a handler; without one, a request is only logged.
import type { Accounts, Role } from '../auth/accounts.js';
import type { DatabaseHandle } from '../db/database.js';
import type { ResumeTokens } from '../auth/resume-tokens.js';
import { WorldRuleError } from '../errors.js';
import type { EventStore } from '../events/event-store.js';
import { describeCommands } from '../plugins/command-registry.js';
import type { AdminPort, CommandInfo, ServerStats } from '../plugins/host-services.js';
import type { PluginManager } from '../plugins/plugin-manager.js';
import type { PluginReport } from '../plugins/plugin-report.js';
import type { InstallResult } from '../plugins/plugin-store.js';
import { ALT_COMMANDS_HELP } from '../sessions/alt-commands.js';
import { PASSWORD_COMMANDS_HELP } from '../sessions/password-commands.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { Logger } from '../telemetry/logger.js';
import type { World } from '../world/world.js';

export type ShutdownHandler = (message: string) => void;

export interface ServerAdminDeps {
  world: World;
  store: EventStore;
  accounts: Accounts;
  sessions: SessionManager;
  resumeTokens: ResumeTokens;
  logger: Logger;
  startedAt: Date;
  database?: DatabaseHandle;
}

export class ServerAdmin implements AdminPort {
  private pluginManager: PluginManager | null = null;
  private shutdownHandler: ShutdownHandler | null = null;

  constructor(private readonly deps: ServerAdminDeps) {}

  /** The plugin manager is built after the host that needs this port, so it arrives late. */
  attachPlugins(manager: PluginManager): void {
    this.pluginManager = manager;
  }

  onShutdownRequest(handler: ShutdownHandler): void {
    this.shutdownHandler = handler;
  }

  async stats(): Promise<ServerStats> {
    const { world, store, accounts, sessions, startedAt, database } = this.deps;
    return {
      startedAt: startedAt.toISOString(),
      uptimeSeconds: Math.floor((Date.now() - startedAt.getTime()) / 1000),
      connectedPlayers: sessions.connectedCharacterIds().length,
      connections: sessions.sessions().length,
      accounts: await accounts.count(),
      objects: world.counts(),
      events: await store.count(),
      plugins: this.plugins(),
      ...(database ? { database: { driver: database.driver, ...database.health.status() } } : {}),
    };
  }

  boot(characterId: number, message: string): void {
    const { sessions, resumeTokens, accounts, logger } = this.deps;
    const account = accounts.forCharacter(characterId);
    // A booted browser tab must not come straight back with its resume token.
    if (account) resumeTokens.revokeAccount(account.id);
    for (const session of sessions.sessionsOf(characterId)) sessions.disconnect(session, message, { final: true });
    logger.info({ characterId }, 'player booted');
  }

  requestShutdown(message: string): void {
    this.deps.logger.info('shutdown requested by an admin command');
    const handler = this.shutdownHandler;
    if (!handler) {
      this.deps.logger.warn('no shutdown handler is registered; the server keeps running');
      return;
    }
    // After the command that asked has answered its admin, and its plugin call has ended.
    setImmediate(() => handler(message));
  }

  async setRole(characterId: number, role: Role): Promise<void> {
    const character = this.deps.world.get(characterId);
    if (character?.kind !== 'character') throw new WorldRuleError(`#${characterId} is not a character.`);
    await this.deps.accounts.setRole(character.name, role);
  }

  plugins(): PluginReport[] {
    return this.pluginManager?.reports() ?? [];
  }

  setPluginEnabled(name: string, enabled: boolean): Promise<PluginReport> {
    return this.manager().setEnabled(name, enabled);
  }

  installPlugin(source: string): Promise<{ installed: InstallResult; report: PluginReport }> {
    return this.manager().install(source);
  }

  async reloadPlugin(name: string): Promise<PluginReport> {
    await this.manager().reload(name);
    return this.manager().report(name)!;
  }

  setPluginConfig(name: string, key: string, value: string): Promise<PluginReport> {
    return this.manager().setConfig(name, key, value);
  }

  removePlugin(name: string): Promise<void> {
    return this.manager().remove(name);
  }

  private manager(): PluginManager {
    if (!this.pluginManager) throw new WorldRuleError('Plugins are not running.');
    return this.pluginManager;
  }

  commands(): CommandInfo[] {
    const registry = this.pluginManager?.snapshot.registry;
    return [...(registry ? describeCommands(registry) : []), ...PASSWORD_COMMANDS_HELP, ...ALT_COMMANDS_HELP];
  }
}
