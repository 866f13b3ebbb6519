// The softcode context over the real object model: objects, names as a viewer means them,
// attributes with parent inheritance, PennMUSH's visibility and control rules
// (softcode-permissions.ts), and output handed to a delivery that reaches players' sessions.
import { canonicalAttributeName } from '../../world/builder/attribute-names.js';
import { MAX_PARENT_DEPTH } from '../../world/builder/builder-rules.js';
import type { ObjectAttribute } from '../../world/builder/object-attribute.js';
import { inheritedAttributes } from '../../world/builder/attribute-inheritance.js';
import { objectLetters } from '../../world/builder/object-flags.js';
import { matchObject } from '../../world/object-matcher.js';
import { pronounsOf } from '../../world/pronouns.js';
import { parseReference, type WorldObject } from '../../world/world-object.js';
import type { AttributeRead, SoftcodeObject, SoftcodeObjectFacts, SoftcodeOutput, SoftcodeWorldContext } from '../softcode-context.js';
import { isLockType, normaliseLockType } from '../../world/locks/index.js';
import { evaluateSoftcode } from '../evaluate-softcode.js';
import { passesLocks } from './softcode-locks.js';
import { canListContents, canReadAttribute, controls, isWizard, ownerOf, type PermissionWorld } from './softcode-permissions.js';

/** The parts of the World the adapter reads (World implements all of them). */
export interface SoftcodeWorldSource {
  get(id: number): WorldObject | undefined;
  /** Everything inside (exits included), in order. */
  contents(locationId: number): WorldObject[];
  attributesOf(id: number): ObjectAttribute[];
  attributeOf(id: number, name: string): ObjectAttribute | undefined;
  findCharacter(name: string): WorldObject | undefined;
  allObjects(): Iterable<WorldObject>;
  homeOf(characterId: number): number;
}

export interface SoftcodeSurroundings {
  /** The account role of a character. */
  roleOf(characterId: number): string;
  /** Connected characters, longest connected first. */
  connectedPlayers(): number[];
  /** Seconds connected and idle, for a connected character. */
  connectionTimes?(characterId: number): { connected: number; idle: number } | undefined;
  isConnected(characterId: number): boolean;
  /** Delivers output the code produced (after its evaluation has finished). */
  deliver(output: SoftcodeOutput, executor: number): void;
}

const TYPES = { room: 'ROOM', exit: 'EXIT', thing: 'THING', character: 'PLAYER' } as const;

export class WorldSoftcodeContext implements SoftcodeWorldContext {
  private readonly permissions: PermissionWorld;

  constructor(
    private readonly world: SoftcodeWorldSource,
    private readonly surroundings: SoftcodeSurroundings,
  ) {
    this.permissions = { get: (id) => world.get(id), roleOf: (id) => surroundings.roleOf(id) };
  }

  object(id: number): SoftcodeObject | undefined {
    const object = this.world.get(id);
    if (!object) return undefined;
    const location = object.kind === 'room' ? undefined : object.locationId ?? undefined;
    // Characters read as Hearth shows them elsewhere (pronouns, SEX, else they); a thing needs a SEX.
    const sex = this.world.attributeOf(id, 'SEX')?.value;
    const pronouns = object.kind === 'character' || sex ? pronounsOf({ ...object.attributes, ...(sex ? { sex } : {}) }) : undefined;
    return { id, name: object.name, ...(pronouns ? { pronouns } : {}), ...(location !== undefined ? { location } : {}) };
  }

  matchObject(viewer: number, text: string): number | undefined {
    const wanted = text.trim();
    if (wanted === '') return undefined;
    const reference = parseReference(wanted);
    if (reference !== undefined) return this.world.get(reference) ? reference : undefined;
    if (wanted.startsWith('*')) return this.world.findCharacter(wanted.slice(1).trim())?.id;
    const looker = this.world.get(viewer);
    // A room's code means itself by `here`, and finds things in itself by name.
    if (looker?.kind === 'room') {
      if (wanted.toLowerCase() === 'here' || wanted.toLowerCase() === 'me') return viewer;
      const named = this.world.contents(viewer).filter((item) => item.name.toLowerCase() === wanted.toLowerCase());
      return named.length === 1 ? named[0]!.id : undefined;
    }
    try {
      return matchObject(this.world, viewer, wanted).id;
    } catch {
      return undefined;
    }
  }

  readAttribute(viewer: number, objectId: number, attribute: string): AttributeRead {
    const object = this.world.get(objectId);
    const found = object ? this.findAttribute(object, attribute) : undefined;
    if (!object || !found) return { status: 'missing' };
    if (!canReadAttribute(this.permissions, viewer, object, found)) return { status: 'denied' };
    return { status: 'found', text: found.value };
  }

  facts(viewer: number, id: number): SoftcodeObjectFacts | undefined {
    const object = this.world.get(id);
    if (!object || !this.world.get(viewer)) return undefined;
    const connected = object.kind === 'character' && this.surroundings.isConnected(id);
    const flags = connected ? [...object.flags, 'CONNECTED'] : [...object.flags];
    const location = this.locationFor(viewer, object);
    const home = object.kind === 'character' ? this.world.homeOf(id) : object.kind === 'exit' ? object.locationId ?? undefined : undefined;
    return {
      id,
      name: object.name,
      type: TYPES[object.kind],
      owner: ownerOf(object),
      ...(location !== undefined ? { location } : {}),
      ...(home !== undefined ? { home } : {}),
      flags,
      flagLetters: objectLetters(object.kind, object.flags) + (connected ? 'c' : ''),
      ...(object.parentId !== null ? { parent: object.parentId } : {}),
    };
  }

