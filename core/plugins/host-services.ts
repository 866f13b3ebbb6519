// What host functions reach in the rest of the core, as narrow interfaces: the server passes the
// real world, accounts and sessions; the plugin test harness passes in-memory stand-ins.
import type { Role } from '../auth/accounts.js';
import type { DatabaseHealth, DatabaseStatus } from '../db/database-health.js';
import type { Actor, HearthEvent, NewEvent } from '../events/event.js';
import type { Logger } from '../telemetry/logger.js';
import type { MoveOptions, NewObject, ObjectPatch } from '../world/world.js';
import type { WorldObject } from '../world/world-object.js';
import type { BuilderFields, ObjectAttribute } from '../world/builder/object-attribute.js';
import type { Pronouns } from '../world/pronouns.js';
import type { AttributeEvaluation } from '../world/locks/index.js';
import type { AttributeSchema } from './attribute-schema.js';
import type { PluginReport } from './plugin-report.js';
import type { InstallResult } from './plugin-store.js';
import type { PluginClock } from './plugin-clock.js';
import type { PluginTablesPort } from './plugin-tables.js';
import type { RandomSource } from './random-source.js';

export interface WorldPort {
  readonly startingRoomId: number;
  get(id: number): WorldObject | undefined;
  /** The object, or ObjectNotFoundError. */
  require(id: number): WorldObject;
  contents(locationId: number): WorldObject[];
  exitsOf(roomId: number): WorldObject[];
  charactersIn(roomId: number): WorldObject[];
  homeOf(characterId: number): number;
  /** Every object, in no promised order: for searches, which must cap what they collect. */
  allObjects(): Iterable<WorldObject>;
  /** Makes a room a character's home; refuses what is not a room. */
  setHome(characterId: number, roomId: number): Promise<void>;
  createObject(spec: NewObject): Promise<WorldObject>;
  updateObject(id: number, patch: ObjectPatch): Promise<WorldObject>;
  setAttribute(id: number, key: string, value: unknown): Promise<WorldObject>;
  moveObject(id: number, destinationId: number, actor?: Actor, options?: MoveOptions): Promise<WorldObject>;
  /** Moves at once in memory; `stored` settles once the database has it, `announcements` are the leave/arrive events. */
  moveNow(id: number, destinationId: number, actor?: Actor): { moved: WorldObject; stored: Promise<void>; announcements: NewEvent[] };
  destroyObject(id: number): Promise<void>;
  /** The object's own PennMUSH-style attributes, by name. */
  attributesOf(id: number): ObjectAttribute[];
  /** Stores (or, for null, removes) attribute `name`; resolves with what it replaced. */
  writeObjectAttribute(id: number, name: string, attribute: ObjectAttribute | null): Promise<ObjectAttribute | undefined>;
  setBuilderFields(id: number, fields: Partial<BuilderFields>): Promise<WorldObject>;
}

export interface CharacterInfo {
  id: number;
  name: string;
  role: Role;
  location: number | null;
  home: number;
  connected: boolean;
  pronouns: Pronouns;
}

/** A connected character, with how long it has been on and idle (its most recent session's). */
export interface ConnectedCharacter extends CharacterInfo {
  onSeconds: number;
  idleSeconds: number;
}

export interface CharacterDirectory {
  byId(id: number): CharacterInfo | undefined;
  byName(name: string): CharacterInfo | undefined;
  /** Every connected character, longest connected first. */
  connected(): ConnectedCharacter[];
}

/** Text straight to a character's open sessions (not stored: replies, room descriptions). */
export interface Messenger {
  sendToCharacter(characterId: number, text: string): void;
}

export interface KvPort {
  /** What is known of a key without waiting: `{ value }` (undefined: absent), or null when it must be read. */
  peek?(plugin: string, key: string): { value: string | undefined } | null;
  get(plugin: string, key: string): Promise<string | undefined>;
  /** Stores the value; resolves with the value it replaced (undefined when the key was new). */
  set(plugin: string, key: string, value: string): Promise<string | undefined>;
  delete(plugin: string, key: string): Promise<boolean>;
}

