// The load generator, in the spirit of Evennia's dummyrunner: N simulated players on real telnet
// and websocket connections, logged in a few at a time, then thinking and typing commands for a
// while; every round trip is timed, and the server's memory and CPU are sampled. By default it
// starts its own server (PGlite in a temporary folder, or a fresh PostgreSQL database) and stops
// it afterwards. Run: npm run bench:load -- --clients 100 --duration 30 --profile mixed
// (`-- --help` lists every option; docs/BENCHMARKS.md explains the figures).
import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { printProfiles, summarizeProfiles, type ThreadProfile } from './load/cpu-profile.js';
import { Crowd, planPlayers } from './load/crowd.js';
import { LatencyRecorder } from './load/latency-recorder.js';
import { CONNECT_TIMEOUT_MS, connectorFor } from './load/connector.js';
import { type LoadOptions, parseLoadOptions } from './load/options.js';
import { ProcessSampler } from './load/process-sampler.js';
import { ProgressReporter } from './load/progress.js';
import { type LoadResults, describeMachine, printSummary, writeResults } from './load/report.js';
import { type ServerTarget, prepareTarget, redactedUrl } from './load/server-target.js';
import { connectTelnet } from './load/telnet-bot.js';
import { type BenchWorld, buildBenchWorld } from './load/world-setup.js';


const options = parseLoadOptions(process.argv.slice(2));
// In every name the run makes (players, rooms, exits, channels), so runs never collide.
const tag = `B${randomBytes(2).toString('hex')}`;
/** Aborted by Ctrl-C or a dying server: the ramp-up and the measured wait end early. */
const runEnded = new AbortController();
/** Aborted when the measured part is over: players stop thinking and typing. */
const playersStop = new AbortController();
// Every thinking player listens for the stop.
setMaxListeners(0, playersStop.signal);
const cleanups: Array<() => Promise<unknown>> = [];
let target: ServerTarget | null = null;
let finishing = false;

let interrupts = 0;
process.on('SIGINT', () => {
  interrupts += 1;
  if (interrupts > 1) {
    target?.process?.kill();
    process.exit(130);
  }
  console.log('\nInterrupted: ending the run now (Ctrl-C again to quit at once).');
  runEnded.abort();
});

let exitCode = 0;
try {
  await run(options);
} catch (error) {
  console.error(`\nThe load run failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  finishing = true;
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
}
process.exit(exitCode);

async function run(options: LoadOptions): Promise<void> {
  const loadAverageAtStart = Math.round(loadavg()[0]! * 100) / 100;
  target = await prepareTarget(options, (cleanup) => cleanups.push(cleanup));
  const { host, telnetPort, httpPort, pid } = target;
  const server = target.process;
  void server?.exit.then((code) => {
    if (playersStop.signal.aborted || finishing) return;
    console.error(`\nThe server exited (code ${code}) during the run; its last log lines:\n${server.logTail().slice(-15).join('\n')}`);
    runEnded.abort();
  });

  const world = await prepareWorld(target);
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
  const connect = connectorFor(host, telnetPort, httpPort);
  const crowd = new Crowd(plans, {
    recorder,
    thinkSeconds: options.thinkSeconds,
    commandTimeoutMs: options.commandTimeoutMs,
    loginTimeoutMs: Math.max(60_000, options.commandTimeoutMs),
    connect,
    grantBuilder: (name) => world?.grantBuilder(name) ?? Promise.resolve(false),
    stopSignal: playersStop.signal,
  });
  cleanups.push(() => crowd.stop(0));

  const byProfile: Record<string, number> = {};
  for (const plan of plans) byProfile[plan.profile.name] = (byProfile[plan.profile.name] ?? 0) + 1;
  const websocketPlayers = plans.filter((plan) => plan.transport === 'websocket').length;
  console.log(
    `${options.clients} players (${options.clients - websocketPlayers} telnet, ${websocketPlayers} websocket) ${JSON.stringify(byProfile)};` +
      ` ramp-up at ${options.rampRate} logins/s, then ${options.durationSeconds} s measured`,
  );

  const sampler = new ProcessSampler(pid);
  const measuredSampler = new ProcessSampler(pid);
  const progress = new ProgressReporter(recorder, sampler, () => crowd.connected, options.clients);
  await progress.start(options.intervalSeconds);
  cleanups.push(async () => progress.stop());

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
  await measuredSampler.sample();
  await sleep(options.durationSeconds * 1000, undefined, { signal: runEnded.signal }).catch(() => undefined);
  const measuredEnd = performance.now();
  const linesMeasured = recorder.linesReceived - linesAtStart;
  const measuredResources = await measuredSampler.sample();
  const connectedAtEnd = crowd.connected;
  await progress.finish();

  playersStop.abort();
  await crowd.stop(Math.min(options.commandTimeoutMs, 5000));
  await world?.close();
  const cpuProfile = await stopServer(target);

  const results: LoadResults = {
    benchmark: 'load',
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
      serverCpuPercent: measuredResources.serverCpuPercent,
      serverRssMbAtEnd: measuredResources.serverRssMb,
    },
    intervals: progress.intervals,
    errorExamples: recorder.errorExamples(),
    ...(cpuProfile ? { cpuProfile } : {}),
  };
  printSummary(results);
  await writeResults(options.out, results);
}

/** Has the admin build the rooms and channels, when the bench has an admin account. */
async function prepareWorld(target: ServerTarget): Promise<BenchWorld | null> {
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
  cleanups.push(() => world.close());
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
