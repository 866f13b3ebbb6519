// The side-by-side bench's command line: which loads, for how long, against which servers, and
// whether Hearth keeps its default limits. `npm run bench:peer -- --help` prints the usage below.
import { parseArgs } from 'node:util';
import { DEFAULT_LOADS, type LoadSpec, parseLoads } from './load-spec.js';
import { PEER_NAMES, type PeerName } from './peer-server.js';

export interface PeerOptions {
  loads: LoadSpec[];
  targets: PeerName[];
  /** Seconds measured per load and server, after the logins and the settling. */
  durationSeconds: number;
  /** Seconds of talking before the measured part, for queues to reach their steady state. */
  settleSeconds: number;
  commandTimeoutMs: number;
  rampRate: number;
  loginConcurrency: number;
  intervalSeconds: number;
  /** Runs Hearth with its default rate limits (session input, plugin emits and writes). */
  defaults: boolean;
  databaseUrl?: string;
  out: string;
  serverLog?: string;
  tinymuxLog?: string;
}

export const USAGE = `Usage: npm run bench:peer -- [options]

Drives TinyMUX 2.12 (Debian's tinymux) and Hearth with the same loads, one after the other, and
prints both and Hearth/TinyMUX for each: all players in one room, each saying something every
S seconds on its own clock (an open loop).

  --loads NxS,...        loads as players x seconds between one player's says
                         (default 100x1,100x0.5,300x0.3: 100, 200 and 1,000 says/s)
  --duration S           seconds measured per load and server (default 30)
  --settle S             seconds of talking before the measured part (default 5)
  --timeout S            seconds before an unanswered say counts as a timeout (default 10)
  --targets A,B          servers to run, in this order: tinymux, hearth (default both)
  --defaults             run Hearth with its default rate limits (raised otherwise, as bench:load does)
  --database-url URL     run Hearth on PostgreSQL: a fresh database there, dropped after (default PGlite)
  --ramp-rate R          logins started per second (default 25)
  --login-concurrency C  logins in flight at most (default 10)
  --interval S           seconds between progress lines (default 10)
  --out FILE             results as JSON (default bench-results/peer-<raised|defaults>.json)
  --server-log FILE      write Hearth's log to FILE
  --tinymux-log FILE     write TinyMUX's log to FILE`;

export function parsePeerOptions(argv: string[]): PeerOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      loads: { type: 'string' },
      duration: { type: 'string', default: '30' },
      settle: { type: 'string', default: '5' },
      timeout: { type: 'string', default: '10' },
      targets: { type: 'string', default: PEER_NAMES.join(',') },
      defaults: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      'ramp-rate': { type: 'string', default: '25' },
      'login-concurrency': { type: 'string', default: '10' },
      interval: { type: 'string', default: '10' },
      out: { type: 'string' },
      'server-log': { type: 'string' },
      'tinymux-log': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  let loads: LoadSpec[] = [...DEFAULT_LOADS];
  try {
    if (values.loads !== undefined) loads = parseLoads(values.loads);
  } catch (error) {
    fail(`--loads: ${error instanceof Error ? error.message : String(error)}`);
  }
  const targets = values.targets.split(',').map((name) => name.trim().toLowerCase());
  if (targets.length === 0 || targets.some((name) => !(PEER_NAMES as readonly string[]).includes(name)) || new Set(targets).size !== targets.length) {
    fail(`--targets must name some of ${PEER_NAMES.join(', ')}, each once`);
  }
  return {
    loads,
    targets: targets as PeerName[],
    durationSeconds: positive(values.duration, '--duration'),
    settleSeconds: nonNegative(values.settle, '--settle'),
    commandTimeoutMs: positive(values.timeout, '--timeout') * 1000,
    rampRate: positive(values['ramp-rate'], '--ramp-rate'),
    loginConcurrency: whole(values['login-concurrency'], '--login-concurrency'),
    intervalSeconds: positive(values.interval, '--interval'),
    defaults: values.defaults,
    databaseUrl: values['database-url'],
    out: values.out ?? `bench-results/peer-${values.defaults ? 'defaults' : 'raised'}.json`,
    serverLog: values['server-log'],
    tinymuxLog: values['tinymux-log'],
  };
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) fail(`${flag} must be a positive number`);
  return value;
}

function nonNegative(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) fail(`${flag} must be a number of at least 0`);
  return value;
}

function whole(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) fail(`${flag} must be a whole number of at least 1`);
  return value;
}
