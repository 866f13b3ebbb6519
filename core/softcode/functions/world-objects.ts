// Functions that ask the world about objects: name num loc owner home type parent flags hasflag
// controls, and the lists lcon lexits lattr nattr hasattr con next lwho. They need a world
// context (softcode/world/); without one every object is invisible, as to a blind PennMUSH object.
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { isWorldContext, type SoftcodeObjectFacts, type SoftcodeWorldContext } from '../softcode-context.js';
import type { SoftcodeEngine } from '../softcode-engine.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { matchesWildcard } from '../wildcard.js';

const NOTHING = '#-1';
const dbref = (id: number | undefined): string => (id === undefined ? NOTHING : `#${id}`);

export const worldObjectFunctions: SoftcodeFunction[] = [
  defineFunction('name', 0, 1, ({ args, engine }) => (args.length === 0 ? '' : fact(engine, args[0]!, (facts) => facts.name))),
  defineFunction('num', 1, 1, ({ args, engine }) => {
    const id = engine.context.matchObject(engine.frame.executor, args[0]!);
    return id === undefined ? NOTHING : dbref(id);
  }),
  defineFunction('loc', 1, 1, ({ args, engine }) => fact(engine, args[0]!, (facts) => dbref(facts.location))),
  defineFunction('owner', 1, 1, ({ args, engine }) => fact(engine, args[0]!, (facts) => dbref(facts.owner))),
  defineFunction('home', 1, 1, ({ args, engine }) => fact(engine, args[0]!, (facts) => dbref(facts.home))),
  defineFunction('parent', 1, 1, ({ args, engine }) => fact(engine, args[0]!, (facts) => dbref(facts.parent))),
  defineFunction('type', 1, 1, ({ args, engine }) => fact(engine, args[0]!, (facts) => facts.type)),
  defineFunction('flags', 1, 1, ({ args, engine }) => fact(engine, args[0]!, (facts) => facts.flagLetters)),
  defineFunction('hasflag', 2, 2, ({ args, engine }) => fact(engine, args[0]!, (facts) => (hasFlag(facts, args[1]!) ? '1' : '0'))),
  defineFunction('controls', 2, 2, ({ args, engine }) => {
    const world = worldOf(engine);
    const who = world && engine.context.matchObject(engine.frame.executor, args[0]!);
    const what = world && engine.context.matchObject(engine.frame.executor, args[1]!);
    if (!world || who === undefined || what === undefined) return SOFTCODE_ERRORS.notVisible;
    return world.controls(who, what) ? '1' : '0';
  }),
  defineFunction('elock', 2, 2, ({ args, engine }) => {
    const world = worldOf(engine);
    const [objectText = '', type = ''] = args[0]!.split('/');
    const id = engine.context.matchObject(engine.frame.executor, objectText.trim());
    const actor = engine.context.matchObject(engine.frame.executor, args[1]!);
    if (!world || id === undefined || actor === undefined) return SOFTCODE_ERRORS.notVisible;
    const passed = world.passesLock(engine.frame.executor, id, actor, type);
    return passed === undefined ? SOFTCODE_ERRORS.permission : passed ? '1' : '0';
  }),
  defineFunction('lcon', 1, 2, ({ args, engine }) => list(engine, args[0]!, (world, viewer, id) => world.contents(viewer, id))),
  defineFunction('lexits', 1, 2, ({ args, engine }) => list(engine, args[0]!, (world, viewer, id) => world.exits(viewer, id))),
  defineFunction('con', 1, 1, ({ args, engine }) => first(list(engine, args[0]!, (world, viewer, id) => world.contents(viewer, id)))),
  defineFunction('exit', 1, 1, ({ args, engine }) => first(list(engine, args[0]!, (world, viewer, id) => world.exits(viewer, id)))),
  defineFunction('next', 1, 1, ({ args, engine }) => nextOf(engine, args[0]!)),
  defineFunction('lwho', 0, 1, ({ engine }) => worldOf(engine)?.connectedPlayers().map(dbref).join(' ') ?? ''),
  defineFunction('lattr', 1, 2, ({ args, engine }) => attributeNames(engine, args[0]!)?.join(args[1] ?? ' ') ?? SOFTCODE_ERRORS.notVisible),
  defineFunction('nattr', 1, 1, ({ args, engine }) => String(attributeNames(engine, args[0]!)?.length ?? SOFTCODE_ERRORS.notVisible)),
  defineFunction('hasattr', 2, 2, ({ args, engine }) => {
    const read = engine.readAttribute(`${args[0]!.trim()}/${args[1]!.trim()}`);
    if ('error' in read) return read.error;
    return 'text' in read ? '1' : '0';
  }),
];

