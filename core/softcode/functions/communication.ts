// Side-effect functions that speak: pemit(objects, text), emit(text), remit(rooms, text),
// oemit([room/]objects, text). The world queues the text for delivery after the evaluation and
// says whether the executor may reach the target; they answer nothing, or PennMUSH's error.
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import type { SoftcodeEngine } from '../softcode-engine.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { splitList } from '../word-lists.js';
import { worldOf } from './world-objects.js';

export const communicationFunctions: SoftcodeFunction[] = [
  defineFunction('pemit', 2, 2, ({ args, engine }) => {
    for (const word of splitList(args[0]!)) {
      const target = engine.context.matchObject(engine.frame.executor, word);
      if (target === undefined) return SOFTCODE_ERRORS.notVisible;
      if (!send(engine, { kind: 'object', target, text: args[1]! })) return SOFTCODE_ERRORS.permission;
    }
    return '';
  }),
  defineFunction('emit', 1, 1, ({ args, engine }) => {
    const room = roomOf(engine, engine.frame.executor);
    if (room === undefined) return '';
    return send(engine, { kind: 'room', room, text: args[0]!, exclude: [] }) ? '' : SOFTCODE_ERRORS.permission;
  }),
  defineFunction('remit', 2, 2, ({ args, engine }) => {
    for (const word of splitList(args[0]!)) {
      const room = engine.context.matchObject(engine.frame.executor, word);
      if (room === undefined) return SOFTCODE_ERRORS.notVisible;
      if (!send(engine, { kind: 'room', room, text: args[1]!, exclude: [] })) return SOFTCODE_ERRORS.permission;
    }
    return '';
  }),
  defineFunction('oemit', 2, 2, ({ args, engine }) => {
    const spec = args[0]!;
    const slash = spec.indexOf('/');
    const roomText = slash === -1 ? undefined : spec.slice(0, slash).trim();
    const room = roomText === undefined ? roomOf(engine, engine.frame.executor) : engine.context.matchObject(engine.frame.executor, roomText);
    if (room === undefined) return SOFTCODE_ERRORS.notVisible;
    const exclude: number[] = [];
    for (const word of splitList(slash === -1 ? spec : spec.slice(slash + 1))) {
      const id = engine.context.matchObject(engine.frame.executor, word);
      if (id !== undefined) exclude.push(id);
    }
    return send(engine, { kind: 'room', room, text: args[1]!, exclude }) ? '' : SOFTCODE_ERRORS.permission;
  }),
];

function send(engine: SoftcodeEngine, output: Parameters<NonNullable<ReturnType<typeof worldOf>>['output']>[2]): boolean {
  const world = worldOf(engine);
  if (!world) return false;
  engine.budget.spend(Math.ceil(output.text.length / 8));
  return world.output(engine.frame.executor, engine.frame.enactor, output);
}

/** The room an object is in (a room is its own room, for emit from a room). */
function roomOf(engine: SoftcodeEngine, id: number): number | undefined {
  const facts = worldOf(engine)?.facts(id, id);
  if (!facts) return undefined;
  return facts.type === 'ROOM' ? facts.id : facts.location;
}
