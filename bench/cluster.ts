// The load bench against Hearth's two shapes in one run, with the same players doing the same
// things: first the single process (`npm start`), then a cluster on this machine (nats-server,
// one `hearth core`, two `hearth gateway`s with the players dealt between them). Each prints the
// load bench's summary; at the end a table sets commands/s, lines of output read per second,
// latency and every process's CPU and memory side by side.
// Run: npm run bench:cluster -- --clients 200 --duration 30 --profile mixed
// Besides the load bench's options (`npm run bench:load -- --help`; not --connect): --gateways N
// (default 2) and --only single|cluster.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareCluster } from './load/cluster-target.js';
import { type LoadTarget, runLoad } from './load/load-run.js';
import { type LoadOptions, parseLoadOptions } from './load/options.js';
import type { LoadResults, ProcessFigures } from './load/report.js';
import { prepareTarget } from './load/server-target.js';

type Shape = 'single' | 'cluster';

const { values: own, tokens } = parseArgs({
  args: process.argv.slice(2),
  options: { gateways: { type: 'string', default: '2' }, only: { type: 'string' } },
  strict: false,
  tokens: true,
});
const gatewayCount = Number(own.gateways);
if (!Number.isInteger(gatewayCount) || gatewayCount < 1 || gatewayCount > 8) usageError('--gateways must be a whole number from 1 to 8');
if (own.only !== undefined && own.only !== 'single' && own.only !== 'cluster') usageError('--only must be single or cluster');
const shapes: Shape[] = own.only ? [own.only as Shape] : ['single', 'cluster'];
// The rest are the load bench's own options.
const rest: string[] = [];
for (const token of tokens ?? []) {
  if (token.kind === 'option' && (token.name === 'gateways' || token.name === 'only')) continue;
  if (token.kind === 'option') rest.push(token.inlineValue ? `${token.rawName}=${token.value ?? ''}` : token.rawName);
  else if (token.kind === 'positional') rest.push(token.value);
}
if (rest.includes('--help')) {
  console.log('npm run bench:cluster -- [--gateways N (default 2)] [--only single|cluster] [the load bench\'s options but --connect]\n');
}
const loadOptions = parseLoadOptions(rest);
if (loadOptions.connect) usageError('--connect is not for bench:cluster: it starts both servers itself');
const out = rest.some((arg) => arg === '--out' || arg.startsWith('--out=')) ? loadOptions.out : `bench-results/cluster-${loadOptions.profile}-${loadOptions.clients}.json`;

const runEnded = new AbortController();
let cleanups: Array<() => Promise<unknown>> = [];
const defer = (cleanup: () => Promise<unknown>): void => void cleanups.push(cleanup);
process.on('SIGINT', () => {
  console.log('\nInterrupted: ending the run now.');
  runEnded.abort();
});

const results: Partial<Record<Shape, LoadResults>> = {};
let exitCode = 0;
try {
  for (const shape of shapes) {
    if (runEnded.signal.aborted) break;
    console.log(`\n##### ${shape === 'single' ? 'single process' : `cluster: nats-server, one core, ${gatewayCount} gateways`} #####`);
    const options: LoadOptions = { ...loadOptions, out };
    const target: LoadTarget =
      shape === 'single'
        ? withServerProcess({ ...(await prepareTarget(options, defer)), label: 'single process' })
        : await prepareCluster(options, gatewayNames(gatewayCount), defer, (description) => {
            console.error(`\n${description}`);
            runEnded.abort();
          });
    results[shape] = await runLoad(target, { options, tag: `B${randomBytes(2).toString('hex')}`, runEnded, defer });
    await cleanUp();
  }
  printComparison(results);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ benchmark: 'cluster', gateways: gatewayCount, ...results }, null, 2)}\n`);
  console.log(`\nresults written to ${out}`);
} catch (error) {
  console.error(`\nThe cluster bench failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  // Servers stopping now are the end of the run, not a crash to report.
  runEnded.abort();
  await cleanUp();
}
process.exit(exitCode);

/** Stops what the last shape started (its servers, folders, databases), newest first. */
async function cleanUp(): Promise<void> {
  const pending = cleanups.reverse();
  cleanups = [];
  for (const cleanup of pending) await cleanup().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
}

/** Names the single process's pid, so its figures come out as the cluster's processes' do. */
function withServerProcess(target: LoadTarget): LoadTarget {
  return target.pid === null ? target : { ...target, processes: [{ name: 'server', pid: target.pid }] };
}

function gatewayNames(count: number): string[] {
  const names = ['east', 'west', 'north', 'south', 'up', 'down', 'in', 'out'];
  return names.slice(0, count);
}

function printComparison(all: Partial<Record<Shape, LoadResults>>): void {
  console.log('\n=== single process beside the cluster (measured part) ===');
  console.log('  shape            players  cmds/s  lines out/s    p50     p95     p99  errors');
  for (const shape of shapes) {
    const run = all[shape];
    if (!run) continue;
    const m = run.measured;
    console.log(
      `  ${shape.padEnd(16)} ${String(m.connectedAtEnd).padStart(7)} ${m.commandsPerSecond.toFixed(1).padStart(7)} ${m.outputLinesPerSecond.toFixed(0).padStart(12)}` +
        ` ${ms(m.latencyMs.p50).padStart(7)} ${ms(m.latencyMs.p95).padStart(7)} ${ms(m.latencyMs.p99).padStart(7)} ${String(m.errors).padStart(7)}`,
    );
  }
  console.log('\n  process                  CPU (% of one core)   RSS at end   peak RSS   read KB/s  written KB/s');
  for (const shape of shapes) {
    const run = all[shape];
    if (!run) continue;
    const processes: ProcessFigures[] = run.measured.processes ?? [];
    for (const process of processes) {
      const name = `${shape === 'single' ? 'single' : 'cluster'}: ${process.name}`;
      console.log(
        `  ${name.padEnd(24)} ${(process.cpuPercent === null ? 'n/a' : `${process.cpuPercent}%`).padStart(19)} ${mb(process.rssMbAtEnd).padStart(12)} ${mb(process.peakRssMb).padStart(10)}` +
          `${process.readKBps !== undefined ? `${String(process.readKBps).padStart(12)} ${String(process.writtenKBps).padStart(13)}` : ''}`,
      );
    }
  }
  const load = Object.values(all).map((run) => `${run.machine.loadAverage.atStart}→${run.machine.loadAverage.atEnd}`);
  const machine = Object.values(all)[0]?.machine;
  if (machine) console.log(`\nmachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.node}; one-minute load average (start→end of each shape) ${load.join(', ')}`);
}

function ms(value: number): string {
  return `${value < 9.95 ? value.toFixed(1) : value.toFixed(0)}ms`;
}

function mb(value: number | null): string {
  return value === null ? 'n/a' : `${value} MB`;
}

function usageError(message: string): never {
  console.error(`${message}\n\nUsage: npm run bench:cluster -- [--gateways N] [--only single|cluster] [the load bench's options but --connect]`);
  process.exit(2);
}