export interface HttpResponse {
  status: number;
  body: string;
}

export interface HttpPort {
  request(method: 'GET' | 'POST', url: URL, body: string | undefined, limits: { timeoutMs: number; maxBytes: number }): Promise<HttpResponse>;
}

/** Appends events; the plugin system uses it to commit what a successful call emitted. */
export interface EventSink {
  appendMany(events: NewEvent[]): Promise<unknown>;
}

/** Streams a character's sessions receive besides its room and itself: channels it joined. */
export interface StreamListenersPort {
  /** Resolves true when the character was not listening yet. Kept across restarts. */
  listen(characterId: number, stream: string): Promise<boolean>;
  /** Resolves true when the character was listening. */
  unlisten(characterId: number, stream: string): Promise<boolean>;
  listenersOf(stream: string): number[];
  streamsOf(characterId: number): string[];
}

/** Past events, newest `limit` of a stream, oldest first. */
export interface HistoryPort {
  latest(stream: string, limit: number): Promise<HearthEvent[]>;
}

/** A registered command, as help shows it. */
export interface CommandInfo {
  name: string;
  aliases: string[];
  plugin: string;
  description: string;
  help: string | null;
  usage: string | null;
  switches: string[];
  role: Role;
}

export interface ServerStats {
  startedAt: string;
  uptimeSeconds: number;
  connectedPlayers: number;
  connections: number;
  accounts: number;
  objects: Record<WorldObject['kind'], number>;
  events: number;
  plugins: PluginReport[];
  /** Which database, whether it can be reached, and how often it could not since the start. */
  database?: DatabaseStatus & { driver: string };
}

/** What the admin commands reach: the server itself. */
export interface AdminPort {
  stats(): Promise<ServerStats>;
  /** Disconnects every session of a character, telling it why, and forgets its resume tokens. */
  boot(characterId: number, message: string): void;
  /** Starts a graceful shutdown (everyone is told `message`); returns at once. */
  requestShutdown(message: string): void;
  setRole(characterId: number, role: Role): Promise<void>;
  plugins(): PluginReport[];
  setPluginEnabled(name: string, enabled: boolean): Promise<PluginReport>;
  /** Installs from a folder or manifest on the server's disk (a running server picks it up at once). */
  installPlugin(source: string): Promise<{ installed: InstallResult; report: PluginReport }>;
  /** Reads every plugin's files again and restarts `name`, keeping its running version if the new one fails. */
  reloadPlugin(name: string): Promise<PluginReport>;
  setPluginConfig(name: string, key: string, value: string): Promise<PluginReport>;
  removePlugin(name: string): Promise<void>;
  commands(): CommandInfo[];
}

export interface HostServices {
  world: WorldPort;
  characters: CharacterDirectory;
  messenger: Messenger;
  kv: KvPort;
  http: HttpPort;
  events: EventSink;
  listeners: StreamListenersPort;
  history: HistoryPort;
  tables: PluginTablesPort;
  admin: AdminPort;
  /** The typed attributes the running plugins declare (changes with the plugin set). */
  attributes: () => AttributeSchema;
  logger: Logger;
  /** Randomness for plugins; the system's generator when absent (the harness fixes a seed). */
  random?: RandomSource;
  /** Time for plugins; the system clock when absent. */
  clock?: PluginClock;
  /** Undoing a failed call waits for a lost database to come back; absent, undo is tried once. */
  database?: DatabaseHealth;
  /**
   * Softcode for evaluation lock keys (`ATTR/value`), messages (read_messages) and typed text
   * (evaluate_text); absent, lock keys compare the stored text and the rest is shown as it is.
   */
  softcode?: {
    evaluateLockCode(request: AttributeEvaluation): string;
    evaluateMessage(objectId: number, code: string, enactor: number): string;
    evaluateTyped(actor: number, text: string): string;
    queueAction(objectId: number, attribute: string, enactor: number): boolean;
  };
}
