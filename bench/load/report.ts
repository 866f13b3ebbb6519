// What a run prints while it goes (a line per interval) and at the end (a summary and the JSON
// results file), in the same words docs/BENCHMARKS.md uses.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { ThreadProfile } from './cpu-profile.js';
import type { ErrorExample, LatencySummary, WindowStats } from './latency-recorder.js';
import type { LoadOptions } from './options.js';
import type { ResourceSample } from './process-sampler.js';
import type { LogWarning } from './server-process.js';

export interface IntervalReport {
  atSeconds: number;
  phase: 'ramp-up' | 'settling' | 'measured' | 'stopping';
  connected: number;
  commandsPerSecond: number;
  /** Lines of output all players read per second (each say is read by everyone in the room). */
  outputLinesPerSecond: number;
  latencyMs: LatencySummary;
  errors: number;
  totalErrors: number;
  resources: ResourceSample;
  /** The bench's own event-loop delay p99 (ms): when high, the bench, not the server, is slow. */
  benchLoopDelayP99Ms: number;
}

/** One process of the server under test over the measured part (a cluster has several). */
export interface ProcessFigures {
  name: string;
  pid: number;
  /** Share of one core over the measured part (%); null when it could not be read. */
  cpuPercent: number | null;
  rssMbAtEnd: number | null;
  peakRssMb: number | null;
  /**
   * KB/s the process passed to read and write calls over the measured part (sockets, files and
   * pipes alike; Linux only): nats-server's is its NATS traffic.
   */
  readKBps?: number;
  writtenKBps?: number;
}

export interface LoadResults {
  benchmark: 'load';
  /** Which server this was, when a run measures more than one ("single process", "cluster"). */
  label?: string;
  startedAt: string;
  /** The options of the run; the admin account and any database password are left out. */
  options: LoadOptions;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    /** One-minute load average when the run started and ended: other work on the machine shows here. */
    loadAverage: { atStart: number; atEnd: number };
  };
  server: { mode: 'started' | 'connected'; database: 'pglite' | 'postgres' | 'unknown'; peakRssMb: number | null; warnings: LogWarning[] };
  players: { planned: number; telnet: number; websocket: number; byProfile: Record<string, number> };
  logins: { succeeded: number; failed: number; rampSeconds: number; connectMs: LatencySummary; loginMs: LatencySummary };
  /** From the first login to the start of the measured part (ramp-up and settling). */
  rampUp: WindowStats;
  measured: WindowStats & {
    connectedAtEnd: number;
    outputLinesPerSecond: number;
    serverCpuPercent: number | null;
    serverRssMbAtEnd: number | null;
    /** Each process of the server by name, when it has more than one. */
    processes?: ProcessFigures[];
  };
  intervals: IntervalReport[];
  errorExamples: ErrorExample[];
  cpuProfile?: ThreadProfile[];
}

export function printInterval(report: IntervalReport, planned: number): void {
  const { latencyMs: l, resources: r } = report;
  const server = r.serverRssMb === null ? 'server n/a' : `server RSS ${r.serverRssMb.toFixed(0)} MB CPU ${r.serverCpuPercent ?? 0}%`;
  const machine = r.machineCpuPercent === null ? '' : `  machine CPU ${r.machineCpuPercent}%`;
  console.log(
    `[${String(Math.round(report.atSeconds)).padStart(4)} s] ${report.phase.padEnd(8)} connected ${report.connected}/${planned}` +
      `  cmds/s ${report.commandsPerSecond.toFixed(1)} (lines out/s ${report.outputLinesPerSecond.toFixed(0)})  p50 ${ms(l.p50)} p95 ${ms(l.p95)} p99 ${ms(l.p99)} max ${ms(l.max)}` +
      `  errors ${report.errors} (total ${report.totalErrors})  ${server}${machine}  bench CPU ${r.benchCpuPercent}% loop p99 ${ms(report.benchLoopDelayP99Ms)}`,
  );
}

