// More questions about objects, as +finger and +who code asks them: isdbref hastype room where
// nearby lplayers lthings andflags orflags conn idle. Built on the world context's facts, so the
// same visibility rules apply (an unseen object is `#-1 NO SUCH OBJECT VISIBLE`).
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import type { SoftcodeObjectFacts } from '../softcode-context.js';
import type { SoftcodeEngine } from '../softcode-engine.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { splitList } from '../word-lists.js';
import { worldOf } from './world-objects.js';

/** Containers followed upward by room(); deeper nesting answers #-1. */
const MAX_NESTING = 20;

export const worldQueryFunctions: SoftcodeFunction[] = [
  defineFunction('isdbref', 1, 1, ({ args, engine }) => {
    const match = /^#(\d{1,12})$/.exec(args[0]!.trim());
    return match && engine.context.object(Number(match[1])) ? '1' : '0';
  }),
  defineFunction('hastype', 2, 2, ({ args, engine }) => withFacts(engine, args[0]!, (facts) => (splitList(args[1]!.toUpperCase()).includes(facts.type) ? '1' : '0'))),
  defineFunction('where', 1, 1, ({ args, engine }) => withFacts(engine, args[0]!, (facts) => dbref(facts.type === 'EXIT' ? facts.home : facts.location))),
  defineFunction('room', 1, 1, ({ args, engine }) => withFacts(engine, args[0]!, (facts) => dbref(outermostRoom(engine, facts)))),
  defineFunction('nearby', 2, 2, ({ args, engine }) => {
    const a = engine.context.matchObject(engine.frame.executor, args[0]!);
    const b = engine.context.matchObject(engine.frame.executor, args[1]!);
    if (a === undefined || b === undefined) return SOFTCODE_ERRORS.notVisible;
    const whereA = engine.context.object(a)?.location;
    const whereB = engine.context.object(b)?.location;
    return whereA === b || whereB === a || (whereA !== undefined && whereA === whereB) ? '1' : '0';
  }),
  defineFunction('lplayers', 1, 1, ({ args, engine }) => contentsOfType(engine, args[0]!, 'PLAYER')),
  defineFunction('lthings', 1, 1, ({ args, engine }) => contentsOfType(engine, args[0]!, 'THING')),
  defineFunction('andflags', 2, 2, ({ args, engine }) => withFacts(engine, args[0]!, (facts) => (flagLetters(args[1]!).every((want) => want.has === facts.flagLetters.includes(want.letter)) ? '1' : '0'))),
  defineFunction('orflags', 2, 2, ({ args, engine }) => withFacts(engine, args[0]!, (facts) => (flagLetters(args[1]!).some((want) => want.has === facts.flagLetters.includes(want.letter)) ? '1' : '0'))),
  defineFunction('conn', 1, 1, ({ args, engine }) => String(times(engine, args[0]!)?.connected ?? -1)),
  defineFunction('idle', 1, 1, ({ args, engine }) => String(times(engine, args[0]!)?.idle ?? -1)),
];

function dbref(id: number | undefined): string {
  return id === undefined ? '#-1' : `#${id}`;
}

function withFacts(engine: SoftcodeEngine, text: string, show: (facts: SoftcodeObjectFacts) => string): string {
  const world = worldOf(engine);
  const id = engine.context.matchObject(engine.frame.executor, text);
  const facts = world && id !== undefined ? world.facts(engine.frame.executor, id) : undefined;
  return facts ? show(facts) : SOFTCODE_ERRORS.notVisible;
}

function outermostRoom(engine: SoftcodeEngine, start: SoftcodeObjectFacts): number | undefined {
  const world = worldOf(engine)!;
  let facts: SoftcodeObjectFacts | undefined = start;
  for (let depth = 0; facts && depth < MAX_NESTING; depth += 1) {
    if (facts.type === 'ROOM') return facts.id;
    const up: number | undefined = facts.type === 'EXIT' ? facts.home : facts.location;
    facts = up === undefined ? undefined : world.facts(engine.frame.executor, up);
  }
  return undefined;
}

function contentsOfType(engine: SoftcodeEngine, text: string, type: SoftcodeObjectFacts['type']): string {
  const world = worldOf(engine);
  const viewer = engine.frame.executor;
  const id = engine.context.matchObject(viewer, text);
  const ids = world && id !== undefined ? world.contents(viewer, id) : undefined;
  if (!ids) return SOFTCODE_ERRORS.notVisible;
  return ids.filter((item) => world!.facts(viewer, item)?.type === type).map(dbref).join(' ');
}

/** `Dc!H` → D and c wanted, H not. */
function flagLetters(text: string): { letter: string; has: boolean }[] {
  const wanted: { letter: string; has: boolean }[] = [];
  const characters = [...text.trim()];
  for (let i = 0; i < characters.length; i += 1) {
    const negated = characters[i] === '!' && i + 1 < characters.length;
    if (negated) i += 1;
    wanted.push({ letter: characters[i]!, has: !negated });
  }
  return wanted;
}

function times(engine: SoftcodeEngine, text: string): { connected: number; idle: number } | undefined {
  const world = worldOf(engine);
  const id = engine.context.matchObject(engine.frame.executor, text);
  return world && id !== undefined ? world.connectionTimes(id) : undefined;
}
