// lsearch(<player>|all[, <class>, <restriction>[, <low>[, <high>]]]): the objects a player owns
// (everything, for a wizard asking for `all`) that pass one restriction, as PennMUSH's classes
// spell them: TYPE (ROOM EXIT THING/OBJECT PLAYER), NAME (a wildcard), FLAGS (letters, as
// andflags()), PARENT (a dbref), EVAL (code with ## as each object, true when it answers true),
// and the shorthand classes ROOMS EXITS THINGS/OBJECTS PLAYERS (restriction: a name wildcard).
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { isTrue, parseInteger } from '../numbers.js';
import type { SoftcodeObjectFacts } from '../softcode-context.js';
import type { SoftcodeEngine } from '../softcode-engine.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { matchesWildcard } from '../wildcard.js';
import { worldOf } from './world-objects.js';

const TYPES: Readonly<Record<string, SoftcodeObjectFacts['type']>> = { ROOM: 'ROOM', ROOMS: 'ROOM', EXIT: 'EXIT', EXITS: 'EXIT', THING: 'THING', THINGS: 'THING', OBJECT: 'THING', OBJECTS: 'THING', PLAYER: 'PLAYER', PLAYERS: 'PLAYER' };
const INVALID_CLASS = '#-1 INVALID SEARCH CLASS';

export const searchFunctions: SoftcodeFunction[] = [
  defineFunction('lsearch', 1, 5, ({ args, engine }) => search(engine, args), { lazy: true }),
  defineFunction('search', 1, 5, ({ args, engine }) => search(engine, args), { lazy: true }),
];

function search(engine: SoftcodeEngine, raw: readonly string[]): string {
  const world = worldOf(engine);
  if (!world) return SOFTCODE_ERRORS.notVisible;
  const viewer = engine.frame.executor;
  // EVAL's code is evaluated once per object, so the arguments arrive raw.
  const who = engine.evaluate(raw[0]!).trim();
  const searchClass = raw[1] === undefined ? '' : engine.evaluate(raw[1]).trim().toUpperCase();
  const restrictionRaw = raw[2] ?? '';
  const low = raw[3] === undefined ? undefined : parseInteger(engine.evaluate(raw[3]).replace(/^#/, ''));
  const high = raw[4] === undefined ? undefined : parseInteger(engine.evaluate(raw[4]).replace(/^#/, ''));
  let owner: number | undefined;
  if (who.toLowerCase() !== 'all' && who !== '') {
    owner = engine.context.matchObject(viewer, who);
    if (owner === undefined) return SOFTCODE_ERRORS.notVisible;
  }
  const candidates = world.search(viewer, owner);
  if (!candidates) return SOFTCODE_ERRORS.permission;
  const restriction = searchClass === 'EVAL' ? restrictionRaw : engine.evaluate(restrictionRaw).trim();
  const test = restrictionTest(engine, searchClass, restriction);
  if (typeof test === 'string') return test;
  const found: string[] = [];
  for (const id of candidates) {
    if ((low !== undefined && id < low) || (high !== undefined && id > high)) continue;
    engine.budget.spend();
    const facts = world.facts(viewer, id);
    if (facts && test(facts)) found.push(`#${id}`);
  }
  return found.join(' ');
}

function restrictionTest(engine: SoftcodeEngine, searchClass: string, restriction: string): ((facts: SoftcodeObjectFacts) => boolean) | string {
  if (searchClass === '' || searchClass === 'NONE') return () => true;
  const type = TYPES[searchClass];
  if (searchClass === 'TYPE') {
    const wanted = TYPES[restriction.toUpperCase()];
    return wanted ? (facts) => facts.type === wanted : INVALID_CLASS;
  }
  if (type) return (facts) => facts.type === type && (restriction === '' || matchesWildcard(facts.name, restriction));
  switch (searchClass) {
    case 'NAME':
      return (facts) => matchesWildcard(facts.name, restriction.includes('*') || restriction.includes('?') ? restriction : `*${restriction}*`);
    case 'FLAGS':
      return (facts) => [...restriction].every((letter) => facts.flagLetters.includes(letter));
    case 'PARENT': {
      const parent = engine.context.matchObject(engine.frame.executor, restriction);
      return parent === undefined ? SOFTCODE_ERRORS.notVisible : (facts) => facts.parent === parent;
    }
    case 'EVAL':
      return (facts) => isTrue(engine.evaluate(restriction.replaceAll('##', `#${facts.id}`)));
    default:
      return INVALID_CLASS;
  }
}
