// The server's memory over a soak, sampled every few seconds: the V8 heap figures from its /health
// answer (the heap in use, and the old generation left after the last full garbage collection),
// and its resident memory and CPU from the operating system.
import { ProcessSampler } from '../load/process-sampler.js';

export interface MemorySample {
  /** Minutes since the sampler started. */
  atMinutes: number;
  rssMb: number | null;
  cpuPercent: number | null;
  heapUsedMb: number | null;
  externalMb: number | null;
  heapAfterFullGcMb: number | null;
  fullGcs: number | null;
}

interface HealthMemory {
  heapUsedMb: number;
  externalMb: number;
  heapAfterFullGcMb: number | null;
  fullGcs: number;
}

const HEALTH_TIMEOUT_MS = 5000;

export class MemorySampler {
  readonly samples: MemorySample[] = [];
  private readonly process: ProcessSampler;
  private readonly startedAt = performance.now();
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;

  constructor(
    private readonly healthUrl: string,
    pid: number | null,
  ) {
    this.process = new ProcessSampler(pid);
  }

  get minutesSinceStart(): number {
    return (performance.now() - this.startedAt) / 60_000;
  }

  /** Health requests that failed (a busy or dead server); their samples carry no heap figures. */
  get healthFailures(): number {
    return this.failures;
  }

  /** The latest sample taken, if any. */
  get latest(): MemorySample | null {
    return this.samples.at(-1) ?? null;
  }

  /** When the first sample showing more than `fullGcs` full collections was taken (minutes), or null. */
  firstSampleAfterFullGcs(fullGcs: number): number | null {
    const later = this.samples.filter((sample) => sample.fullGcs !== null && sample.fullGcs > fullGcs);
    return later.length === 0 ? null : Math.min(...later.map((sample) => sample.atMinutes));
  }

  /** Full collections between the last sample before `fromMinutes` and the latest sample. */
  fullGcsSince(fromMinutes: number): number {
    const counted = this.samples.filter((sample) => sample.fullGcs !== null).sort((a, b) => a.atMinutes - b.atMinutes);
    const before = counted.filter((sample) => sample.atMinutes < fromMinutes).at(-1)?.fullGcs ?? counted[0]?.fullGcs ?? 0;
    return (counted.at(-1)?.fullGcs ?? 0) - before;
  }

  start(intervalSeconds: number): void {
    void this.sample();
    this.timer ??= setInterval(() => void this.sample(), intervalSeconds * 1000);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async sample(): Promise<MemorySample> {
    const atMinutes = this.minutesSinceStart;
    const [resources, memory] = await Promise.all([this.process.sample(), this.readHealth()]);
    const sample: MemorySample = {
      atMinutes: Math.round(atMinutes * 1000) / 1000,
      rssMb: resources.serverRssMb,
      cpuPercent: resources.serverCpuPercent,
      heapUsedMb: memory?.heapUsedMb ?? null,
      externalMb: memory?.externalMb ?? null,
      heapAfterFullGcMb: memory?.heapAfterFullGcMb ?? null,
      fullGcs: memory?.fullGcs ?? null,
    };
    this.samples.push(sample);
    return sample;
  }

  private async readHealth(): Promise<HealthMemory | null> {
    try {
      const response = await fetch(this.healthUrl, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
      const body = (await response.json()) as { memory?: HealthMemory };
      if (!body.memory) throw new Error('the server reports no memory in /health');
      return body.memory;
    } catch {
      this.failures += 1;
      return null;
    }
  }
}
