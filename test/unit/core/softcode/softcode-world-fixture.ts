// An in-memory world for softcode tests: objects with names, pronouns, locations and attributes,
// implementing SoftcodeContext as the object model will (numbers, `me`, `here`, names; attributes
// any case; an attribute marked hidden reads as denied).
import type { AttributeRead, SoftcodeContext, SoftcodeObject, SoftcodePronouns } from '../../../../core/softcode/index.js';
import { evaluateSoftcode, type EvaluateOptions, type EvaluationResult } from '../../../../core/softcode/index.js';

interface FixtureObject extends SoftcodeObject {
  attributes: Map<string, string>;
  hidden: Set<string>;
}

export const THEY: SoftcodePronouns = { subjective: 'they', objective: 'them', possessive: 'their', absolute: 'theirs' };
export const SHE: SoftcodePronouns = { subjective: 'she', objective: 'her', possessive: 'her', absolute: 'hers' };

export class FixtureWorld implements SoftcodeContext {
  private readonly objects = new Map<number, FixtureObject>();

  add(id: number, name: string, extra: { pronouns?: SoftcodePronouns; location?: number; attributes?: Record<string, string>; hidden?: string[] } = {}): this {
    const attributes = new Map(Object.entries(extra.attributes ?? {}).map(([k, v]) => [k.toUpperCase(), v]));
    this.objects.set(id, {
      id,
      name,
      ...(extra.pronouns ? { pronouns: extra.pronouns } : {}),
      ...(extra.location !== undefined ? { location: extra.location } : {}),
      attributes,
      hidden: new Set((extra.hidden ?? []).map((h) => h.toUpperCase())),
    });
    return this;
  }

  set(id: number, attribute: string, value: string): this {
    this.objects.get(id)?.attributes.set(attribute.toUpperCase(), value);
    return this;
  }

  object(id: number): SoftcodeObject | undefined {
    return this.objects.get(id);
  }

  matchObject(viewer: number, text: string): number | undefined {
    const wanted = text.trim().toLowerCase();
    if (wanted === 'me') return viewer;
    if (wanted === 'here') return this.objects.get(viewer)?.location;
    const dbref = /^#(\d+)$/.exec(wanted);
    if (dbref) return this.objects.has(Number(dbref[1])) ? Number(dbref[1]) : undefined;
    const named = [...this.objects.values()].filter((o) => o.name.toLowerCase() === wanted);
    return named.length === 1 ? named[0]!.id : undefined;
  }

  readAttribute(_viewer: number, object: number, attribute: string): AttributeRead {
    const target = this.objects.get(object);
    const key = attribute.toUpperCase();
    if (!target) return { status: 'missing' };
    if (target.hidden.has(key)) return { status: 'denied' };
    const text = target.attributes.get(key);
    return text === undefined ? { status: 'missing' } : { status: 'found', text };
  }
}

/** The standard test world: #0 a room, #1 One (a wizard-ish player), #5 Alice in #0, #7 a test object. */
export function standardWorld(): FixtureWorld {
  return new FixtureWorld()
    .add(0, 'Room Zero')
    .add(1, 'One', { location: 0 })
    .add(5, 'alice', { pronouns: SHE, location: 0 })
    .add(6, 'Bob', { pronouns: THEY, location: 0 })
    .add(7, 'test', {
      location: 0,
      attributes: {
        IS_ODD: 'mod(%0,2)',
        ADD_ONE: 'add(%0,1)',
        REP_NUM: '%0[repeat(%1,%1)]',
        ADD_NUMS: 'add(%0,%1)',
        ALPHASORT: 'comp(%0,%1)',
        UPPER: 'ucstr(%0)',
        SORT: 'sort(%0)',
        TEST: 'apple orange banana',
        SETS: '[setq(0,inner)]%q0',
        ARGS: '%0-%1-%2-%+',
        WHO: '%!:%#:%@',
        LOOP: '[u(me/loop)]',
        NUMBERS: '1 2 3',
        SECRET: 'hidden',
        VA: 'va text',
      },
      hidden: ['SECRET'],
    });
}

/** Evaluates as #5 (alice) running #7's code unless told otherwise. */
export function run(text: string, options: Partial<EvaluateOptions> = {}, world: FixtureWorld = standardWorld()): EvaluationResult {
  return evaluateSoftcode(text, world, { executor: 7, enactor: 5, ...options });
}

export function think(text: string, options: Partial<EvaluateOptions> = {}, world?: FixtureWorld): string {
  return run(text, options, world).output;
}
