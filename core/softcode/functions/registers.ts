// Q-register functions: setq setr r letq localize unsetq. Register names are any case; a bad name
// or a full scope answers PennMUSH's error string instead of setting anything.
import { defineFunction, type FunctionCall, type SoftcodeFunction } from '../function-registry.js';
import { isValidRegisterName } from '../registers.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { matchesWildcard } from '../wildcard.js';

export const registerFunctions: SoftcodeFunction[] = [
  defineFunction('setq', 2, Infinity, (call) => setRegisters(call, false)),
  defineFunction('setr', 2, Infinity, (call) => setRegisters(call, true)),
  defineFunction('r', 1, 2, ({ args, engine }) => {
    const name = args[0]!.trim();
    return isValidRegisterName(name) ? engine.registers.get(name) : SOFTCODE_ERRORS.registerName;
  }),
  defineFunction('unsetq', 0, 1, ({ args, engine }) => {
    const patterns = (args[0] ?? '').trim();
    if (patterns === '') {
      engine.registers.restore(new Map());
      return '';
    }
    const kept = engine.registers.snapshot();
    for (const name of [...kept.keys()]) if (patterns.split(/\s+/).some((pattern) => matchesWildcard(name, pattern))) kept.delete(name);
    engine.registers.restore(kept);
    return '';
  }),
  defineFunction('listq', 0, 1, ({ args, engine }) => {
    const pattern = (args[0] ?? '').trim() || '*';
    return Object.entries(engine.registers.entries())
      .filter(([name, value]) => value !== '' && matchesWildcard(name, pattern))
      .map(([name]) => name)
      .sort()
      .join(' ');
  }),
  defineFunction('letq', 1, Infinity, (call) => letq(call), { lazy: true }),
  defineFunction('localize', 1, 1, ({ args, engine }) => engine.withLocalRegisters(() => engine.evaluate(args[0]!)), { lazy: true }),
];

function setRegisters({ name, args, engine }: FunctionCall, returnValue: boolean): string {
  if (args.length % 2 !== 0) return `#-1 FUNCTION (${name}) EXPECTS AN EVEN NUMBER OF ARGUMENTS`;
  for (let i = 0; i < args.length; i += 2) {
    const refused = engine.registers.set(args[i]!.trim(), args[i + 1]!);
    if (refused) return refused;
  }
  return returnValue ? args[1]! : '';
}

/** letq(reg, value, ..., expr): values are all evaluated first, then set for expr alone. */
function letq({ name, args, engine }: FunctionCall): string {
  if (args.length % 2 !== 1) return `#-1 FUNCTION (${name}) EXPECTS AN ODD NUMBER OF ARGUMENTS`;
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < args.length; i += 2) pairs.push([engine.evaluate(args[i]!).trim(), engine.evaluate(args[i + 1]!)]);
  const saved = pairs.map(([register]) => [register, engine.registers.get(register)] as const);
  try {
    for (const [register, value] of pairs) {
      const refused = engine.registers.set(register, value);
      if (refused) return refused;
    }
    return engine.evaluate(args[args.length - 1]!);
  } finally {
    for (const [register, value] of saved) engine.registers.set(register, value);
  }
}
