// Builds the micro-core from a database handle: event store and bus, world, accounts, sessions,
// the command dispatcher and the plugin system. Transports (telnet, websocket) are attached by
// the server.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AccountAdmin } from './admin/account-admin.js';
import { ServerAdmin } from './admin/server-admin.js';
import { Accounts, type Role } from './auth/accounts.js';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './auth/login-limits.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { ResumeTokens } from './auth/resume-tokens.js';
import type { DatabaseHandle } from './db/database.js';
import { EventBus } from './events/event-bus.js';
import { EventJournal } from './events/event-journal.js';
import { EventStore, insertEvents } from './events/event-store.js';
import { WriteBehindEvents } from './events/write-behind-events.js';
import type { AttributeSchema } from './plugins/attribute-schema.js';
import { BoundedFetch } from './plugins/bounded-fetch.js';
import { EventDispatcher } from './plugins/event-dispatch.js';
import type { HttpPort } from './plugins/host-services.js';
import { PluginCommandSource } from './plugins/plugin-commands.js';
import { PluginHost } from './plugins/plugin-host.js';
import { PluginKvStore } from './plugins/plugin-kv-store.js';
import { DEFAULT_PLUGIN_LIMITS, type PluginLimits } from './plugins/plugin-limits.js';
import { PluginManager } from './plugins/plugin-manager.js';
import { PluginPages } from './plugins/plugin-pages.js';
import { PluginStore } from './plugins/plugin-store.js';
import { PluginWatcher } from './plugins/plugin-watcher.js';
import { SqlPluginTables } from './plugins/plugin-tables.js';
import { CachedPluginTables } from './plugins/cached-plugin-tables.js';
import { WriteBehindKv } from './plugins/write-behind-kv.js';
import { LiveCharacterDirectory } from './sessions/character-directory.js';
import { CommandDispatcher } from './sessions/command-dispatcher.js';
import { FallbackLook } from './sessions/fallback-look.js';
import { OutputAffixCommands } from './sessions/output-affixes.js';
import { AltCommands } from './sessions/alt-commands.js';
import { CharacterRenames } from './auth/character-renames.js';
import { PasswordCommands } from './sessions/password-commands.js';
import { Presence } from './sessions/presence.js';
import { type SessionConfig, SessionManager } from './sessions/session-manager.js';
import { StreamListeners } from './sessions/stream-listeners.js';
import type { Logger } from './telemetry/logger.js';
import type { SoftcodeOptions, SoftcodeService } from './softcode/world/softcode-service.js';
import { attachSoftcode, createSoftcode } from './softcode/world/start-softcode.js';
import { World } from './world/world.js';

export interface CoreOptions {
  sessions: SessionConfig;
  /** Folders holding plugin manifests (`*.yaml`); empty for a core without plugins. */
  manifestDirs?: string[];
  /** Where installed plugins are kept (`<data dir>/plugins`); none means installing is not offered. */
  pluginStoreDir?: string;
  /** Reload plugins when their files change (manifests, wasm, installs by the CLI). */
  watchPlugins?: boolean;
  pluginLimits?: Partial<PluginLimits>;
  /** Outbound HTTP for plugins (tests substitute a local one). */
  http?: HttpPort;
  /** Created at start when no account has this name yet. */
  bootstrapAdmin?: { name: string; password: string };
  /** Lockout and address throttle; DEFAULT_LOGIN_LIMITS when absent. */
  login?: LoginLimits;
  /** Whether players may rename their characters (`@name me=<name>`); true when absent. */
  characterRenames?: boolean;
  /** Softcode: the master room and queue limits. */
  softcode?: SoftcodeOptions;
}

export interface WriteBacklogs {
  events: number;
  kv: number;
  locations: number;
}