export function worldOf(engine: SoftcodeEngine): SoftcodeWorldContext | undefined {
  return isWorldContext(engine.context) ? engine.context : undefined;
}

/** The facts the executor may learn about the object named `text`, answered through `show`. */
function fact(engine: SoftcodeEngine, text: string, show: (facts: SoftcodeObjectFacts) => string): string {
  const world = worldOf(engine);
  const id = engine.context.matchObject(engine.frame.executor, text);
  const facts = world && id !== undefined ? world.facts(engine.frame.executor, id) : undefined;
  return facts ? show(facts) : SOFTCODE_ERRORS.notVisible;
}

function hasFlag(facts: SoftcodeObjectFacts, flag: string): boolean {
  const wanted = flag.trim().toUpperCase();
  if (wanted === '') return false;
  if (wanted === facts.type) return true;
  if (facts.flags.includes(wanted)) return true;
  // A single letter is a flag letter (case matters there, as in PennMUSH: `c` is CONNECTED).
  return [...flag.trim()].length === 1 && facts.flagLetters.includes(flag.trim());
}

function list(engine: SoftcodeEngine, text: string, read: (world: SoftcodeWorldContext, viewer: number, id: number) => number[] | undefined): string {
  const world = worldOf(engine);
  const id = engine.context.matchObject(engine.frame.executor, text);
  const ids = world && id !== undefined ? read(world, engine.frame.executor, id) : undefined;
  return ids ? ids.map(dbref).join(' ') : SOFTCODE_ERRORS.notVisible;
}

function first(listed: string): string {
  if (listed.startsWith('#-1 ')) return NOTHING;
  return listed.split(' ')[0] || NOTHING;
}

/** next(obj): the object after it in its location's contents (or exits, for an exit). */
function nextOf(engine: SoftcodeEngine, text: string): string {
  const world = worldOf(engine);
  const viewer = engine.frame.executor;
  const id = engine.context.matchObject(viewer, text);
  const facts = world && id !== undefined ? world.facts(viewer, id) : undefined;
  if (!world || !facts) return SOFTCODE_ERRORS.notVisible;
  const container = facts.type === 'EXIT' ? facts.home : facts.location;
  if (container === undefined) return NOTHING;
  const siblings = (facts.type === 'EXIT' ? world.exits(viewer, container) : world.contents(viewer, container)) ?? [];
  const at = siblings.indexOf(facts.id);
  return at === -1 ? NOTHING : dbref(siblings[at + 1]);
}

/** lattr(obj[/pattern]): the visible attribute names matching the wildcard (all when none). */
function attributeNames(engine: SoftcodeEngine, reference: string): string[] | undefined {
  const world = worldOf(engine);
  const slash = reference.indexOf('/');
  const objectText = slash === -1 ? reference : reference.slice(0, slash);
  const pattern = slash === -1 ? '*' : reference.slice(slash + 1).trim() || '*';
  const id = engine.context.matchObject(engine.frame.executor, objectText.trim());
  if (!world || id === undefined) return undefined;
  return world.attributeNames(engine.frame.executor, id)?.filter((name) => matchesWildcard(name, pattern));
}
