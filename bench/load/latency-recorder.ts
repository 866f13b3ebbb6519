// Every round trip and every error of a run, with when it happened, so any window (a progress
// interval, the ramp-up, the measured part) can be summarised afterwards: rate, percentiles, errors.
import type { CommandKind, ErrorKind } from './commands.js';

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface WindowStats {
  seconds: number;
  commands: number;
  commandsPerSecond: number;
  latencyMs: LatencySummary;
  errors: number;
  errorsByKind: Partial<Record<ErrorKind, number>>;
  byCommand: Partial<Record<CommandKind, LatencySummary & { errors: number }>>;
}

export interface ErrorExample {
  atSeconds: number;
  kind: ErrorKind;
  command: CommandKind | null;
  line?: string;
}

interface Sample {
  at: number;
  kind: CommandKind;
  ms: number;
}

interface ErrorRecord {
  at: number;
  kind: ErrorKind;
  command: CommandKind | null;
  line?: string;
}

const KEPT_EXAMPLES = 20;

export class LatencyRecorder {
  readonly startedAt = performance.now();
  private readonly samples: Sample[] = [];
  private readonly errorRecords: ErrorRecord[] = [];
  private readonly connectTimes: number[] = [];
  private readonly loginTimes: number[] = [];
  private loginFailureCount = 0;
  private lines = 0;

  recordCommand(kind: CommandKind, ms: number): void {
    this.samples.push({ at: performance.now(), kind, ms });
  }

  /** Counts one line of output read by any player: how much the server's fan-out sends. */
  countLine(): void {
    this.lines += 1;
  }

  get linesReceived(): number {
    return this.lines;
  }

  recordError(kind: ErrorKind, command: CommandKind | null, line?: string): void {
    this.errorRecords.push({ at: performance.now(), kind, command, line });
  }

  /** Connect: socket opened until the welcome screen is read. Login: `create` sent until "Welcome". */
  recordLogin(connectMs: number, loginMs: number): void {
    this.connectTimes.push(connectMs);
    this.loginTimes.push(loginMs);
  }

  recordLoginFailure(line?: string): void {
    this.loginFailureCount += 1;
    this.recordError('login', null, line);
  }

  get totalErrors(): number {
    return this.errorRecords.length;
  }

  logins(): { succeeded: number; failed: number; connectMs: LatencySummary; loginMs: LatencySummary } {
    return {
      succeeded: this.loginTimes.length,
      failed: this.loginFailureCount,
      connectMs: summarize(this.connectTimes),
      loginMs: summarize(this.loginTimes),
    };
  }

  /** Everything recorded from `from` (inclusive) to `to` (exclusive), both performance.now() times. */
  window(from: number, to: number): WindowStats {
    const seconds = Math.max(0.001, (to - from) / 1000);
    const inside = this.samples.filter((sample) => sample.at >= from && sample.at < to);
    const errors = this.errorRecords.filter((error) => error.at >= from && error.at < to);
    const errorsByKind: WindowStats['errorsByKind'] = {};
    for (const error of errors) errorsByKind[error.kind] = (errorsByKind[error.kind] ?? 0) + 1;
    const byKind = new Map<CommandKind, number[]>();
    for (const sample of inside) {
      const list = byKind.get(sample.kind) ?? [];
      list.push(sample.ms);
      byKind.set(sample.kind, list);
    }
    const byCommand: WindowStats['byCommand'] = {};
    for (const [kind, values] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
      byCommand[kind] = { ...summarize(values), errors: errors.filter((error) => error.command === kind).length };
    }
    return {
      seconds,
      commands: inside.length,
      commandsPerSecond: inside.length / seconds,
      latencyMs: summarize(inside.map((sample) => sample.ms)),
      errors: errors.length,
      errorsByKind,
      byCommand,
    };
  }

  /** The first errors of the run, with the line that showed them, to tell what went wrong. */
  errorExamples(): ErrorExample[] {
    return this.errorRecords.slice(0, KEPT_EXAMPLES).map((error) => ({
      atSeconds: Number(((error.at - this.startedAt) / 1000).toFixed(1)),
      kind: error.kind,
      command: error.command,
      ...(error.line !== undefined ? { line: error.line } : {}),
    }));
  }
}

export function summarize(values: number[]): LatencySummary {
  if (values.length === 0) return { count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(values).sort();
  const rank = (p: number): number => round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!);
  const total = values.reduce((sum, value) => sum + value, 0);
  return { count: values.length, mean: round(total / values.length), p50: rank(50), p95: rank(95), p99: rank(99), max: round(sorted[sorted.length - 1]!) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
