// One load against one server: log the talkers in at a steady pace, let them talk for the
// settling time, measure for the duration (answers, latency, timeouts, refusals, lines read, the
// server's CPU and memory), then close every connection. The same code runs against both servers;
// only the login differs (peer-login.ts).
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONNECT_TIMEOUT_MS } from '../load/connector.js';
import { LatencyRecorder } from '../load/latency-recorder.js';
import { paceLogins } from '../load/login-pacer.js';
import { ProcessSampler } from '../load/process-sampler.js';
import { ProgressReporter } from '../load/progress.js';
import { connectTelnet } from '../load/telnet-bot.js';
import type { LoadSpec } from './load-spec.js';
import { OpenLoopTalker } from './open-loop-talker.js';
import type { PeerRunFigures } from './peer-figures.js';
import type { PeerServer } from './peer-server.js';

export interface RunSettings {
  durationSeconds: number;
  settleSeconds: number;
  commandTimeoutMs: number;
  rampRate: number;
  loginConcurrency: number;
  intervalSeconds: number;
  /** Letters in every name this run makes, so that runs on one server never collide. */
  tag: string;
}

// How often unanswered says are checked against the timeout.
const EXPIRY_SWEEP_MS = 200;
// After the connections close, time for the server to see everyone leave before the next run.
const CLOSING_PAUSE_MS = 2000;
const REFUSAL_KINDS = ['huh', 'throttled', 'refused', 'plugin-failure', 'server-failure'] as const;

/** Runs `load` against `server`; `runEnded` (Ctrl-C, a server dying) cuts any phase short. */
export async function runLoad(server: PeerServer, load: LoadSpec, settings: RunSettings, runEnded: AbortSignal): Promise<PeerRunFigures> {
  const recorder = new LatencyRecorder();
  let sent = 0;
  const talkers = Array.from(
    { length: load.players },
    (_, index) =>
      new OpenLoopTalker(index, `${settings.tag}_${index}`, `peer-${settings.tag.toLowerCase()}`, {
        recorder,
        login: server.login,
        loginTimeoutMs: Math.max(60_000, settings.commandTimeoutMs),
        connect: () => connectTelnet(server.host, server.telnetPort, CONNECT_TIMEOUT_MS),
        onSent: () => (sent += 1),
      }),
  );
  const connected = (): number => talkers.filter((talker) => talker.playing).length;
  const sampler = new ProcessSampler(server.pid);
  const measuredSampler = new ProcessSampler(server.pid);
  const progress = new ProgressReporter(recorder, sampler, connected, load.players);
  const talking = new AbortController();
  setMaxListeners(0, talking.signal);
  const sweeper = setInterval(() => {
    const cutoff = performance.now() - settings.commandTimeoutMs;
    for (const talker of talkers) {
      for (let expired = talker.expire(cutoff); expired > 0; expired -= 1) recorder.recordError('timeout', 'say');
    }
  }, EXPIRY_SWEEP_MS);

  try {
    await progress.start(settings.intervalSeconds);
    await paceLogins(talkers, (talker) => talker.logIn(), { perSecond: settings.rampRate, concurrency: settings.loginConcurrency }, runEnded, () => undefined);
    // Everyone starts talking together, once every login is done, so logins never share the measured load.
    for (const talker of talkers) if (talker.playing) talker.startTalking(load.intervalSeconds * 1000, talking.signal);
    progress.phase = 'settling';
    await sleep(settings.settleSeconds * 1000, undefined, { signal: runEnded }).catch(() => undefined);

    progress.phase = 'measured';
    await measuredSampler.sample();
    const start = performance.now();
    const sentAtStart = sent;
    const linesAtStart = recorder.linesReceived;
    await sleep(settings.durationSeconds * 1000, undefined, { signal: runEnded }).catch(() => undefined);
    const end = performance.now();
    const resources = await measuredSampler.sample();
    const sentInWindow = sent - sentAtStart;
    const linesInWindow = recorder.linesReceived - linesAtStart;
    talking.abort();
    progress.phase = 'stopping';
    await progress.finish();

    const window = recorder.window(start, end);
    const logins = recorder.logins();
    return {
      peer: server.peer,
      description: server.description,
      load,
      loggedIn: logins.succeeded,
      loginFailures: logins.failed,
      loginMs: logins.loginMs,
      measuredSeconds: window.seconds,
      sentPerSecond: sentInWindow / window.seconds,
      answeredPerSecond: window.commandsPerSecond,
      latencyMs: window.latencyMs,
      timeouts: window.errorsByKind.timeout ?? 0,
      refused: REFUSAL_KINDS.reduce((sum, kind) => sum + (window.errorsByKind[kind] ?? 0), 0),
      disconnects: window.errorsByKind.disconnect ?? 0,
      outputLinesPerSecond: linesInWindow / window.seconds,
      serverCpuPercent: resources.serverCpuPercent,
      serverRssMb: resources.serverRssMb,
      serverPeakRssMb: measuredSampler.peakServerRssMb,
      benchCpuPercent: resources.benchCpuPercent,
      machineCpuPercent: resources.machineCpuPercent,
      errorExamples: recorder.errorExamples(),
    };
  } finally {
    talking.abort();
    clearInterval(sweeper);
    progress.stop();
    await Promise.all(talkers.map((talker) => talker.close()));
    await sleep(CLOSING_PAUSE_MS);
  }
}
