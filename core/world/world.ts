// The world service: rooms, exits, things and characters. Reads come from memory (every command
// touches rooms and exits, so they must not wait on the database). Writes go to the database first
// and then to memory, one at a time, so memory never shows what was not stored, with one
// exception: moves, the commonest write, show in memory at once and are stored in batches
// (location-writes.ts); a batch that fails puts its objects back.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { characters as charactersTable, objects as objectsTable } from '../db/schema.js';
import { WorldRuleError } from '../errors.js';
import { type Actor, type NewEvent, SYSTEM_ACTOR } from '../events/event.js';
import type { EventStore } from '../events/event-store.js';
import { AttributeStore } from './builder/attribute-store.js';
import { validateAttribute, validateBuilderFields } from './builder/builder-rules.js';
import type { BuilderFields, ObjectAttribute } from './builder/object-attribute.js';
import { LocationWrites } from './location-writes.js';
import { moveAnnouncements } from './move-announcements.js';
import type { ObjectKind, WorldObject } from './world-object.js';
import { validateObjectFields } from './object-rules.js';
import { type CharacterNamePolicy, checkCreate, checkDestroy, checkMove, checkUpdate, isCharacterRename, requireObject, requireRoom } from './world-rules.js';

export interface NewObject {
  kind: ObjectKind;
  name: string;
  aliases?: string[];
  description?: string;
  ownerId?: number | null;
  locationId?: number | null;
  destinationId?: number | null;
  attributes?: Record<string, unknown>;
}

export type ObjectPatch = Partial<Pick<WorldObject, 'name' | 'aliases' | 'description' | 'ownerId' | 'destinationId'>>;

export interface MoveOptions {
  /** Receives the leave/arrive events instead of the event store (plugin calls hold them until they succeed). */
  announce?: (events: NewEvent[]) => Promise<unknown> | void;
  /**
   * Receives the move's database write instead of waiting for it: the move returns at once, and
   * the caller must not acknowledge it before the write has resolved (plugin calls wait at commit).
   */
  stored?: (write: Promise<void>) => void;
}

export type MoveListener = (object: WorldObject, fromId: number | null, toId: number) => void;

export class World {
  private readonly objects = new Map<number, WorldObject>();
  private readonly contentsByLocation = new Map<number, Set<number>>();
  private readonly homes = new Map<number, number>();
  private readonly charactersByName = new Map<string, number>();
  private readonly moveListeners = new Set<MoveListener>();
  private writes: Promise<unknown> = Promise.resolve();
  private readonly attributeStore: AttributeStore;
  private readonly locations = new LocationWrites({
    enqueue: (work) => this.serialize(work),
    currentLocation: (id) => this.objects.get(id)?.locationId,
    write: (rows) => this.writeLocations(rows),
    restore: (locations) => this.restoreLocations(locations),
  });

  /** Decides characters' renames; without one, characters keep their names. */
  characterNames: CharacterNamePolicy | undefined;

  private constructor(
    private readonly db: Database,
    private readonly store: EventStore,
    readonly startingRoomId: number,
  ) {
    this.attributeStore = new AttributeStore(db);
  }

  /** Loads the whole world into memory, seeding the starting room on a fresh database. */
  static async load(db: Database, store: EventStore): Promise<World> {
    let rows = await db.select().from(objectsTable);
    if (!rows.some((row) => row.kind === 'room')) {
      await db.insert(objectsTable).values({
        kind: 'room',
        name: 'The Hearth',
        description: 'A warm common room. A fire crackles in a wide stone hearth; travellers gather here first.',
        attributes: { starting_room: true },
      });
      rows = await db.select().from(objectsTable);
    }
    const rooms = rows.filter((row) => row.kind === 'room');
    const start = rooms.find((row) => row.attributes['starting_room'] === true) ?? rooms[0];
    if (!start) throw new WorldRuleError('The world has no room to start in.');
    const world = new World(db, store, start.id);
    for (const row of rows) world.remember(rowToObject(row));
    for (const row of await db.select().from(charactersTable)) world.homes.set(row.objectId, row.homeId);
    await world.attributeStore.load();
    return world;
  }

