// The load generator, in the spirit of Evennia's dummyrunner: N simulated players on real telnet
// and websocket connections, logged in a few at a time, then thinking and typing commands for a
// while; every round trip is timed, and the server's memory and CPU are sampled. By default it
// starts its own server (PGlite in a temporary folder, or a fresh PostgreSQL database) and stops
// it afterwards. Run: npm run bench:load -- --clients 100 --duration 30 --profile mixed
// (`-- --help` lists every option; docs/BENCHMARKS.md explains the figures).
import { randomBytes } from 'node:crypto';
import { runLoad } from './load/load-run.js';
import { parseLoadOptions } from './load/options.js';
import { writeResults } from './load/report.js';
import { type ServerTarget, prepareTarget } from './load/server-target.js';

const options = parseLoadOptions(process.argv.slice(2));
const runEnded = new AbortController();
const cleanups: Array<() => Promise<unknown>> = [];
const defer = (cleanup: () => Promise<unknown>): void => void cleanups.push(cleanup);
let target: ServerTarget | null = null;

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
  target = await prepareTarget(options, defer);
  // In every name the run makes (players, rooms, exits, channels), so runs never collide.
  const results = await runLoad(target, { options, tag: `B${randomBytes(2).toString('hex')}`, runEnded, defer });
  await writeResults(options.out, results);
} catch (error) {
  console.error(`\nThe load run failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  // The server stopping now is the end of the run, not a crash to report.
  runEnded.abort();
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
}
process.exit(exitCode);
