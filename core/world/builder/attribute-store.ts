// The attributes of every object, in memory by object and name, written through to the
// `object_attributes` table. The World calls it inside its write queue, so writes never cross.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { objectAttributes } from '../../db/schema.js';
import type { ObjectAttribute } from './object-attribute.js';

export class AttributeStore {
  private readonly byObject = new Map<number, Map<string, ObjectAttribute>>();

  constructor(private readonly db: Database) {}

  async load(): Promise<void> {
    for (const row of await this.db.select().from(objectAttributes)) {
      this.remember(row.objectId, { name: row.name, value: row.value, ownerId: row.ownerId, flags: row.flags });
    }
  }

  /** The object's own attributes, by name. */
  list(objectId: number): ObjectAttribute[] {
    return [...(this.byObject.get(objectId)?.values() ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get(objectId: number, name: string): ObjectAttribute | undefined {
    return this.byObject.get(objectId)?.get(name);
  }

  /** Stores `attribute` under `name` on the object, or removes the name when it is null. */
  async write(objectId: number, name: string, attribute: ObjectAttribute | null): Promise<void> {
    if (attribute === null) {
      await this.db.delete(objectAttributes).where(and(eq(objectAttributes.objectId, objectId), eq(objectAttributes.name, name)));
      this.byObject.get(objectId)?.delete(name);
      return;
    }
    const row = { value: attribute.value, ownerId: attribute.ownerId, flags: [...attribute.flags] };
    await this.db
      .insert(objectAttributes)
      .values({ objectId, name, ...row })
      .onConflictDoUpdate({ target: [objectAttributes.objectId, objectAttributes.name], set: row });
    this.remember(objectId, { ...attribute, name });
  }

  /** Forgets destroyed objects' attributes (the database drops them with the object). */
  drop(objectIds: readonly number[]): void {
    for (const id of objectIds) this.byObject.delete(id);
  }

  private remember(objectId: number, attribute: ObjectAttribute): void {
    let attributes = this.byObject.get(objectId);
    if (!attributes) {
      attributes = new Map();
      this.byObject.set(objectId, attributes);
    }
    attributes.set(attribute.name, attribute);
  }
}
