// One soak: start a server, build the bench world, log a mixed crowd in, let it play for the
// chosen minutes while players leave and come back, sample the server's memory all along, then
// stop everything and judge the heap's trend after the warm-up. The CLI (bench/soak.ts) and the
// end-to-end test (test/e2e/soak.test.ts) both run this.
import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Churn } from '../load/churn.js';
import { Crowd, planPlayers } from '../load/crowd.js';
import { LatencyRecorder } from '../load/latency-recorder.js';
import { CONNECT_TIMEOUT_MS, connectorFor } from '../load/connector.js';
import { describeMachine } from '../load/report.js';
import { type ServerTarget, prepareTarget, redactedUrl } from '../load/server-target.js';
import { connectTelnet } from '../load/telnet-bot.js';
import { buildBenchWorld } from '../load/world-setup.js';
import { MemorySampler } from './memory-sampler.js';
import { judgeTrend, memoryTrend } from './memory-trend.js';
import type { SoakOptions } from './options.js';
import { type SoakResults, memorySeries, printProgress } from './soak-report.js';

/**
 * How much longer than asked the warm-up may last while no full collection has come, and the
 * measured part while fewer than --min-full-gcs have (unless the options say otherwise).
 */
const MAX_EXTENSION_MINUTES = 5;

export interface SoakHooks {
  /** Aborted to end the run early (Ctrl-C); what was sampled so far is still judged. */
  cancel?: AbortSignal;
  log?: (line: string) => void;
}

export async function runSoak(options: SoakOptions, hooks: SoakHooks = {}): Promise<SoakResults> {
  const log = hooks.log ?? ((line: string) => console.log(line));
  const cancel = hooks.cancel ?? new AbortController().signal;
  const cleanups: Array<() => Promise<unknown>> = [];
  const loadAverageAtStart = Math.round(loadavg()[0]! * 100) / 100;
  const startedAt = new Date().toISOString();
  try {
    const target = await prepareTarget(
      { clients: options.clients, out: options.out, databaseUrl: options.databaseUrl, serverLog: options.serverLog, reuseDatabase: false, cpuProfile: false, keepLimits: false, coldStart: false },
      (cleanup) => cleanups.push(cleanup),
    );
    return await soakAgainst(target, options, { log, cancel, cleanups, loadAverageAtStart, startedAt });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
  }
}

interface RunContext {
  log: (line: string) => void;
  cancel: AbortSignal;
  cleanups: Array<() => Promise<unknown>>;
  loadAverageAtStart: number;
  startedAt: string;
}

