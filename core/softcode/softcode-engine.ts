// What a running evaluation offers the functions it calls: evaluating raw arguments, the frame
// (%#, %!, %@, %0-%9), registers, loop and switch state, attribute calls through the context, and
// the budget. Functions see only this, so each family stays a small file of pure text logic.
import type { EvaluationBudget } from './evaluation-budget.js';
import type { RegisterBank } from './registers.js';
import type { SoftcodeContext } from './softcode-context.js';
import type { SoftcodeLimits } from './softcode-limits.js';

/** Who is running the code and with what arguments: PennMUSH's executor, enactor and caller. */
export interface EvaluationFrame {
  /** %!: the object whose code runs. */
  readonly executor: number;
  /** %#: the object that caused it. */
  readonly enactor: number;
  /** %@: the object that called this code (u() sets it to the calling executor). */
  readonly caller: number;
  /** %0-%9 and %+. */
  readonly args: readonly string[];
}

/** One turn of an iter()-style loop: its word (itext, %i0) and 1-based position (inum). */
export interface IterationState {
  item: string;
  index: number;
}

export interface SoftcodeEngine {
  readonly context: SoftcodeContext;
  readonly frame: EvaluationFrame;
  readonly registers: RegisterBank;
  readonly budget: EvaluationBudget;
  readonly limits: SoftcodeLimits;
  /** Innermost last. */
  readonly iterations: IterationState[];
  /** The strings switch() is matching, innermost last (stext, %$0). */
  readonly switches: string[];
  /** Evaluates raw text as a function argument: outer braces stripped, spaces compressed. */
  evaluate(raw: string): string;
  /**
   * Calls `[obj/]attr` (or `#lambda/code`) as u() does: the attribute's code evaluated with its
   * object as executor and `args` as %0-%9. `localRegisters` restores the q-registers afterwards
   * (ulocal). Answers the result, or a #-1 string when the object is not visible.
   */
  callAttribute(reference: string, args: readonly string[], options?: { localRegisters?: boolean }): string;
  /** Reads `[obj/]attr` unevaluated, as get() does: the text, or a #-1 string. */
  readAttribute(reference: string): { text: string } | { error: string } | { missing: true };
  /** Runs `body` and then puts the q-registers back as they were (localize, letq). */
  withLocalRegisters<T>(body: () => T): T;
  /** Cuts text to the output limit. */
  capOutput(text: string): string;
}