  get(id: number): WorldObject | undefined {
    return this.objects.get(id);
  }

  require(id: number): WorldObject {
    return requireObject(this, id);
  }

  /** Everything whose location is `locationId` (exits included), in creation order. */
  contents(locationId: number): WorldObject[] {
    const ids = this.contentsByLocation.get(locationId);
    if (!ids) return [];
    return [...ids].sort((a, b) => a - b).map((id) => this.require(id));
  }

  /** Every object, in no particular order (for searches and start-up sweeps such as softcode's @startup). */
  allObjects(): IterableIterator<WorldObject> {
    return this.objects.values();
  }

  exitsOf(roomId: number): WorldObject[] {
    return this.contents(roomId).filter((object) => object.kind === 'exit');
  }

  charactersIn(roomId: number): WorldObject[] {
    return this.contents(roomId).filter((object) => object.kind === 'character');
  }

  /** A character by name, ignoring case (names are unique among characters). */
  findCharacter(name: string): WorldObject | undefined {
    const id = this.charactersByName.get(name.toLowerCase());
    return id === undefined ? undefined : this.objects.get(id);
  }

  homeOf(characterId: number): number {
    const home = this.homes.get(characterId);
    return home !== undefined && this.objects.get(home)?.kind === 'room' ? home : this.startingRoomId;
  }

  counts(): Record<ObjectKind, number> {
    const counts: Record<ObjectKind, number> = { room: 0, exit: 0, thing: 0, character: 0 };
    for (const object of this.objects.values()) counts[object.kind] += 1;
    return counts;
  }

  /** Moves shown in memory whose new locations are still to be written to the database. */
  get pendingLocationWrites(): number {
    return this.locations.backlog;
  }

  /** Called after an object changes location (sessions follow their characters with it). */
  onMove(listener: MoveListener): () => void {
    this.moveListeners.add(listener);
    return () => this.moveListeners.delete(listener);
  }

  createObject(spec: NewObject): Promise<WorldObject> {
    return this.serialize(async () => {
      checkCreate(this, spec);
      const fields = validateObjectFields(spec);
      const [row] = await this.db
        .insert(objectsTable)
        .values({
          kind: spec.kind,
          name: fields.name,
          aliases: fields.aliases,
          description: fields.description,
          ownerId: spec.ownerId ?? null,
          locationId: spec.locationId ?? null,
          destinationId: spec.destinationId ?? null,
          attributes: spec.attributes ?? {},
        })
        .returning();
      const object = rowToObject(row!);
      this.remember(object);
      return object;
    });
  }

  /** Adds a character created inside an account transaction, once that transaction committed. */
  adoptCharacter(row: typeof objectsTable.$inferSelect, homeId: number): WorldObject {
    const object = rowToObject(row);
    this.remember(object);
    this.homes.set(object.id, homeId);
    return object;
  }

  updateObject(id: number, patch: ObjectPatch): Promise<WorldObject> {
    return this.serialize(async () => {
      const current = this.require(id);
      checkUpdate(this, current, patch, this.characterNames);
      if (this.characterNames && isCharacterRename(current, patch)) await this.characterNames.checkRename(current, patch.name!);
      const fields = validateObjectFields({ ...current, ...patch });
      const next: WorldObject = { ...current, ...patch, ...fields };
      await this.db
        .update(objectsTable)
        .set({
          name: next.name,
          aliases: next.aliases,
          description: next.description,
          ownerId: next.ownerId,
          destinationId: next.destinationId,
        })
        .where(eq(objectsTable.id, id));
      this.objects.set(id, next);
      return next;
    });
  }

  setAttribute(id: number, key: string, value: unknown): Promise<WorldObject> {
    return this.serialize(async () => {
      const current = this.require(id);
      const attributes = { ...current.attributes };
      if (value === undefined || value === null) delete attributes[key];
      else attributes[key] = value;
      await this.db.update(objectsTable).set({ attributes }).where(eq(objectsTable.id, id));
      const next = { ...current, attributes };
      this.objects.set(id, next);
      return next;
    });
  }

