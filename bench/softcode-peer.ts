// Softcode side by side: the same softcode timed on TinyMUX 2.12 (Debian's tinymux) and on Hearth,
// each started fresh on this machine, one wizard typing one command at a time over telnet, so each
// figure is the whole cost of a command: a +finger built with u(), an iter() over 1,000 numbers,
// and a $-command found among 500 objects' $-commands. It prints evaluations per second and the
// p50 and p99 of each round trip.
// Run: npm run bench:softcode-peer
import { mkdir } from 'node:fs/promises';
import { summarize } from './load/latency-recorder.js';
import { startHearth } from './peer/hearth-server.js';
import type { PeerServer } from './peer/peer-server.js';
import { startTinyMux } from './peer/tinymux-server.js';
import { PeerSession } from './softcode-peer/peer-session.js';
import { FINGER_SETUP, OBJECTS, WORKLOADS } from './softcode-peer/workloads.js';

const OUT = 'bench-results/softcode-peer';
const BATCH = 40;

interface Row {
  server: string;
  workload: string;
  perSecond: number;
  p50: number;
  p99: number;
}

async function logIn(server: PeerServer, wizard: { name: string; password: string }): Promise<PeerSession> {
  const session = await PeerSession.open(server.host, server.telnetPort);
  await session.expect((line) => server.login.endsConnectScreen(line));
  await session.ask(`connect ${wizard.name} ${wizard.password}`, () => true);
  await session.ask('think logged-in', (line) => line === 'logged-in');
  return session;
}

/** Types `lines` in batches, each closed by a `think` whose echo says the batch has run. */
async function setUp(session: PeerSession, lines: string[]): Promise<void> {
  for (let start = 0; start < lines.length; start += BATCH) {
    const marker = `setup-${start}`;
    const answered = session.expect((line) => line === marker);
    for (const line of lines.slice(start, start + BATCH)) session.send(line);
    session.send(`think ${marker}`);
    await answered;
  }
}

async function measure(label: string, server: PeerServer, wizard: { name: string; password: string }): Promise<Row[]> {
  const session = await logIn(server, wizard);
  const setup = FINGER_SETUP.map(([name, value]) => `&${name} me=${value}`);
  for (let index = 0; index < OBJECTS; index += 1) {
    setup.push(`@create BenchObj${index}`, `&CMD BenchObj${index}=$benchcmd-${index}:@pemit %#=hit ${index}`);
  }
  const started = performance.now();
  await setUp(session, setup);
  console.log(`${label}: set up ${OBJECTS} objects and the +finger in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const rows: Row[] = [];
  for (const workload of WORKLOADS) {
    // A few unmeasured rounds first, so caches and JIT are warm on both.
    for (let n = 0; n < 10; n += 1) await session.ask(workload.line(n), (line) => workload.answered(line, n));
    const times: number[] = [];
    const begun = performance.now();
    for (let n = 0; n < workload.rounds; n += 1) times.push((await session.ask(workload.line(n), (line) => workload.answered(line, n))).ms);
    const seconds = (performance.now() - begun) / 1000;
    const summary = summarize(times);
    rows.push({ server: label, workload: workload.name, perSecond: workload.rounds / seconds, p50: summary.p50, p99: summary.p99 });
  }
  await session.close();
  return rows;
}

const cleanups: Array<() => Promise<unknown>> = [];
const defer = (cleanup: () => Promise<unknown>) => void cleanups.unshift(cleanup);
try {
  await mkdir(OUT, { recursive: true });
  const rows: Row[] = [];
  const tinymux = await startTinyMux(defer);
  rows.push(...(await measure('TinyMUX', tinymux, { name: 'Wizard', password: 'potrzebie' })));
  await tinymux.stop();
  const hearth = await startHearth({ players: 10, defaults: false, out: OUT }, defer);
  rows.push(...(await measure('Hearth', hearth, hearth.admin!)));
  console.log(`\nsoftcode, one wizard over telnet, one command at a time (${new Date().toISOString().slice(0, 10)})`);
  console.log(`${'workload'.padEnd(36)} ${'server'.padEnd(8)} ${'per s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`);
  for (const workload of WORKLOADS) {
    for (const row of rows.filter((candidate) => candidate.workload === workload.name)) {
      console.log(`${row.workload.padEnd(36)} ${row.server.padEnd(8)} ${row.perSecond.toFixed(0).padStart(8)} ${row.p50.toFixed(2).padStart(8)} ${row.p99.toFixed(2).padStart(8)}`);
    }
  }
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
}
