// One measured load run against a server that is already up: build the bench world, log the
// players in, let them play for the measured part, and summarise it. `npm run bench:load` runs it
// once against one server; `npm run bench:cluster` runs it against the single process and against
// a cluster, in turn, with the same options.
import { setMaxListeners } from 'node:events';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { printProfiles, summarizeProfiles, type ThreadProfile } from './cpu-profile.js';
import { Crowd, planPlayers } from './crowd.js';
import { CONNECT_TIMEOUT_MS, connectorFor } from './connector.js';
import type { TransportKind, LineConnection } from './line-connection.js';
import { LatencyRecorder } from './latency-recorder.js';
import type { LoadOptions } from './options.js';
import { ProcessSampler, readIoBytes } from './process-sampler.js';
import { ProgressReporter } from './progress.js';
import { type LoadResults, type ProcessFigures, describeMachine, printSummary } from './report.js';
import { type ServerTarget, redactedUrl } from './server-target.js';
import { connectTelnet } from './telnet-bot.js';
import { type BenchWorld, buildBenchWorld } from './world-setup.js';

/** A process of the server under test whose CPU and memory a run reports by name. */
export interface NamedProcess {
  name: string;
  pid: number;
}

export interface LoadTarget extends ServerTarget {
  /** How players connect, when not all to host:telnetPort (a cluster spreads them over gateways). */
  connector?: (transport: TransportKind) => Promise<LineConnection>;
  /** Every process to report on; the server's pid alone when absent. */
  processes?: NamedProcess[];
  /** What the summary calls this server ("single process", "cluster"). */
  label?: string;
}

export interface LoadRunContext {
  options: LoadOptions;
  /** Short random letters in every name the run makes (players, rooms, channels). */
  tag: string;
  /** Aborted by Ctrl-C or a dying server: the ramp-up and the measured wait end early. */
  runEnded: AbortController;
  defer: (cleanup: () => Promise<unknown>) => void;
}