  /** The object's own PennMUSH-style attributes, by name (builder/attribute-inheritance.ts adds its parents'). */
  attributesOf(id: number): ObjectAttribute[] {
    return this.attributeStore.list(id);
  }

  /** One of the object's own attributes by canonical name (no parents), without listing them all. */
  attributeOf(id: number, name: string): ObjectAttribute | undefined {
    return this.attributeStore.get(id, name);
  }

  /** Stores `attribute` as the object's attribute `name` (checked, made canonical), or removes it when null. */
  writeObjectAttribute(id: number, name: string, attribute: ObjectAttribute | null): Promise<ObjectAttribute | undefined> {
    return this.serialize(async () => {
      this.require(id);
      const checked = validateAttribute(name, attribute);
      const previous = this.attributeStore.get(id, checked.name);
      await this.attributeStore.write(id, checked.name, checked.attribute);
      return previous;
    });
  }

  /** Changes an object's flags, parent or locks, after builder/builder-rules.ts has checked them. */
  setBuilderFields(id: number, fields: Partial<BuilderFields>): Promise<WorldObject> {
    return this.serialize(async () => {
      const current = this.require(id);
      const checked = validateBuilderFields(this, current, fields);
      await this.db.update(objectsTable).set(checked).where(eq(objectsTable.id, id));
      const next = { ...current, ...checked };
      this.objects.set(id, next);
      return next;
    });
  }

  setHome(characterId: number, roomId: number): Promise<void> {
    return this.serialize(async () => {
      requireRoom(this, roomId);
      await this.db.update(charactersTable).set({ homeId: roomId }).where(eq(charactersTable.objectId, characterId));
      this.homes.set(characterId, roomId);
    });
  }

  /**
   * Moves a character or thing into a room (or a thing into a holder). Characters moving between
   * rooms produce `leave` and `arrive` events on the two location streams, announced once the
   * move is stored (or handed to `options.announce` at once when the caller takes the write).
   */
  async moveObject(id: number, destinationId: number, actor: Actor = SYSTEM_ACTOR, options: MoveOptions = {}): Promise<WorldObject> {
    const { moved, stored, announcements } = this.moveNow(id, destinationId, actor);
    if (options.stored) options.stored(stored);
    else await stored;
    if (announcements.length > 0) await (options.announce ?? ((events: NewEvent[]) => this.store.appendMany(events)))(announcements);
    return moved;
  }

  /**
   * Moves at once, in memory, for callers that cannot wait (plugin calls): the move is stored in
   * the next batch (`stored` resolves then; a batch that fails puts the object back), and its
   * leave/arrive events are returned for the caller to append when it commits.
   */
  moveNow(id: number, destinationId: number, actor: Actor = SYSTEM_ACTOR): { moved: WorldObject; stored: Promise<void>; announcements: NewEvent[] } {
    const object = this.require(id);
    checkMove(this, object, this.require(destinationId));
    const fromId = object.locationId;
    const moved = this.relocate(object, destinationId);
    const stored = this.locations.store(id, fromId);
    for (const listener of this.moveListeners) listener(moved, fromId, destinationId);
    const shouldAnnounce = object.kind === 'character' && fromId !== destinationId;
    const fromKind = this.objects.get(fromId ?? -1)?.kind;
    const announcements = shouldAnnounce ? moveAnnouncements(moved, fromId, actor, fromKind === 'room' || fromKind === 'thing') : [];
    return { moved, stored, announcements };
  }