  controls(viewer: number, id: number): boolean {
    return controls(this.permissions, viewer, id);
  }

  contents(viewer: number, id: number): number[] | undefined {
    const container = this.world.get(id);
    if (!container || !canListContents(this.permissions, viewer, container)) return undefined;
    return this.world
      .contents(id)
      .filter((item) => item.kind !== 'exit' && (item.kind !== 'character' || this.surroundings.isConnected(item.id) || this.controls(viewer, id)))
      .map((item) => item.id);
  }

  exits(viewer: number, id: number): number[] | undefined {
    const room = this.world.get(id);
    if (!room || !canListContents(this.permissions, viewer, room)) return undefined;
    return this.world.contents(id).filter((item) => item.kind === 'exit').map((item) => item.id);
  }

  attributeNames(viewer: number, id: number): string[] | undefined {
    const object = this.world.get(id);
    if (!object) return undefined;
    return inheritedAttributes(this.world, id)
      .filter((attribute) => canReadAttribute(this.permissions, viewer, object, attribute))
      .map((attribute) => attribute.name);
  }

  connectedPlayers(): number[] {
    return this.surroundings.connectedPlayers();
  }

  search(viewer: number, owner: number | undefined): number[] | undefined {
    const self = this.world.get(viewer);
    if (!self) return undefined;
    const wizard = isWizard(this.permissions, viewer);
    if (!wizard && owner !== undefined && owner !== ownerOf(self)) return undefined;
    const wanted = wizard ? owner : ownerOf(self);
    const found: number[] = [];
    for (const object of this.world.allObjects()) if (wanted === undefined || ownerOf(object) === wanted) found.push(object.id);
    return found.sort((a, b) => a - b);
  }

  passesLock(viewer: number, id: number, actor: number, type: string): boolean | undefined {
    const object = this.world.get(id);
    if (!object || !this.world.get(actor)) return undefined;
    // PennMUSH shows a lock to those who control the object, or to all when it is VISUAL.
    if (!this.controls(viewer, id) && !object.flags.includes('VISUAL')) return undefined;
    let lockType;
    try {
      lockType = normaliseLockType(type.trim() === '' ? undefined : type.trim());
    } catch {
      return undefined;
    }
    if (!isLockType(lockType)) return undefined;
    return passesLocks(this.world, id, actor, [lockType], (request) => evaluateSoftcode(request.code, this, { executor: request.object, enactor: request.actor }).output);
  }

  connectionTimes(id: number): { connected: number; idle: number } | undefined {
    return this.surroundings.connectionTimes?.(id);
  }

  output(executor: number, enactor: number, output: SoftcodeOutput): boolean {
    if (!this.mayReach(executor, enactor, output)) return false;
    this.surroundings.deliver(output, executor);
    return true;
  }

  /** The attribute on the object or its nearest ancestor, whoever asks (its own code: an action list). */
  inheritedAttribute(objectId: number, attribute: string): ObjectAttribute | undefined {
    const object = this.world.get(objectId);
    return object ? this.findAttribute(object, attribute) : undefined;
  }

  /** The attribute on the object or its nearest ancestor (NO_INHERIT ones stay home). */
  private findAttribute(object: WorldObject, attribute: string): ObjectAttribute | undefined {
    let name: string;
    try {
      name = canonicalAttributeName(attribute);
    } catch {
      return undefined;
    }
    let current: WorldObject | undefined = object;
    const visited = new Set<number>();
    for (let depth = 0; current && depth <= MAX_PARENT_DEPTH && !visited.has(current.id); depth += 1) {
      visited.add(current.id);
      const found = this.world.attributeOf(current.id, name);
      if (found && (depth === 0 || !found.flags.includes('NO_INHERIT'))) return found;
      current = current.parentId === null ? undefined : this.world.get(current.parentId);
    }
    return undefined;
  }

  /** loc(): hidden for an UNFINDABLE player from those who neither control it nor share its room. */
  private locationFor(viewer: number, object: WorldObject): number | undefined {
    if (object.kind === 'room') return undefined;
    if (object.kind === 'exit') return object.destinationId ?? undefined;
    if (object.locationId === null) return undefined;
    if (!object.flags.includes('UNFINDABLE') || this.controls(viewer, object.id)) return object.locationId;
    return this.world.get(viewer)?.locationId === object.locationId ? object.locationId : undefined;
  }

  /**
   * PennMUSH's @pemit reaches anything nearby and, remotely, any object by number or player by
   * `*name`; a player set HAVEN refuses remote ones from code it does not control. Room output
   * reaches the executor's own room, the enactor's, and rooms the executor controls.
   */
  private mayReach(executor: number, enactor: number, output: SoftcodeOutput): boolean {
    const self = this.world.get(executor);
    if (!self) return false;
    const here = self.kind === 'room' ? self.id : self.locationId;
    const targetId = output.kind === 'object' ? output.target : output.room;
    if (targetId === enactor || targetId === here || targetId === executor) return true;
    if (this.controls(executor, targetId)) return true;
    const target = this.world.get(targetId);
    if (!target) return false;
    if (output.kind === 'room') return targetId === this.world.get(enactor)?.locationId;
    const nearby = target.locationId === here || target.locationId === executor;
    return nearby || !target.flags.includes('HAVEN');
  }
}
