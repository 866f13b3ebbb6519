// Picking among expressions, all lazy so nothing after the answer is evaluated: cond condall
// ncond ncondall (condition/expression pairs), firstof allof (by truth), strfirstof strallof (by
// being non-empty).
import { defineFunction, type FunctionCall, type SoftcodeFunction } from '../function-registry.js';
import { isTrue } from '../numbers.js';

export const conditionFunctions: SoftcodeFunction[] = [
  defineFunction('cond', 2, Infinity, (call) => conditions(call, { all: false, wanted: true }), { lazy: true }),
  defineFunction('condall', 2, Infinity, (call) => conditions(call, { all: true, wanted: true }), { lazy: true }),
  defineFunction('ncond', 2, Infinity, (call) => conditions(call, { all: false, wanted: false }), { lazy: true }),
  defineFunction('ncondall', 2, Infinity, (call) => conditions(call, { all: true, wanted: false }), { lazy: true }),
  defineFunction('firstof', 1, Infinity, (call) => firstOf(call, isTrue), { lazy: true }),
  defineFunction('strfirstof', 1, Infinity, (call) => firstOf(call, (text) => text !== ''), { lazy: true }),
  defineFunction('allof', 2, Infinity, (call) => allOf(call, isTrue), { lazy: true }),
  defineFunction('strallof', 2, Infinity, (call) => allOf(call, (text) => text !== ''), { lazy: true }),
];

/** cond(c1, e1, c2, e2, ...[, default]): the expression after the first condition that is `wanted`. */
function conditions({ args, engine }: FunctionCall, how: { all: boolean; wanted: boolean }): string {
  let out = '';
  let matched = false;
  let i = 0;
  for (; i + 1 < args.length; i += 2) {
    engine.budget.spend();
    if (isTrue(engine.evaluate(args[i]!)) !== how.wanted) continue;
    matched = true;
    out += engine.evaluate(args[i + 1]!);
    if (!how.all) return out;
    out = engine.capOutput(out);
  }
  if (!matched && i < args.length) return engine.evaluate(args[i]!);
  return out;
}

/** firstof(e1, e2, ...): the first result that passes, else the last one evaluated. */
function firstOf({ args, engine }: FunctionCall, passes: (text: string) => boolean): string {
  let result = '';
  for (const raw of args) {
    result = engine.evaluate(raw);
    if (passes(result)) return result;
  }
  return result;
}

/** allof(e1, ..., separator): every result that passes, joined by the (evaluated) last argument. */
function allOf({ args, engine }: FunctionCall, passes: (text: string) => boolean): string {
  const separator = engine.evaluate(args[args.length - 1]!);
  const kept: string[] = [];
  for (const raw of args.slice(0, -1)) {
    const result = engine.evaluate(raw);
    if (passes(result)) kept.push(result);
  }
  return kept.join(separator);
}
