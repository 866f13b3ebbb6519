// Logs refused cluster messages without letting a flood of them flood the log: the first refusal
// on a subject is logged at once, later ones are counted and summed up at most once a window.
import type { Logger } from '../telemetry/logger.js';

export class RefusalLog {
  private readonly windows = new Map<string, { startedAt: number; suppressed: number }>();

  constructor(
    private readonly logger: Logger,
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one refused message; returns true when it was written to the log. */
  refused(subject: string, reason: string): boolean {
    const at = this.now();
    const window = this.windows.get(subject);
    if (window && at - window.startedAt < this.windowMs) {
      window.suppressed += 1;
      return false;
    }
    const suppressed = window?.suppressed ?? 0;
    this.windows.set(subject, { startedAt: at, suppressed: 0 });
    this.logger.warn({ subject, reason, suppressedBefore: suppressed, code: 'E_CLUSTER_MESSAGE_INVALID' }, 'refused a malformed cluster message');
    return true;
  }
}
