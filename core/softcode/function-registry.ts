// How a softcode function is declared and found. A function names its argument counts (PennMUSH
// checks them before the call and answers `#-1 FUNCTION (X) EXPECTS ...`), says whether it takes
// its arguments raw (the control functions: if, switch, iter, ...) and computes text from text.
import type { SoftcodeEngine } from './softcode-engine.js';

export interface FunctionCall {
  /** The name as PennMUSH reports it, upper case. */
  readonly name: string;
  /** Evaluated arguments, or raw ones for a lazy function (evaluate them with engine.evaluate). */
  readonly args: readonly string[];
  readonly engine: SoftcodeEngine;
}

export interface SoftcodeFunction {
  readonly name: string;
  readonly minArgs: number;
  /** Infinity when any number of arguments is accepted. */
  readonly maxArgs: number;
  /** True when the arguments arrive unevaluated, for the function to evaluate as it needs. */
  readonly lazy?: boolean;
  run(call: FunctionCall): string;
}

/** Declares a function; `maxArgs` defaults to `minArgs`. */
export function defineFunction(
  name: string,
  minArgs: number,
  maxArgs: number,
  run: (call: FunctionCall) => string,
  options: { lazy?: boolean } = {},
): SoftcodeFunction {
  return { name: name.toUpperCase(), minArgs, maxArgs, run, ...(options.lazy ? { lazy: true } : {}) };
}

/** Functions by name, any case. */
export class FunctionRegistry {
  private readonly functions = new Map<string, SoftcodeFunction>();

  constructor(functions: Iterable<SoftcodeFunction> = []) {
    for (const fn of functions) this.add(fn);
  }

  add(fn: SoftcodeFunction): void {
    this.functions.set(fn.name.toUpperCase(), fn);
  }

  /** Adds a second name for a function already here (PennMUSH's aliases: parse for iter). */
  alias(alias: string, name: string): void {
    const fn = this.functions.get(name.toUpperCase());
    if (fn) this.functions.set(alias.toUpperCase(), { ...fn, name: alias.toUpperCase() });
  }

  get(name: string): SoftcodeFunction | undefined {
    return this.functions.get(name.toUpperCase());
  }

  names(): string[] {
    return [...this.functions.keys()].sort();
  }
}
