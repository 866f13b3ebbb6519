// The line a run prints every interval (and once at the end): players connected, commands per
// second, latency percentiles and errors of the interval, the server's memory and CPU, and how
// busy the bench itself is, so a slow bench is never mistaken for a slow server.
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import type { LatencyRecorder } from './latency-recorder.js';
import type { ProcessSampler } from './process-sampler.js';
import { type IntervalReport, printInterval } from './report.js';

export class ProgressReporter {
  readonly intervals: IntervalReport[] = [];
  phase: IntervalReport['phase'] = 'ramp-up';
  private readonly loopDelay: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private intervalStart = performance.now();
  private linesAtStart = 0;
  private ticker: NodeJS.Timeout | null = null;

  constructor(
    private readonly recorder: LatencyRecorder,
    private readonly sampler: ProcessSampler,
    private readonly connected: () => number,
    private readonly planned: number,
  ) {}

  async start(intervalSeconds: number): Promise<void> {
    this.loopDelay.enable();
    // The first sample only sets the baseline CPU times the next one is measured from.
    await this.sampler.sample();
    this.intervalStart = performance.now();
    this.linesAtStart = this.recorder.linesReceived;
    this.ticker = setInterval(() => void this.report(), intervalSeconds * 1000);
  }

  /** Stops the periodic lines and prints the last, partial interval. */
  async finish(): Promise<void> {
    this.stop();
    await this.report();
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    this.loopDelay.disable();
  }

  private async report(): Promise<void> {
    const now = performance.now();
    const window = this.recorder.window(this.intervalStart, now);
    const lines = this.recorder.linesReceived;
    const outputLinesPerSecond = (lines - this.linesAtStart) / window.seconds;
    this.intervalStart = now;
    this.linesAtStart = lines;
    const report: IntervalReport = {
      atSeconds: (now - this.recorder.startedAt) / 1000,
      phase: this.phase,
      connected: this.connected(),
      commandsPerSecond: window.commandsPerSecond,
      outputLinesPerSecond,
      latencyMs: window.latencyMs,
      errors: window.errors,
      totalErrors: this.recorder.totalErrors,
      resources: await this.sampler.sample(),
      benchLoopDelayP99Ms: this.loopDelay.percentile(99) / 1e6,
    };
    this.loopDelay.reset();
    this.intervals.push(report);
    printInterval(report, this.planned);
  }
}