export async function runLoad(target: LoadTarget, context: LoadRunContext): Promise<LoadResults> {
  const { options, tag, runEnded, defer } = context;
  const loadAverageAtStart = Math.round(loadavg()[0]! * 100) / 100;
  /** Aborted when the measured part is over: players stop thinking and typing. */
  const playersStop = new AbortController();
  // Every thinking player listens for the stop.
  setMaxListeners(0, playersStop.signal);
  const server = target.process;
  void server?.exit.then((code) => {
    if (playersStop.signal.aborted || runEnded.signal.aborted) return;
    console.error(`\nThe server exited (code ${code}) during the run; its last log lines:\n${server.logTail().slice(-15).join('\n')}`);
    runEnded.abort();
  });

  const world = await prepareWorld(target, context);
  const plans = planPlayers({
    clients: options.clients,
    profile: options.profile,
    actions: options.actions,
    websocketShare: options.websocketShare,
    tag,
    roomExits: world?.roomExits ?? [],
    channels: world?.channels ?? [],
  });
  const recorder = new LatencyRecorder();
  const crowd = new Crowd(plans, {
    recorder,
    thinkSeconds: options.thinkSeconds,
    commandTimeoutMs: options.commandTimeoutMs,
    loginTimeoutMs: Math.max(60_000, options.commandTimeoutMs),
    connect: target.connector ?? connectorFor(target.host, target.telnetPort, target.httpPort),
    grantBuilder: (name) => world?.grantBuilder(name) ?? Promise.resolve(false),
    stopSignal: playersStop.signal,
  });
  defer(() => crowd.stop(0));

  const byProfile: Record<string, number> = {};
  for (const plan of plans) byProfile[plan.profile.name] = (byProfile[plan.profile.name] ?? 0) + 1;
  const websocketPlayers = plans.filter((plan) => plan.transport === 'websocket').length;
  console.log(
    `${options.clients} players (${options.clients - websocketPlayers} telnet, ${websocketPlayers} websocket) ${JSON.stringify(byProfile)};` +
      ` ramp-up at ${options.rampRate} logins/s, then ${options.durationSeconds} s measured`,
  );

  const sampler = new ProcessSampler(target.pid);
  const named = target.processes ?? (target.pid === null ? [] : [{ name: 'server', pid: target.pid }]);
  const measuredSamplers = named.map((process) => ({ ...process, sampler: new ProcessSampler(process.pid) }));
  const progress = new ProgressReporter(recorder, sampler, () => crowd.connected, options.clients);
  await progress.start(options.intervalSeconds);
  defer(async () => progress.stop());

  const rampStart = performance.now();
  await crowd.rampUp(options.rampRate, options.loginConcurrency, runEnded.signal);
  const rampSeconds = (performance.now() - rampStart) / 1000;
  console.log(
    `all logins done in ${rampSeconds.toFixed(1)} s: ${crowd.connected} players connected;` +
      ` settling ${options.settleSeconds} s, then measuring ${options.durationSeconds} s`,
  );
  progress.phase = 'settling';
  await sleep(options.settleSeconds * 1000, undefined, { signal: runEnded.signal }).catch(() => undefined);

  progress.phase = 'measured';
  const measuredStart = performance.now();
  const linesAtStart = recorder.linesReceived;
  await Promise.all(measuredSamplers.map((each) => each.sampler.sample()));
  const ioAtStart = await Promise.all(measuredSamplers.map((each) => readIoBytes(each.pid)));
  await sleep(options.durationSeconds * 1000, undefined, { signal: runEnded.signal }).catch(() => undefined);
  const measuredEnd = performance.now();
  const linesMeasured = recorder.linesReceived - linesAtStart;
  const samples = await Promise.all(measuredSamplers.map((each) => each.sampler.sample()));
  const ioAtEnd = await Promise.all(measuredSamplers.map((each) => readIoBytes(each.pid)));
  const measuredSeconds = (measuredEnd - measuredStart) / 1000;
  const processes: ProcessFigures[] = measuredSamplers.map((each, index) => ({
    name: each.name,
    pid: each.pid,
    cpuPercent: samples[index]!.serverCpuPercent,
    rssMbAtEnd: samples[index]!.serverRssMb,
    peakRssMb: each.sampler.peakServerRssMb,
    ...ioRates(ioAtStart[index] ?? null, ioAtEnd[index] ?? null, measuredSeconds),
  }));
  const main = samples[measuredSamplers.findIndex((each) => each.pid === target.pid)];
  const connectedAtEnd = crowd.connected;
  await progress.finish();

  playersStop.abort();
  await crowd.stop(Math.min(options.commandTimeoutMs, 5000));
  await world?.close();
  const cpuProfile = await stopServer(target);

  const results: LoadResults = {
    benchmark: 'load',
    ...(target.label ? { label: target.label } : {}),
    startedAt: new Date(Date.now() - (performance.now() - recorder.startedAt)).toISOString(),
    options: { ...options, admin: undefined, databaseUrl: options.databaseUrl ? redactedUrl(options.databaseUrl) : undefined },
    machine: describeMachine(loadAverageAtStart),
    server: {
      mode: options.connect ? 'connected' : 'started',
      database: options.connect ? 'unknown' : options.databaseUrl ? 'postgres' : 'pglite',
      peakRssMb: sampler.peakServerRssMb,
      warnings: server?.warnings() ?? [],
    },
    players: { planned: plans.length, telnet: plans.length - websocketPlayers, websocket: websocketPlayers, byProfile },
    logins: { ...recorder.logins(), rampSeconds },
    rampUp: recorder.window(rampStart, measuredStart),
    measured: {
      ...recorder.window(measuredStart, measuredEnd),
      connectedAtEnd,
      outputLinesPerSecond: linesMeasured / ((measuredEnd - measuredStart) / 1000),
      serverCpuPercent: main?.serverCpuPercent ?? null,
      serverRssMbAtEnd: main?.serverRssMb ?? null,
      ...(target.processes ? { processes } : {}),
    },
    intervals: progress.intervals,
    errorExamples: recorder.errorExamples(),
    ...(cpuProfile ? { cpuProfile } : {}),
  };
  printSummary(results);
  return results;
}

/** KB/s read and written over the measured part, when both readings exist. */
function ioRates(
  start: { read: number; written: number } | null,
  end: { read: number; written: number } | null,
  seconds: number,
): Pick<ProcessFigures, 'readKBps' | 'writtenKBps'> {
  if (!start || !end || seconds <= 0) return {};
  const rate = (bytes: number): number => Math.round(bytes / 1024 / seconds);
  return { readKBps: rate(end.read - start.read), writtenKBps: rate(end.written - start.written) };
}

/** Has the admin build the rooms and channels, when the bench has an admin account. */
async function prepareWorld(target: ServerTarget, context: LoadRunContext): Promise<BenchWorld | null> {
  const { options, tag } = context;
  if (!target.admin) {
    console.log('No admin account (--admin): players stay where they start, talkers have no channel, builders cannot build.');
    return null;
  }
  process.stdout.write(`building the bench world (${options.rooms} rooms, ${options.channels} channels)... `);
  const world = await buildBenchWorld(await connectTelnet(target.host, target.telnetPort, CONNECT_TIMEOUT_MS), target.admin, {
    rooms: options.rooms,
    channels: options.channels,
    tag,
    commandSpacingMs: target.raisedLimits ? 0 : 70,
    timeoutMs: CONNECT_TIMEOUT_MS,
  });
  context.defer(() => world.close());
  console.log('done');
  return world;
}

/** Stops a server the bench started and, with --cpu-prof, reads the profiles it wrote on exit. */
async function stopServer(target: ServerTarget): Promise<ThreadProfile[] | undefined> {
  if (!target.process) return undefined;
  const code = await target.process.stop();
  if (code !== 0) console.warn(`the server exited with code ${code}`);
  if (!target.profileDir) return undefined;
  const threads = await summarizeProfiles(target.profileDir);
  printProfiles(threads);
  console.log(`\nserver CPU profiles kept in ${target.profileDir}`);
  return threads;
}
