// The running count of one evaluation's work against its SoftcodeLimits. Going over a limit
// throws LimitReached, which only the evaluator's entry point catches: the evaluation stops at
// once and answers with the limit's #-1 string, so a runaway loop costs no more than its budget.
import { SOFTCODE_ERRORS } from './softcode-errors.js';
import type { SoftcodeLimits } from './softcode-limits.js';

export type SoftcodeLimitKind = 'invocations' | 'recursion' | 'nesting' | 'steps';

/** Thrown inside the evaluator when a budget runs out; never escapes evaluateSoftcode. */
export class LimitReached {
  constructor(readonly kind: SoftcodeLimitKind) {}

  get message(): string {
    switch (this.kind) {
      case 'invocations':
        return SOFTCODE_ERRORS.invocationLimit;
      case 'recursion':
        return SOFTCODE_ERRORS.recursionLimit;
      case 'nesting':
        return SOFTCODE_ERRORS.callLimit;
      case 'steps':
        return SOFTCODE_ERRORS.cpuLimit;
    }
  }
}

export class EvaluationBudget {
  steps = 0;
  invocations = 0;
  functionDepth = 0;
  nesting = 0;

  constructor(readonly limits: SoftcodeLimits) {}

  /** Spends `units` of work. */
  spend(units = 1): void {
    this.steps += units;
    if (this.steps > this.limits.maxSteps) throw new LimitReached('steps');
  }

  /** Counts one function call and enters it; pair with leaveFunction. */
  enterFunction(): void {
    this.invocations += 1;
    if (this.invocations > this.limits.maxInvocations) throw new LimitReached('invocations');
    this.functionDepth += 1;
    if (this.functionDepth > this.limits.maxFunctionDepth) throw new LimitReached('recursion');
    this.spend();
  }

  leaveFunction(): void {
    this.functionDepth -= 1;
  }

  /** Enters one nested parse; pair with leaveNesting. */
  enterNesting(): void {
    this.nesting += 1;
    if (this.nesting > this.limits.maxNesting) throw new LimitReached('nesting');
  }

  leaveNesting(): void {
    this.nesting -= 1;
  }
}
