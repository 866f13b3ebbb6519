// An in-memory world for the plugin harness: rooms, exits, things and characters without a
// database, obeying the real world service's rules (core/world/world-rules.ts and object-rules.ts)
// so plugins meet the same refusals as in the server.
import type { Role } from '../../core/auth/accounts.js';
import { type Actor, type NewEvent, SYSTEM_ACTOR, locationStream } from '../../core/events/event.js';
import type { CharacterDirectory, CharacterInfo, ConnectedCharacter, WorldPort } from '../../core/plugins/host-services.js';
import { validateObjectFields } from '../../core/world/object-rules.js';
import type { MoveOptions, NewObject, ObjectPatch } from '../../core/world/world.js';
import type { WorldObject } from '../../core/world/world-object.js';
import { pronounsOf } from '../../core/world/pronouns.js';
import { validateAttribute, validateBuilderFields } from '../../core/world/builder/builder-rules.js';
import type { BuilderFields, ObjectAttribute } from '../../core/world/builder/object-attribute.js';
import { checkCreate, checkDestroy, checkMove, checkUpdate, requireObject, requireRoom } from '../../core/world/world-rules.js';
import { characterByAlias } from '../../core/world/character-aliases.js';

export class MemoryWorld implements WorldPort, CharacterDirectory {
  private writeGate: Promise<void> = Promise.resolve();
  private releaseGate: () => void = () => undefined;
  readonly startingRoomId: number;
  readonly announced: NewEvent[] = [];
  private readonly objects = new Map<number, WorldObject>();
  private readonly roles = new Map<number, Role>();
  private readonly builderAttributes = new Map<number, Map<string, ObjectAttribute>>();
  private readonly connectedIds = new Set<number>();
  private readonly homes = new Map<number, number>();
  private nextId = 1;

  constructor() {
    this.startingRoomId = this.addRoom('The Hearth', 'A warm common room.').id;
  }

  addRoom(name: string, description = ''): WorldObject {
    return this.insert({ kind: 'room', name, description });
  }

  addExit(name: string, from: number, to: number | null, aliases: string[] = []): WorldObject {
    return this.insert({ kind: 'exit', name, aliases, locationId: from, destinationId: to });
  }

  addThing(name: string, locationId: number, description = ''): WorldObject {
    return this.insert({ kind: 'thing', name, description, locationId });
  }

  addCharacter(name: string, options: { role?: Role; room?: number; connected?: boolean } = {}): WorldObject {
    const character = this.insert({ kind: 'character', name, locationId: options.room ?? this.startingRoomId });
    this.roles.set(character.id, options.role ?? 'player');
    if (options.connected ?? true) this.connectedIds.add(character.id);
    return character;
  }

  setRole(characterId: number, role: Role): void {
    this.roles.set(characterId, role);
  }

  connectedCount(): number {
    return this.connectedIds.size;
  }

  counts(): Record<WorldObject['kind'], number> {
    const counts: Record<WorldObject['kind'], number> = { room: 0, exit: 0, thing: 0, character: 0 };
    for (const object of this.objects.values()) counts[object.kind] += 1;
    return counts;
  }

  setConnected(characterId: number, connected: boolean): void {
    if (connected) this.connectedIds.add(characterId);
    else this.connectedIds.delete(characterId);
  }

  get(id: number): WorldObject | undefined {
    return this.objects.get(id);
  }

  contents(locationId: number): WorldObject[] {
    return [...this.objects.values()].filter((object) => object.locationId === locationId);
  }

  exitsOf(roomId: number): WorldObject[] {
    return this.contents(roomId).filter((object) => object.kind === 'exit');
  }

  charactersIn(roomId: number): WorldObject[] {
    return this.contents(roomId).filter((object) => object.kind === 'character');
  }

  homeOf(characterId: number): number {
    const home = this.homes.get(characterId);
    return home !== undefined && this.objects.get(home)?.kind === 'room' ? home : this.startingRoomId;
  }

  allObjects(): Iterable<WorldObject> {
    return this.objects.values();
  }

  async setHome(characterId: number, roomId: number): Promise<void> {
    requireRoom(this, roomId);
    this.homes.set(characterId, roomId);
  }

  byId(id: number): CharacterInfo | undefined {
    const object = this.objects.get(id);
    return object?.kind === 'character' ? this.describe(object) : undefined;
  }

  /** Connected characters in the order they were added, on since they were added and never idle. */
  connected(): ConnectedCharacter[] {
    return [...this.objects.values()].filter((object) => object.kind === 'character' && this.connectedIds.has(object.id)).map((object) => ({ ...this.describe(object), onSeconds: 0, idleSeconds: 0 }));
  }

  byName(name: string): CharacterInfo | undefined {
    const object = this.findCharacter(name) ?? characterByAlias(this, name);
    return object ? this.describe(object) : undefined;
  }

  async createObject(spec: NewObject): Promise<WorldObject> {
    await this.writeGate;
    checkCreate(this, spec);
    return this.insert(spec);
  }