export interface HearthCore {
  database: DatabaseHandle;
  bus: EventBus;
  store: EventStore;
  world: World;
  accounts: Accounts;
  presence: Presence;
  listeners: StreamListeners;
  resumeTokens: ResumeTokens;
  dispatcher: CommandDispatcher;
  /** Password resets, roles and account creation for admins (in-game, admin API, CLI). */
  accountAdmin: AccountAdmin;
  /** Admin commands' view of the server; the process registers what a shutdown request does. */
  admin: ServerAdmin;
  sessions: SessionManager;
  plugins: PluginManager;
  pluginHost: PluginHost;
  /** The web pages plugins serve (`pages:` in their manifests), for the HTTP server. */
  pages: PluginPages;
  /** Softcode: the world context, the command queue and the runner. */
  softcode: SoftcodeService;
  startedAt: Date;
  /** Writes accepted but not yet in the database: events, plugin key-value writes, moves. */
  backlogs(): WriteBacklogs;
  /** Says goodbye to every session, stops plugins and waits for pending events; the database stays open. */
  shutdown(message: string): Promise<void>;
}

export async function startCore(database: DatabaseHandle, logger: Logger, options: CoreOptions): Promise<HearthCore> {
  const bus = new EventBus({
    onListenerError: (error, event) => logger.error({ err: error, stream: event.stream, type: event.type }, 'event listener failed'),
  });
  const health = database.health;
  reportDatabaseState(database, logger);
  // On the embedded database events are journaled and stored in batches (write-behind-events.ts).
  const writeBehind =
    database.driver === 'pglite'
      ? await WriteBehindEvents.start((events) => insertEvents(database.db, events), database.dataDir ? EventJournal.open(join(database.dataDir, 'event-journal')) : null, logger)
      : undefined;
  const store = new EventStore(database.db, bus, { health, writeBehind });
  const world = await World.load(database.db, store);
  const login = options.login ?? DEFAULT_LOGIN_LIMITS;
  const throttle = new LoginThrottle({ maxFailures: login.maxFailuresPerAddress, windowMs: login.addressWindowMs });
  const accounts = new Accounts(database.db, world, throttle, {
    maxFailedLogins: login.maxFailedLogins,
    maxFailedLoginsEverywhere: login.maxFailedLoginsEverywhere,
    lockMs: login.lockMs,
    signups: { perAddress: login.signupsPerAddress, windowMs: login.signupWindowMs },
    charactersPerAccount: login.charactersPerAccount,
  });
  await accounts.loadRoles();
  world.characterNames = new CharacterRenames(database.db, options.characterRenames ?? true);
  const presence = new Presence(database.db, store, world);
  const listeners = await StreamListeners.load(database.db);
  const dispatcher = new CommandDispatcher(logger, health);
  const resumeTokens = new ResumeTokens();
  const sessions = new SessionManager({ bus, world, accounts, presence, listeners, resumeTokens, dispatcher, logger, config: options.sessions, database: health });
  const characters = new LiveCharacterDirectory(world, accounts, (id) => sessions.isConnected(id), () => sessions.sessions());
  const startedAt = new Date();
  const admin = new ServerAdmin({ world, store, accounts, sessions, resumeTokens, logger, startedAt, database });
  const accountAdmin = new AccountAdmin({ accounts, resumeTokens, tell: (id, text) => sessions.sendToCharacter(id, text), logger });

  // Before the plugin host, which evaluates lock keys with it.
  const softcode = createSoftcode({ world, accounts, sessions, store, dispatcher, logger }, options.softcode);

  const kv = new WriteBehindKv(new PluginKvStore(database.db));
  const pluginHost = new PluginHost(
    {
      world,
      characters,
      messenger: sessions,
      kv,
      http: options.http ?? new BoundedFetch(),
      events: store,
      listeners,
      history: { latest: (stream, limit) => store.readLatest([stream], undefined, limit) },
      tables: new CachedPluginTables(new SqlPluginTables(database.db)),
      admin,
      // Read through the manager at each call: the schema changes with the plugin set.
      attributes: (): AttributeSchema => plugins.snapshot.attributes,
      logger,
      database: health,
      softcode: {
        evaluateLockCode: (request) => softcode.evaluateLockCode(request),
        evaluateMessage: (id, code, enactor) => softcode.evaluateMessage(id, code, enactor),
        evaluateTyped: (actor, text) => softcode.evaluateTyped(actor, text),
        queueAction: (id, attribute, enactor) => softcode.queueAction(id, attribute, enactor),
      },
    },
    { ...DEFAULT_PLUGIN_LIMITS, ...options.pluginLimits },
  );
  const eventDispatcher = new EventDispatcher(pluginHost, logger);
  const plugins = new PluginManager(database.db, { host: pluginHost, dispatcher: eventDispatcher }, logger, {
    manifestDirs: options.manifestDirs ?? [],
    store: options.pluginStoreDir ? new PluginStore(options.pluginStoreDir) : null,
  });
  admin.attachPlugins(plugins);
  bus.subscribeAll((event) => void eventDispatcher.dispatch(event));
  // Ahead of every plugin: a password typed in the game never reaches one.
  dispatcher.addSource(new PasswordCommands(accounts, accountAdmin));
  dispatcher.addSource(new OutputAffixCommands());
  dispatcher.addSource(new AltCommands(accounts, (id) => sessions.isConnected(id)));
  dispatcher.addSource(new PluginCommandSource(pluginHost, () => plugins.snapshot, characters, logger));
  dispatcher.addSource(new FallbackLook(world, (id) => sessions.isConnected(id)));
  // After the plugins (built-in commands and exits first, as in PennMUSH), then $-commands.
  attachSoftcode(softcode, dispatcher, bus);
  if (options.pluginStoreDir) await mkdir(options.pluginStoreDir, { recursive: true });
  await plugins.start();
  // After the plugins, so STARTUP code that runs commands finds them.
  softcode.runStartups(world.allObjects());
  const watcher = new PluginWatcher(async () => {
    await plugins.reload();
    watcher.watch(plugins.watchedPaths());
  }, logger);
  if (options.watchPlugins) watcher.watch(plugins.watchedPaths());

  if (options.bootstrapAdmin) await ensureAdmin(accounts, options.bootstrapAdmin, logger);
  sessions.startIdleSweep();

  return {
    database,
    bus,
    store,
    world,
    accounts,
    presence,
    listeners,
    resumeTokens,
    dispatcher,
    accountAdmin,
    admin,
    sessions,
    plugins,
    pluginHost,
    pages: new PluginPages(pluginHost, () => plugins.snapshot, logger),
    softcode,
    startedAt,
    backlogs: () => ({ events: store.backlog + (writeBehind?.waiting.length ?? 0), kv: kv.backlog, locations: world.pendingLocationWrites }),
    async shutdown(message) {
      watcher.close();
      softcode.close();
      await sessions.shutdown(message);
      await plugins.close();
      await store.flush();
      await writeBehind?.close();
    },
  };
}

/** Once when the database goes away and once when it is back, whatever noticed it. */
function reportDatabaseState(database: DatabaseHandle, logger: Logger): void {
  database.health.onChange((state, { downForMs }) => {
    if (state === 'unavailable') {
      // The reason, not the error object: pg hangs its whole client (connection settings) on it.
      const reason = database.health.status().lastError;
      logger.error({ driver: database.driver, reason }, 'database unreachable: refusing commands and logins, retrying with backoff');
    } else {
      logger.info({ driver: database.driver, downForMs }, 'database reachable again: serving normally');
    }
  });
}

async function ensureAdmin(accounts: Accounts, admin: { name: string; password: string }, logger: Logger): Promise<void> {
  if (await accounts.findByName(admin.name)) return;
  const role: Role = 'admin';
  await accounts.create(admin.name, admin.password, { role, allowReservedName: true });
  logger.info({ account: admin.name }, 'bootstrap admin account created');
}
