// The side-by-side bench: TinyMUX 2.12 (a C++ MUSH server, Debian's `tinymux`) and Hearth under
// the same loads from the same driver in one run, each load run against one server and then the
// other, with both servers' answers a second, latency, CPU and memory and Hearth/TinyMUX printed
// per load. Both servers are started here and stopped, with their folders removed, however the
// run ends. Run: npm run bench:peer (`-- --help` lists the options; docs/BENCHMARKS.md explains it).
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { describeMachine } from './load/report.js';
import { redactedUrl } from './load/server-target.js';
import { type HearthServer, startHearth } from './peer/hearth-server.js';
import { describeLoad } from './peer/load-spec.js';
import { type PeerOptions, parsePeerOptions } from './peer/options.js';
import type { PeerRunFigures } from './peer/peer-figures.js';
import { type LoadComparison, type PeerResults, compareLoad, comparisonTable, markdownSummary, runNotes } from './peer/peer-report.js';
import { runLoad } from './peer/peer-run.js';
import { PEER_LABELS, type PeerName, type PeerServer } from './peer/peer-server.js';
import { type TinyMuxServer, startTinyMux } from './peer/tinymux-server.js';

const options = parsePeerOptions(process.argv.slice(2));
/** Aborted by Ctrl-C or a dying server: every phase of the run ends early. */
const runEnded = new AbortController();
const cleanups: Array<() => Promise<unknown>> = [];
const servers: Partial<Record<PeerName, PeerServer & { kill(): void }>> = {};
let finishing = false;
let cleaning: Promise<void> | null = null;
const INTERRUPT_REPEAT_MS = 1000;

let interrupts = 0;
let lastInterruptAt = -Infinity;
process.on('SIGINT', () => {
  // One Ctrl-C can arrive more than once (npm and tsx pass it on as well as the terminal): signals
  // within a second of the last are the same keypress.
  if (performance.now() - lastInterruptAt < INTERRUPT_REPEAT_MS) return;
  lastInterruptAt = performance.now();
  interrupts += 1;
  if (interrupts === 1) {
    console.log('\nInterrupted: ending the run and stopping both servers (Ctrl-C again to kill them).');
    runEnded.abort();
  } else if (interrupts === 2) {
    console.log('\nKilling both servers and removing their folders (Ctrl-C again to quit at once).');
    killServers();
    void runCleanups().finally(() => process.exit(130));
  } else {
    process.exit(130);
  }
});
// However the bench ends (a third Ctrl-C, an uncaught error), the servers do not outlive it.
process.on('exit', killServers);

let exitCode = 0;
try {
  await run(options);
} catch (error) {
  console.error(`\nThe side-by-side run failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await runCleanups();
}
process.exit(exitCode);

/**
 * Undoes what the run made, last made first. The end of the run and a second Ctrl-C may both ask;
 * they share one pass, so neither exits while the other is still removing a folder.
 */
function runCleanups(): Promise<void> {
  finishing = true;
  cleaning ??= (async () => {
    // Popped one by one, so that anything deferred meanwhile (a server still starting) is undone too.
    for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
      await cleanup().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
    }
  })();
  return cleaning;
}

function killServers(): void {
  for (const server of Object.values(servers)) server.kill();
}

async function run(options: PeerOptions): Promise<void> {
  const loadAverageAtStart = Math.round(loadavg()[0]! * 100) / 100;
  const startedAt = new Date().toISOString();
  for (const peer of options.targets) {
    const server = peer === 'tinymux' ? await startPeerTinyMux(options) : await startPeerHearth(options);
    servers[peer] = server;
    console.log(`${PEER_LABELS[peer]}: ${server.description}, pid ${server.pid}, telnet port ${server.telnetPort}`);
    void server.exit.then((code) => {
      if (finishing || runEnded.signal.aborted) return;
      console.error(`\n${PEER_LABELS[peer]} exited (code ${code}) during the run; its last log lines:\n${server.logTail().slice(-15).join('\n')}`);
      runEnded.abort();
    });
  }

  const comparisons: LoadComparison[] = [];
  for (const [index, load] of options.loads.entries()) {
    if (runEnded.signal.aborted) break;
    const figures: Partial<Record<PeerName, PeerRunFigures>> = {};
    for (const peer of options.targets) {
      if (runEnded.signal.aborted) break;
      console.log(`\n--- ${PEER_LABELS[peer]}: ${describeLoad(load)}, ${options.durationSeconds} s measured ---`);
      figures[peer] = await runLoad(servers[peer]!, load, { ...options, tag: `P${randomBytes(2).toString('hex')}${index}` }, runEnded.signal);
    }
    const comparison = compareLoad(load, figures.tinymux, figures.hearth);
    comparisons.push(comparison);
    console.log('');
    for (const line of comparisonTable(comparison)) console.log(line);
    for (const runFigures of [figures.tinymux, figures.hearth]) if (runFigures) for (const line of runNotes(runFigures)) console.log(line);
  }

  if (runEnded.signal.aborted) console.log('\n(the run ended early: the last figures cover less than the full duration)');
  console.log('\n=== Side by side (Markdown) ===');
  const machine = describeMachine(loadAverageAtStart);
  console.log(`${machine.cpus} × ${machine.cpuModel}, ${machine.node}; load average ${machine.loadAverage.atStart} at start, ${machine.loadAverage.atEnd} at end\n`);
  for (const line of markdownSummary(comparisons)) console.log(line);

  const hearth = servers.hearth as HearthServer | undefined;
  const results: PeerResults = {
    benchmark: 'peer',
    startedAt,
    options: { ...options, databaseUrl: options.databaseUrl ? redactedUrl(options.databaseUrl) : undefined },
    machine,
    servers: {
      ...(servers.tinymux ? { tinymux: { description: servers.tinymux.description } } : {}),
      ...(hearth ? { hearth: { description: hearth.description, warnings: hearth.warnings() } } : {}),
    },
    loads: comparisons,
  };
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults written to ${options.out}`);
}

async function startPeerTinyMux(options: PeerOptions): Promise<TinyMuxServer> {
  process.stdout.write('installing and starting TinyMUX in a temporary folder... ');
  const server = await startTinyMux(deferCleanup, options.tinymuxLog);
  console.log('done');
  return server;
}

async function startPeerHearth(options: PeerOptions): Promise<HearthServer> {
  const players = Math.max(...options.loads.map((load) => load.players));
  return startHearth({ players, defaults: options.defaults, databaseUrl: options.databaseUrl, serverLog: options.serverLog, out: options.out }, deferCleanup);
}

function deferCleanup(cleanup: () => Promise<unknown>): void {
  cleanups.push(cleanup);
}