  /** Creations wait (as on a slow database) until `releaseWrites`. */
  holdWrites(): void {
    this.writeGate = new Promise((resolve) => (this.releaseGate = resolve));
  }

  releaseWrites(): void {
    this.releaseGate();
    this.writeGate = Promise.resolve();
  }

  async updateObject(id: number, patch: ObjectPatch): Promise<WorldObject> {
    const current = this.require(id);
    checkUpdate(this, current, patch);
    const next = { ...current, ...patch, ...validateObjectFields({ ...current, ...patch }) };
    this.objects.set(id, next);
    return next;
  }

  async setAttribute(id: number, key: string, value: unknown): Promise<WorldObject> {
    const current = this.require(id);
    const attributes = { ...current.attributes };
    if (value === undefined || value === null) delete attributes[key];
    else attributes[key] = value;
    const next = { ...current, attributes };
    this.objects.set(id, next);
    return next;
  }

  attributeOf(id: number, name: string): ObjectAttribute | undefined {
    return this.builderAttributes.get(id)?.get(name.toUpperCase());
  }

  findCharacter(name: string): WorldObject | undefined {
    return [...this.objects.values()].find((item) => item.kind === 'character' && item.name.toLowerCase() === name.toLowerCase());
  }

  roleOf(characterId: number): Role {
    return this.roles.get(characterId) ?? 'player';
  }

  isConnected(characterId: number): boolean {
    return this.connectedIds.has(characterId);
  }

  attributesOf(id: number): ObjectAttribute[] {
    return [...(this.builderAttributes.get(id)?.values() ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async writeObjectAttribute(id: number, name: string, attribute: ObjectAttribute | null): Promise<ObjectAttribute | undefined> {
    this.require(id);
    const attributes = this.builderAttributes.get(id) ?? new Map<string, ObjectAttribute>();
    this.builderAttributes.set(id, attributes);
    const checked = validateAttribute(name, attribute);
    const previous = attributes.get(checked.name);
    if (checked.attribute === null) attributes.delete(checked.name);
    else attributes.set(checked.name, checked.attribute);
    return previous;
  }

  async setBuilderFields(id: number, fields: Partial<BuilderFields>): Promise<WorldObject> {
    const current = this.require(id);
    const next = { ...current, ...validateBuilderFields(this, current, fields) };
    this.objects.set(id, next);
    return next;
  }

  async moveObject(id: number, destinationId: number, actor: Actor = SYSTEM_ACTOR, options: MoveOptions = {}): Promise<WorldObject> {
    const { moved, announcements } = this.moveNow(id, destinationId, actor);
    if (announcements.length > 0) {
      if (options.announce) await options.announce(announcements);
      else this.announced.push(...announcements);
    }
    return moved;
  }

  moveNow(id: number, destinationId: number, actor: Actor = SYSTEM_ACTOR): { moved: WorldObject; stored: Promise<void>; announcements: NewEvent[] } {
    const object = this.require(id);
    checkMove(this, object, this.require(destinationId));
    const from = object.locationId;
    const moved = { ...object, locationId: destinationId };
    this.objects.set(id, moved);
    const announcements: NewEvent[] = [];
    if (object.kind === 'character' && from !== destinationId) {
      const base = { object: id, name: object.name, exclude: [id] };
      if (from !== null) announcements.push({ stream: locationStream(from), type: 'leave', actor, payload: { ...base, text: `${object.name} has left.` } });
      announcements.push({ stream: locationStream(destinationId), type: 'arrive', actor, payload: { ...base, text: `${object.name} has arrived.` } });
    }
    return { moved, stored: Promise.resolve(), announcements };
  }

  async destroyObject(id: number): Promise<void> {
    checkDestroy(this, this.require(id));
    for (const item of this.contents(id)) {
      if (item.kind === 'exit') this.objects.delete(item.id);
      else this.objects.set(item.id, { ...item, locationId: this.startingRoomId });
    }
    for (const item of this.objects.values()) if (item.destinationId === id) this.objects.set(item.id, { ...item, destinationId: null });
    for (const item of this.objects.values()) if (item.parentId === id) this.objects.set(item.id, { ...item, parentId: null });
    this.builderAttributes.delete(id);
    this.objects.delete(id);
  }

  require(id: number): WorldObject {
    return requireObject(this, id);
  }

  private insert(spec: NewObject): WorldObject {
    const fields = validateObjectFields(spec);
    const object: WorldObject = {
      id: this.nextId++,
      kind: spec.kind,
      ...fields,
      ownerId: spec.ownerId ?? null,
      locationId: spec.locationId ?? null,
      destinationId: spec.destinationId ?? null,
      attributes: spec.attributes ?? {},
      flags: [],
      parentId: null,
      locks: {},
    };
    this.objects.set(object.id, object);
    return object;
  }

  private describe(object: WorldObject): CharacterInfo {
    return {
      id: object.id,
      name: object.name,
      role: this.roles.get(object.id) ?? 'player',
      location: object.locationId,
      home: this.homeOf(object.id),
      connected: this.connectedIds.has(object.id),
      pronouns: pronounsOf(object.attributes),
    };
  }
}
