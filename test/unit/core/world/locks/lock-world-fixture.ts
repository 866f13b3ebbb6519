// A small world for lock tests, behind the same LockWorld interface the object model will
// implement: objects with flags, powers, attributes and contents, and locks written as key
// text (object numbers only) read through the real parser and resolver.
import type { LockSubject, LockWorld } from '../../../../../core/world/locks/lock-context.js';
import type { ResolvedLockKey } from '../../../../../core/world/locks/lock-key.js';
import type { LockType } from '../../../../../core/world/locks/lock-types.js';
import { parseLockKey } from '../../../../../core/world/locks/parse-lock-key.js';
import { resolveLockKey } from '../../../../../core/world/locks/resolve-lock-key.js';

export interface FixtureObject {
  id: number;
  name: string;
  type: LockSubject['type'];
  owner?: number;
  aliases?: string[];
  flags?: string[];
  powers?: string[];
  attributes?: Record<string, string>;
  contents?: number[];
  /** Lock type → key text. */
  locks?: Partial<Record<LockType, string>>;
}

export class FixtureWorld implements LockWorld {
  private readonly objects = new Map<number, LockSubject>();
  private readonly locks = new Map<string, ResolvedLockKey>();

  constructor(
    objects: FixtureObject[],
    private readonly channels: Record<string, number[]> = {},
  ) {
    for (const spec of objects) {
      this.objects.set(spec.id, {
        id: spec.id,
        name: spec.name,
        aliases: spec.aliases ?? [],
        type: spec.type,
        owner: spec.owner ?? null,
        flags: new Set(spec.flags ?? []),
        ...(spec.powers ? { powers: new Set(spec.powers) } : {}),
        attributes: spec.attributes ?? {},
        contents: spec.contents ?? [],
      });
    }
    for (const spec of objects) {
      for (const [type, text] of Object.entries(spec.locks ?? {})) {
        if (text !== undefined) this.locks.set(`${spec.id}/${type}`, this.resolve(text, spec.id));
      }
    }
  }

  object(id: number): LockSubject | undefined {
    return this.objects.get(id);
  }

  lock(id: number, type: LockType): ResolvedLockKey | undefined {
    return this.locks.get(`${id}/${type}`);
  }

  onChannel(id: number, channel: string): boolean {
    return Object.hasOwn(this.channels, channel) && this.channels[channel]!.includes(id);
  }

  /** Key text as @lock would store it when `setter` sets it: names matched exactly among all objects. */
  resolve(text: string, setter: number): ResolvedLockKey {
    return resolveLockKey(parseLockKey(text), {
      setter,
      location: null,
      exists: (id) => this.objects.has(id),
      matchName: (name) => [...this.objects.values()].filter((entry) => entry.name.toLowerCase() === name.toLowerCase()).map((entry) => entry.id),
    });
  }
}

/** A chain of `length` objects from `first`, each locked to the next, the last to #TRUE. */
export function lockChain(first: number, length: number): FixtureObject[] {
  return Array.from({ length }, (_, index) => ({
    id: first + index,
    name: `Link ${first + index}`,
    type: 'thing' as const,
    locks: { Basic: index === length - 1 ? '#TRUE' : `@#${first + index + 1}` },
  }));
}
