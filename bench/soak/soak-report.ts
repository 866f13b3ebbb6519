// What a soak prints and keeps: a progress line every so often, the memory series the trends are
// fitted to, the summary with the verdict, and the results as JSON.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ChurnCounts } from '../load/churn.js';
import type { ErrorExample, LatencySummary, WindowStats } from '../load/latency-recorder.js';
import type { LoadResults } from '../load/report.js';
import type { LogWarning } from '../load/server-process.js';
import type { MemorySample } from './memory-sampler.js';
import type { MemoryPoint, MemoryTrend, Verdict } from './memory-trend.js';
import type { SoakOptions } from './options.js';

export interface SoakResults {
  benchmark: 'soak';
  startedAt: string;
  options: Omit<SoakOptions, 'databaseUrl'> & { databaseUrl?: string };
  machine: LoadResults['machine'];
  server: { database: 'pglite' | 'postgres'; exitCode: number | null; warnings: LogWarning[]; peakRssMb: number };
  play: {
    minutes: number;
    /** The warm-up as it lasted: --warmup, or longer while the server had done no full collection. */
    warmupMinutes: number;
    measuredMinutes: number;
    endedEarly: boolean;
    connectedAtEnd: number;
    logins: { succeeded: number; failed: number; connectMs: LatencySummary; loginMs: LatencySummary };
    churn: ChurnCounts;
    commands: WindowStats;
    errorExamples: ErrorExample[];
  };
  memory: {
    samples: MemorySample[];
    healthFailures: number;
    trends: Record<'heapAfterFullGc' | 'heapUsed' | 'rss' | 'external', MemoryTrend | null>;
  };
  verdict: Verdict;
}

export interface MemorySeries {
  /** One point per newly seen full collection: the old generation it left. */
  heapAfterFullGc: MemoryPoint[];
  heapUsed: MemoryPoint[];
  rss: MemoryPoint[];
  external: MemoryPoint[];
}

/** The samples taken from `fromMinutes` on, as one series per figure. */
export function memorySeries(samples: readonly MemorySample[], fromMinutes: number): MemorySeries {
  const series: MemorySeries = { heapAfterFullGc: [], heapUsed: [], rss: [], external: [] };
  const ordered = [...samples].sort((a, b) => a.atMinutes - b.atMinutes);
  let lastFullGcs: number | null = null;
  for (const sample of ordered) {
    // A collection is new when the count moved since the previous answer, warm-up ones included.
    const newCollection = sample.fullGcs !== null && sample.heapAfterFullGcMb !== null && lastFullGcs !== null && sample.fullGcs > lastFullGcs;
    if (sample.fullGcs !== null) lastFullGcs = sample.fullGcs;
    if (sample.atMinutes < fromMinutes) continue;
    const at = sample.atMinutes;
    if (newCollection) series.heapAfterFullGc.push({ atMinutes: at, mb: sample.heapAfterFullGcMb! });
    if (sample.heapUsedMb !== null) series.heapUsed.push({ atMinutes: at, mb: sample.heapUsedMb });
    if (sample.rssMb !== null) series.rss.push({ atMinutes: at, mb: sample.rssMb });
    if (sample.externalMb !== null) series.external.push({ atMinutes: at, mb: sample.externalMb });
  }
  return series;
}

export interface ProgressFigures {
  sample: MemorySample;
  phase: 'warm-up' | 'measured';
  playStart: number;
  connected: number;
  planned: number;
  window: WindowStats;
  churn: ChurnCounts;
  totalErrors: number;
}

export function printProgress(log: (line: string) => void, figures: ProgressFigures): void {
  const { sample, window, churn } = figures;
  const played = Math.max(0, sample.atMinutes - figures.playStart);
  const clock = `${Math.floor(played)}:${String(Math.floor((played % 1) * 60)).padStart(2, '0')}`;
  log(
    `[${clock.padStart(6)}] ${figures.phase.padEnd(8)} players ${figures.connected}/${figures.planned}  rejoins ${churn.returned}/${churn.started}` +
      `  cmds/s ${window.commandsPerSecond.toFixed(1)} p99 ${window.latencyMs.p99.toFixed(0)}ms  errors ${window.errors} (total ${figures.totalErrors})` +
      `  RSS ${mb(sample.rssMb)}  heap ${mb(sample.heapUsedMb)} (after full GC ${mb(sample.heapAfterFullGcMb)}, ${sample.fullGcs ?? '?'} full GCs)` +
      `  external ${mb(sample.externalMb)}  CPU ${sample.cpuPercent ?? '?'}%`,
  );
}

export function printSoakSummary(log: (line: string) => void, results: SoakResults): void {
  const { play, memory, verdict } = results;
  log('');
  log(
    `played ${play.minutes} min (${play.measuredMinutes} min measured after ${play.warmupMinutes} min warm-up)${play.endedEarly ? ', ended early' : ''};` +
      ` ${play.connectedAtEnd}/${results.options.clients} players connected at the end`,
  );
  log(
    `logins ${play.logins.succeeded} (${play.logins.failed} failed); players left and came back ${play.churn.returned} times` +
      ` (${play.churn.byKind.quit} by QUIT, ${play.churn.byKind.drop} by dropping the connection, ${play.churn.failed} failed to return)`,
  );
  log(
    `commands ${play.commands.commands} (${play.commands.commandsPerSecond.toFixed(1)}/s), p50 ${play.commands.latencyMs.p50}ms p99 ${play.commands.latencyMs.p99}ms,` +
      ` errors ${play.commands.errors} ${JSON.stringify(play.commands.errorsByKind)}`,
  );
  log(`memory samples ${memory.samples.length} (${memory.healthFailures} without heap figures); peak RSS ${results.server.peakRssMb} MB`);
  log('trends after the warm-up (lower envelope per window, least squares):');
  const names: Record<keyof SoakResults['memory']['trends'], string> = {
    heapAfterFullGc: 'V8 heap after full GC (judged)',
    heapUsed: 'V8 heap in use',
    rss: 'resident memory (RSS)',
    external: 'external (buffers, WebAssembly)',
  };
  for (const [key, label] of Object.entries(names) as Array<[keyof typeof names, string]>) {
    const trend = memory.trends[key];
    log(
      `  ${label.padEnd(32)} ` +
        (trend
          ? `${signed(trend.slopeMbPerMinute)} MB/min  (${trend.firstMb} → ${trend.lastMb} MB over ${trend.spanMinutes} min; fitted ${signed(trend.fittedGrowthMb)} MB; ${trend.windows} windows of ${trend.points} points)`
          : 'too few points'),
    );
  }
  for (const example of play.errorExamples.slice(0, 5)) {
    log(`  error at ${example.atSeconds} s: ${example.kind}${example.command ? ` (${example.command})` : ''}${example.line ? `: ${example.line}` : ''}`);
  }
  for (const warning of results.server.warnings.slice(0, 5)) log(`  server ${warning.level} ×${warning.count}: ${warning.message}`);
  log('');
  log(`verdict: ${verdict.kind === 'growing' ? 'GROWTH TREND' : verdict.kind === 'steady' ? 'no growth trend' : 'no verdict'}: ${verdict.reason}`);
}

export async function writeSoakResults(path: string, results: SoakResults): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}

function mb(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(1)} MB`;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
