// The one entry point: evaluate softcode text for an executor and enactor, within budgets, and
// answer its output. It never throws and never runs past its budget: a limit reached stops the
// evaluation and the output is that limit's PennMUSH error string.
import { LimitReached, type SoftcodeLimitKind } from './evaluation-budget.js';
import { Evaluation } from './evaluator.js';
import type { FunctionRegistry } from './function-registry.js';
import { RegisterBank } from './registers.js';
import type { SoftcodeContext } from './softcode-context.js';
import { SOFTCODE_ERRORS } from './softcode-errors.js';
import { resolveSoftcodeLimits, type SoftcodeLimits } from './softcode-limits.js';
import { standardFunctions } from './standard-functions.js';

export interface EvaluateOptions {
  /** %!: whose code this is. */
  readonly executor: number;
  /** %#: who caused it; defaults to the executor. */
  readonly enactor?: number;
  /** %@; defaults to the enactor. */
  readonly caller?: number;
  /** %0-%9. */
  readonly args?: readonly string[];
  /** Q-registers set before the evaluation starts, by name. */
  readonly registers?: Readonly<Record<string, string>>;
  readonly limits?: Partial<SoftcodeLimits>;
  /** Defaults to every function Hearth has (standardFunctions()). */
  readonly functions?: FunctionRegistry;
  /** %c / %u: the command being run. */
  readonly command?: string;
}

export interface EvaluationResult {
  readonly output: string;
  /** Which budget ran out, when one did; the output is then its #-1 string. */
  readonly limitReached?: SoftcodeLimitKind | 'internal';
  /** The output reached maxOutputLength and was cut there, as PennMUSH cuts at BUFFER_LEN. */
  readonly truncated: boolean;
  readonly steps: number;
  readonly invocations: number;
  /** The q-registers as the evaluation left them. */
  readonly registers: Record<string, string>;
}

export function evaluateSoftcode(text: string, context: SoftcodeContext, options: EvaluateOptions): EvaluationResult {
  const limits = resolveSoftcodeLimits(options.limits);
  const registers = new RegisterBank(limits.maxNamedRegisters, options.registers);
  const enactor = options.enactor ?? options.executor;
  const evaluation = new Evaluation(
    context,
    options.functions ?? standardFunctions(),
    limits,
    registers,
    { executor: options.executor, enactor, caller: options.caller ?? enactor, args: options.args ?? [] },
    options.command ?? '',
  );
  const finish = (output: string, limitReached?: SoftcodeLimitKind | 'internal'): EvaluationResult => ({
    output,
    ...(limitReached ? { limitReached } : {}),
    truncated: evaluation.truncated,
    steps: evaluation.budget.steps,
    invocations: evaluation.budget.invocations,
    registers: registers.entries(),
  });
  try {
    return finish(evaluation.evaluateExpression(String(text)));
  } catch (error) {
    if (error instanceof LimitReached) return finish(error.message, error.kind);
    // A stack overflow is the call limit by another name; anything else is a bug, answered as text.
    if (error instanceof RangeError) return finish(SOFTCODE_ERRORS.callLimit, 'nesting');
    return finish(SOFTCODE_ERRORS.internal, 'internal');
  }
}