  /**
   * Destroys a room, exit or thing. Exits in a destroyed room go with it, exits leading to it are
   * unlinked, and whatever was inside is sent to the starting room, so nothing points to nowhere.
   */
  destroyObject(id: number): Promise<void> {
    return this.serialize(async () => {
      const object = this.require(id);
      checkDestroy(this, object);
      const inside = this.contents(id);
      const doomed = [id, ...inside.filter((item) => item.kind === 'exit').map((item) => item.id)];
      const evicted = inside.filter((item) => item.kind !== 'exit');
      const unlinked = [...this.objects.values()].filter(
        (item) => item.kind === 'exit' && item.destinationId === id && !doomed.includes(item.id),
      );
      await this.db.transaction(async (tx) => {
        if (evicted.length > 0) {
          await tx
            .update(objectsTable)
            .set({ locationId: this.startingRoomId })
            .where(inArray(objectsTable.id, evicted.map((item) => item.id)));
        }
        if (unlinked.length > 0) {
          await tx
            .update(objectsTable)
            .set({ destinationId: null })
            .where(inArray(objectsTable.id, unlinked.map((item) => item.id)));
        }
        await tx.delete(objectsTable).where(inArray(objectsTable.id, doomed));
      });
      for (const exit of unlinked) this.objects.set(exit.id, { ...exit, destinationId: null });
      // The database set their parent_id to null as the parent went.
      for (const child of this.objects.values()) if (child.parentId !== null && doomed.includes(child.parentId)) this.objects.set(child.id, { ...child, parentId: null });
      this.attributeStore.drop(doomed);
      for (const item of evicted) {
        const moved = this.relocate(item, this.startingRoomId);
        for (const listener of this.moveListeners) listener(moved, id, this.startingRoomId);
      }
      for (const doomedId of doomed) this.forget(doomedId);
    });
  }

  private async writeLocations(rows: ReadonlyArray<{ id: number; locationId: number | null }>): Promise<void> {
    if (rows.length === 1) {
      await this.db.update(objectsTable).set({ locationId: rows[0]!.locationId }).where(eq(objectsTable.id, rows[0]!.id));
      return;
    }
    const values = sql.join(
      rows.map((row) => sql`(${row.id}::integer, ${row.locationId}::integer)`),
      sql`, `,
    );
    await this.db.execute(sql`update objects set location_id = moved.location_id from (values ${values}) as moved(id, location_id) where objects.id = moved.id`);
  }

  /** Puts objects whose moves could not be stored back where the database has them. */
  private restoreLocations(locations: ReadonlyMap<number, number | null>): void {
    for (const [id, storedLocation] of locations) {
      const object = this.objects.get(id);
      if (!object || object.locationId === storedLocation) continue;
      // A room destroyed meanwhile evicted its contents to the starting room; so does this.
      const target = storedLocation !== null && !this.objects.has(storedLocation) ? this.startingRoomId : storedLocation;
      const fromId = object.locationId;
      if (target === null) {
        this.forget(id);
        this.remember({ ...object, locationId: null });
        continue;
      }
      const restored = this.relocate(object, target);
      for (const listener of this.moveListeners) listener(restored, fromId, target);
      // The database still names the destroyed room: the next batch corrects it.
      if (target !== storedLocation) void this.locations.store(id, storedLocation);
    }
  }

  private relocate(object: WorldObject, locationId: number): WorldObject {
    this.forget(object.id);
    const moved = { ...object, locationId };
    this.remember(moved);
    return moved;
  }

  private remember(object: WorldObject): void {
    this.objects.set(object.id, object);
    if (object.kind === 'character') this.charactersByName.set(object.name.toLowerCase(), object.id);
    if (object.locationId === null) return;
    let ids = this.contentsByLocation.get(object.locationId);
    if (!ids) {
      ids = new Set();
      this.contentsByLocation.set(object.locationId, ids);
    }
    ids.add(object.id);
  }

  private forget(id: number): void {
    const object = this.objects.get(id);
    if (!object) return;
    this.objects.delete(id);
    if (object.kind === 'character') this.charactersByName.delete(object.name.toLowerCase());
    if (object.locationId !== null) this.contentsByLocation.get(object.locationId)?.delete(id);
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const result = this.writes.then(work);
    this.writes = result.catch(() => undefined);
    return result;
  }
}

export function rowToObject(row: typeof objectsTable.$inferSelect): WorldObject {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    aliases: row.aliases,
    description: row.description,
    ownerId: row.ownerId,
    locationId: row.locationId,
    destinationId: row.destinationId,
    attributes: row.attributes,
    flags: row.flags,
    parentId: row.parentId,
    locks: row.locks,
  };
}