export function printSummary(results: LoadResults): void {
  const { logins, measured, server } = results;
  console.log(`\n=== Hearth load run${results.label ? `: ${results.label}` : ''} ===`);
  const { cpus: cores, cpuModel, loadAverage } = results.machine;
  console.log(`machine: ${cores} × ${cpuModel}, ${results.machine.node}; load average ${loadAverage.atStart} at start, ${loadAverage.atEnd} at end`);
  console.log(
    `${results.players.planned} players (${results.players.telnet} telnet, ${results.players.websocket} websocket), profile ${results.options.profile}` +
      `${results.options.actions ? ` (only ${results.options.actions.join(', ')})` : ''}` +
      ` ${JSON.stringify(results.players.byProfile)}, think ${results.options.thinkSeconds} s,` +
      ` database ${server.database}${server.database === 'pglite' && results.options.coldStart ? ' (first start)' : ''}`,
  );
  console.log(
    `logins: ${logins.succeeded} ok, ${logins.failed} failed, ramp-up ${logins.rampSeconds.toFixed(1)} s;` +
      ` connect p50 ${ms(logins.connectMs.p50)} p99 ${ms(logins.connectMs.p99)}; login (create→room) p50 ${ms(logins.loginMs.p50)} p95 ${ms(logins.loginMs.p95)} p99 ${ms(logins.loginMs.p99)} max ${ms(logins.loginMs.max)}`,
  );
  const l = measured.latencyMs;
  console.log(
    `measured ${measured.seconds.toFixed(0)} s: ${measured.commands} commands, ${measured.commandsPerSecond.toFixed(1)} cmds/s` +
      ` (${measured.outputLinesPerSecond.toFixed(0)} lines of output read per second),` +
      ` latency p50 ${ms(l.p50)} p95 ${ms(l.p95)} p99 ${ms(l.p99)} max ${ms(l.max)}, errors ${measured.errors} ${JSON.stringify(measured.errorsByKind)}`,
  );
  console.log(
    `server: RSS ${megabytes(measured.serverRssMbAtEnd)} at end, peak ${megabytes(server.peakRssMb)};` +
      ` CPU ${measured.serverCpuPercent === null ? 'n/a' : `${measured.serverCpuPercent}% of one core`} (measured part);` +
      ` players connected at end ${measured.connectedAtEnd}`,
  );
  for (const process of measured.processes ?? []) {
    console.log(
      `  ${process.name.padEnd(16)} pid ${String(process.pid).padEnd(8)} CPU ${process.cpuPercent === null ? 'n/a' : `${process.cpuPercent}%`}` +
        ` RSS ${megabytes(process.rssMbAtEnd)} at end, peak ${megabytes(process.peakRssMb)}` +
        (process.readKBps === undefined ? '' : `, I/O read ${process.readKBps} KB/s, written ${process.writtenKBps} KB/s`),
    );
  }
  console.log('\n  command      count    p50     p95     p99     max   errors');
  for (const [kind, stats] of Object.entries(measured.byCommand)) {
    console.log(`  ${kind.padEnd(10)} ${String(stats.count).padStart(7)} ${ms(stats.p50).padStart(7)} ${ms(stats.p95).padStart(7)} ${ms(stats.p99).padStart(7)} ${ms(stats.max).padStart(7)} ${String(stats.errors).padStart(6)}`);
  }
  if (results.errorExamples.length > 0) {
    console.log('\nfirst errors:');
    for (const example of results.errorExamples.slice(0, 8)) {
      console.log(`  ${example.atSeconds} s ${example.kind}${example.command ? ` (${example.command})` : ''}${example.line ? `: ${example.line}` : ''}`);
    }
  }
  if (server.warnings.length > 0) {
    console.log('\nserver log warnings:');
    for (const warning of server.warnings.slice(0, 8)) console.log(`  ${warning.count}× ${warning.level}: ${warning.message}`);
  }
}

export async function writeResults(path: string, results: LoadResults): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults written to ${path}`);
}

export function describeMachine(loadAverageAtStart: number): LoadResults['machine'] {
  const processors = cpus();
  return {
    cpus: processors.length,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: process.platform,
    loadAverage: { atStart: loadAverageAtStart, atEnd: Math.round(loadavg()[0]! * 100) / 100 },
  };
}

function megabytes(value: number | null): string {
  return value === null ? 'n/a' : `${value} MB`;
}

function ms(value: number): string {
  return `${value < 9.95 ? value.toFixed(1) : value.toFixed(0)}ms`;
}
