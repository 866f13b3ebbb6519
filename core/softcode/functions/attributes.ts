// Functions over attributes, through the context: u/ufun ulocal ulambda (call an attribute's code
// with arguments), v get xget (read one unevaluated), default edefault udefault (fall back when
// it is missing). `#lambda/<code>` stands for an attribute holding <code> wherever u() is allowed.
import { defineFunction, type FunctionCall, type SoftcodeFunction } from '../function-registry.js';
import type { SoftcodeEngine } from '../softcode-engine.js';

const NOT_OBJECT_ATTRIBUTE = '#-1 ARGUMENT MUST BE OBJ/ATTR';

export const attributeFunctions: SoftcodeFunction[] = [
  defineFunction('u', 1, 33, ({ args, engine }) => engine.callAttribute(args[0]!, args.slice(1))),
  defineFunction('ufun', 1, 33, ({ args, engine }) => engine.callAttribute(args[0]!, args.slice(1))),
  defineFunction('ulambda', 1, 33, ({ args, engine }) => engine.callAttribute(args[0]!, args.slice(1))),
  defineFunction('ulocal', 1, 33, ({ args, engine }) => engine.callAttribute(args[0]!, args.slice(1), { localRegisters: true })),
  defineFunction('v', 1, 1, ({ args, engine }) => {
    const name = args[0]!.trim();
    if (/^\d$/.test(name)) return engine.frame.args[Number(name)] ?? '';
    return textOf(engine, name);
  }),
  defineFunction('get', 1, 1, ({ args, engine }) => (args[0]!.includes('/') ? textOf(engine, args[0]!) : NOT_OBJECT_ATTRIBUTE)),
  defineFunction('xget', 2, 2, ({ args, engine }) => textOf(engine, `${args[0]!.trim()}/${args[1]!.trim()}`)),
  defineFunction('default', 2, Infinity, (call) => withDefault(call, (_reference, text) => text), { lazy: true }),
  defineFunction('edefault', 2, 2, (call) => withDefault(call, (reference) => call.engine.callAttribute(reference, [])), { lazy: true }),
  defineFunction('udefault', 2, 34, (call) => udefault(call), { lazy: true }),
];

function textOf(engine: SoftcodeEngine, reference: string): string {
  const read = engine.readAttribute(reference);
  if ('error' in read) return read.error;
  return 'missing' in read ? '' : read.text;
}

/** default(ref, ..., fallback): the first ref that exists, as `use` makes it; else fallback evaluated. */
function withDefault({ args, engine }: FunctionCall, use: (reference: string, text: string) => string): string {
  for (let i = 0; i < args.length - 1; i += 1) {
    const reference = engine.evaluate(args[i]!);
    const read = engine.readAttribute(reference);
    if ('text' in read) return use(reference, read.text);
  }
  return engine.evaluate(args[args.length - 1]!);
}

/** udefault(ref, fallback, args...): u(ref, args...) when ref exists, else fallback evaluated. */
function udefault({ args, engine }: FunctionCall): string {
  const reference = engine.evaluate(args[0]!);
  const read = engine.readAttribute(reference);
  if ('text' in read) return engine.callAttribute(reference, args.slice(2).map((raw) => engine.evaluate(raw)));
  return engine.evaluate(args[1]!);
}
