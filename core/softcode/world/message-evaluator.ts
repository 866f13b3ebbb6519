// Messages as PennMUSH shows them: a message attribute (DESC, SUCC, OFAIL, ...) evaluated as the
// object's code with the reader as %#, colour kept and ended, other control characters removed.
// It runs over the world with no output: a message is read, so looking at something never makes it
// speak (pemit() and emit() in it do nothing).
import { evaluateSoftcode } from '../evaluate-softcode.js';
import type { SoftcodeLimits } from '../softcode-limits.js';
import { cleanOutput } from './clean-output.js';
import { type SoftcodeSurroundings, type SoftcodeWorldSource, WorldSoftcodeContext } from './world-softcode-context.js';

// Text with none of these is shown as written (no space compression either).
const NEEDS_EVALUATION = /[[%\\({]/;

export class MessageEvaluator {
  private readonly context: WorldSoftcodeContext;

  constructor(
    world: SoftcodeWorldSource,
    surroundings: Omit<SoftcodeSurroundings, 'deliver'>,
    private readonly limits?: Partial<SoftcodeLimits>,
  ) {
    this.context = new WorldSoftcodeContext(world, { ...surroundings, deliver: () => undefined });
  }

  /**
   * What a player typed (say [time()]), evaluated as their own code, as PennMUSH evaluates say,
   * pose and @emit: with their privileges and no output of its own.
   */
  evaluateTyped(actor: number, text: string): string {
    return this.evaluate(actor, text, actor);
  }

  evaluate(objectId: number, code: string, enactor: number): string {
    if (!NEEDS_EVALUATION.test(code)) return code;
    return cleanOutput(evaluateSoftcode(code, this.context, { executor: objectId, enactor, ...(this.limits ? { limits: this.limits } : {}) }).output);
  }
}
