// A small world in memory with the World's reading surface (objects, contents, attributes with
// flags, characters by name, homes), for the softcode adapter and queue tests: a room #0 with
// Alice (#1, a player), Bob (#2, a player), Wiz (#3, an admin) and things, a master room #9.
import type { ObjectAttribute } from '../../../../../core/world/builder/object-attribute.js';
import type { ObjectKind, WorldObject } from '../../../../../core/world/world-object.js';
import type { SoftcodeOutput } from '../../../../../core/softcode/index.js';
import { SoftcodeService } from '../../../../../core/softcode/world/softcode-service.js';
import type { QueueLimits } from '../../../../../core/softcode/queue/command-queue.js';

export class WorldSource {
  private readonly objects = new Map<number, WorldObject>();
  private readonly attributes = new Map<number, Map<string, ObjectAttribute>>();
  readonly roles = new Map<number, string>();
  readonly connected = new Set<number>();

  add(id: number, kind: ObjectKind, name: string, extra: Partial<WorldObject> = {}): this {
    this.objects.set(id, { id, kind, name, aliases: [], description: '', ownerId: null, locationId: null, destinationId: null, attributes: {}, flags: [], parentId: null, locks: {}, ...extra });
    return this;
  }

  set(id: number, name: string, value: string, flags: string[] = []): this {
    let map = this.attributes.get(id);
    if (!map) this.attributes.set(id, (map = new Map()));
    map.set(name.toUpperCase(), { name: name.toUpperCase(), value, ownerId: id, flags });
    return this;
  }

  flag(id: number, ...flags: string[]): this {
    const object = this.objects.get(id)!;
    this.objects.set(id, { ...object, flags: [...object.flags, ...flags] });
    return this;
  }

  get(id: number): WorldObject | undefined {
    return this.objects.get(id);
  }

  contents(locationId: number): WorldObject[] {
    return [...this.objects.values()].filter((object) => object.locationId === locationId).sort((a, b) => a.id - b.id);
  }

  attributesOf(id: number): ObjectAttribute[] {
    return [...(this.attributes.get(id)?.values() ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  attributeOf(id: number, name: string): ObjectAttribute | undefined {
    return this.attributes.get(id)?.get(name);
  }

  findCharacter(name: string): WorldObject | undefined {
    return [...this.objects.values()].find((object) => object.kind === 'character' && object.name.toLowerCase() === name.toLowerCase());
  }

  allObjects(): Iterable<WorldObject> {
    return this.objects.values();
  }

  homeOf(): number {
    return 0;
  }
}

/** The standard cast: room #0 (owned by Wiz), Alice #1, Bob #2, Wiz #3 (admin), Alice's Box #4, Bob's Safe #5, exit Out #6, master room #9. */
export function standardWorld(): WorldSource {
  return new WorldSource()
    .add(0, 'room', 'Hall', { ownerId: 3 })
    .add(1, 'character', 'Alice', { locationId: 0 })
    .add(2, 'character', 'Bob', { locationId: 0 })
    .add(3, 'character', 'Wiz', { locationId: 0 })
    .add(4, 'thing', 'Box', { locationId: 0, ownerId: 1 })
    .add(5, 'thing', 'Safe', { locationId: 0, ownerId: 2 })
    .add(6, 'exit', 'Out', { locationId: 0, ownerId: 3, destinationId: 9 })
    .add(9, 'room', 'Master Room', { ownerId: 3 });
}

export interface Heard {
  readonly to: string;
  readonly text: string;
}

/** A service over the world, recording what players would see. */
export function serviceFor(world: WorldSource, options: { masterRoomId?: number; queue?: Partial<QueueLimits> } = {}): { service: SoftcodeService; heard: Heard[]; outputs: SoftcodeOutput[] } {
  world.roles.set(3, 'admin');
  for (const id of [1, 2, 3]) world.connected.add(id);
  const heard: Heard[] = [];
  const outputs: SoftcodeOutput[] = [];
  const service = new SoftcodeService(
    {
      world,
      roleOf: (id) => world.roles.get(id) ?? 'player',
      connectedPlayers: () => [...world.connected],
      isConnected: (id) => world.connected.has(id),
      tellCharacter: (id, text) => heard.push({ to: world.get(id)!.name, text }),
      tellRoom: (room, text, exclude) => {
        outputs.push({ kind: 'room', room, text, exclude });
        for (const object of world.contents(room)) if (object.kind === 'character' && !exclude.includes(object.id)) heard.push({ to: object.name, text });
      },
      failed: (error) => {
        throw error;
      },
    },
    options,
  );
  return { service, heard, outputs };
}

/** Waits until the queue has run dry (slices run on setImmediate). */
export async function settle(service: SoftcodeService, turns = 50): Promise<void> {
  for (let i = 0; i < turns && service.queue.list().ready.length > 0; i += 1) await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}
