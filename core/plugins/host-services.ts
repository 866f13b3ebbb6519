// What host functions reach in the rest of the core, as narrow interfaces: the server passes the
// real world, accounts and sessions; the plugin test harness passes in-memory stand-ins.
import type { Role } from '../auth/accounts.js';
import type { Actor, NewEvent } from '../events/event.js';
import type { Logger } from '../telemetry/logger.js';
import type { MoveOptions, NewObject, ObjectPatch } from '../world/world.js';
import type { WorldObject } from '../world/world-object.js';

export interface WorldPort {
  readonly startingRoomId: number;
  get(id: number): WorldObject | undefined;
  contents(locationId: number): WorldObject[];
  exitsOf(roomId: number): WorldObject[];
  charactersIn(roomId: number): WorldObject[];
  homeOf(characterId: number): number;
  createObject(spec: NewObject): Promise<WorldObject>;
  updateObject(id: number, patch: ObjectPatch): Promise<WorldObject>;
  setAttribute(id: number, key: string, value: unknown): Promise<WorldObject>;
  moveObject(id: number, destinationId: number, actor?: Actor, options?: MoveOptions): Promise<WorldObject>;
  destroyObject(id: number): Promise<void>;
}

export interface CharacterInfo {
  id: number;
  name: string;
  role: Role;
  location: number | null;
  home: number;
  connected: boolean;
}

export interface CharacterDirectory {
  byId(id: number): CharacterInfo | undefined;
  byName(name: string): CharacterInfo | undefined;
}

/** Text straight to a character's open sessions (not stored: replies, room descriptions). */
export interface Messenger {
  sendToCharacter(characterId: number, text: string): void;
}

export interface KvPort {
  get(plugin: string, key: string): Promise<string | undefined>;
  set(plugin: string, key: string, value: string): Promise<void>;
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

export interface HostServices {
  world: WorldPort;
  characters: CharacterDirectory;
  messenger: Messenger;
  kv: KvPort;
  http: HttpPort;
  events: EventSink;
  logger: Logger;
}