async function soakAgainst(target: ServerTarget, options: SoakOptions, context: RunContext): Promise<SoakResults> {
  const maxExtension = options.maxExtensionMinutes ?? MAX_EXTENSION_MINUTES;
  const { log, cancel, cleanups } = context;
  const server = target.process!;
  const runEnded = new AbortController();
  const forward = (): void => runEnded.abort();
  cancel.addEventListener('abort', forward, { once: true });
  void server.exit.then((code) => {
    if (runEnded.signal.aborted) return;
    log(`the server exited (code ${code}) during the soak; its last log lines:\n${server.logTail().slice(-15).join('\n')}`);
    runEnded.abort();
  });
  const playersStop = new AbortController();
  setMaxListeners(0, playersStop.signal);

  const tag = `S${randomBytes(2).toString('hex')}`;
  const world = await buildBenchWorld(await connectTelnet(target.host, target.telnetPort, CONNECT_TIMEOUT_MS), target.admin!, {
    rooms: options.rooms,
    channels: options.channels,
    tag,
    commandSpacingMs: 0,
    timeoutMs: CONNECT_TIMEOUT_MS,
  });
  cleanups.push(() => world.close());
  const plans = planPlayers({
    clients: options.clients,
    profile: 'mixed',
    websocketShare: options.websocketShare,
    tag,
    roomExits: world.roomExits,
    channels: world.channels,
  });
  const recorder = new LatencyRecorder();
  const connect = connectorFor(target.host, target.telnetPort, target.httpPort);
  const crowd = new Crowd(plans, {
    recorder,
    thinkSeconds: options.thinkSeconds,
    commandTimeoutMs: options.commandTimeoutMs,
    loginTimeoutMs: Math.max(60_000, options.commandTimeoutMs),
    connect,
    grantBuilder: (name) => world.grantBuilder(name),
    stopSignal: playersStop.signal,
  });
  cleanups.push(() => crowd.stop(0));
  const churn = new Churn(crowd, { secondsPerPlayer: options.churnSeconds, awayMs: { min: 1000, max: 5000 } });

  const sampler = new MemorySampler(`http://${target.host}:${target.httpPort}/health`, target.pid);
  sampler.start(options.sampleSeconds);
  cleanups.push(async () => sampler.stop());
  log(`${options.clients} players, mixed crowd; ${options.minutes} min of play (${options.warmupMinutes} min warm-up)` + (options.churnSeconds > 0 ? `, each leaving and coming back about every ${options.churnSeconds} s` : ''));

  await crowd.rampUp(options.rampRate, options.loginConcurrency, runEnded.signal);
  log(`all logins done: ${crowd.connected} players connected`);
  const playStart = sampler.minutesSinceStart;
  const fullGcsAtPlayStart = (await sampler.sample()).fullGcs ?? 0;
  if (options.churnSeconds > 0) churn.start(playersStop.signal);
  const recorderPlayStart = performance.now();
  const warmupEnd = playStart + options.warmupMinutes;
  const measuredMinutes = options.minutes - options.warmupMinutes;
  // Until the server's first full collection during play, its heap still holds start-up garbage.
  let measuredFrom: number | null = null;
  let toldWaiting = false;
  let toldExtending = false;
  let lastProgress = performance.now();
  while (!runEnded.signal.aborted) {
    const now = sampler.minutesSinceStart;
    if (measuredFrom === null && now >= warmupEnd) {
      const firstFullGc = sampler.firstSampleAfterFullGcs(fullGcsAtPlayStart);
      if (firstFullGc !== null) measuredFrom = Math.max(warmupEnd, firstFullGc);
      else if (now >= warmupEnd + maxExtension) measuredFrom = now;
      else if (!toldWaiting) {
        toldWaiting = true;
        log('the warm-up goes on until the server has done a full garbage collection during play');
      }
    }
    if (measuredFrom !== null && now >= measuredFrom + measuredMinutes) {
      // A trend needs collections to fit: a quiet server may do few in the time asked.
      const collections = sampler.fullGcsSince(measuredFrom);
      if (collections >= options.minFullGcs || now >= measuredFrom + measuredMinutes + maxExtension) break;
      if (!toldExtending) {
        toldExtending = true;
        log(`the measured part goes on until the server has done ${options.minFullGcs} full garbage collections in it (${collections} so far)`);
      }
    }
    await sleep(Math.min(options.sampleSeconds, options.progressSeconds) * 1000, undefined, { signal: runEnded.signal }).catch(() => undefined);
    if (performance.now() - lastProgress >= options.progressSeconds * 1000) {
      const window = recorder.window(lastProgress, performance.now());
      lastProgress = performance.now();
      // The sampler's own latest sample: its CPU figure covers a whole sampling interval.
      const sample = sampler.latest ?? (await sampler.sample());
      const phase = measuredFrom === null || sample.atMinutes < measuredFrom ? 'warm-up' : 'measured';
      printProgress(log, { sample, phase, playStart, connected: crowd.connected, planned: options.clients, window, churn: churn.counts, totalErrors: recorder.totalErrors });
    }
  }
  const playEndedAt = sampler.minutesSinceStart;
  const runEndedEarly = runEnded.signal.aborted;
  const recorderPlayEnd = performance.now();
  const connectedAtEnd = crowd.connected;
  sampler.stop();
  runEnded.abort();
  playersStop.abort();
  await churn.stopped();
  await crowd.stop(Math.min(options.commandTimeoutMs, 5000));
  await world.close();
  const exitCode = await server.stop();

  const measuredStart = measuredFrom ?? playEndedAt;
  const series = memorySeries(sampler.samples, measuredStart);
  const windowMinutes = options.windowSeconds / 60;
  const heapAfterFullGc = memoryTrend(series.heapAfterFullGc, windowMinutes);
  return {
    benchmark: 'soak',
    startedAt: context.startedAt,
    options: { ...options, databaseUrl: options.databaseUrl ? redactedUrl(options.databaseUrl) : undefined },
    machine: describeMachine(context.loadAverageAtStart),
    server: { database: options.databaseUrl ? 'postgres' : 'pglite', exitCode, warnings: server.warnings(), peakRssMb: Math.max(0, ...sampler.samples.map((sample) => sample.rssMb ?? 0)) },
    play: {
      minutes: Math.round((playEndedAt - playStart) * 100) / 100,
      warmupMinutes: Math.round((measuredStart - playStart) * 100) / 100,
      measuredMinutes: Math.max(0, Math.round((playEndedAt - measuredStart) * 100) / 100),
      endedEarly: runEndedEarly,
      connectedAtEnd,
      logins: recorder.logins(),
      churn: churn.counts,
      commands: recorder.window(recorderPlayStart, recorderPlayEnd),
      errorExamples: recorder.errorExamples(),
    },
    memory: {
      samples: sampler.samples,
      healthFailures: sampler.healthFailures,
      trends: {
        heapAfterFullGc,
        heapUsed: memoryTrend(series.heapUsed, windowMinutes),
        rss: memoryTrend(series.rss, windowMinutes),
        external: memoryTrend(series.external, windowMinutes),
      },
    },
    verdict: judgeTrend(heapAfterFullGc, options.maxGrowthMbPerMinute),
  };
}
