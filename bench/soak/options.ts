// The soak's command line: how long, how many players, how often they come and go, how memory is
// sampled and judged. `npm run soak -- --help` prints the usage below.
import { parseArgs } from 'node:util';

export interface SoakOptions {
  /** Minutes the crowd plays once logged in, the warm-up included. */
  minutes: number;
  /** Minutes at the start of play left out of the trend (JIT, caches and pools filling up). */
  warmupMinutes: number;
  clients: number;
  thinkSeconds: number;
  /** Each player leaves and logs in again about this often (seconds); 0: never. */
  churnSeconds: number;
  websocketShare: number;
  rampRate: number;
  loginConcurrency: number;
  commandTimeoutMs: number;
  rooms: number;
  channels: number;
  sampleSeconds: number;
  /** Width of the windows whose lowest values make the envelope the trend is fitted to. */
  windowSeconds: number;
  progressSeconds: number;
  /** The measured part goes on past --minutes (up to `maxExtensionMinutes` more) until the server has done this many full collections in it. */
  minFullGcs: number;
  /** How much longer than asked the warm-up and the measured part may each last waiting for collections (5 unless set). */
  maxExtensionMinutes?: number;
  /** A heap trend above this (MB per minute) is a growth trend. */
  maxGrowthMbPerMinute: number;
  databaseUrl?: string;
  out: string;
  serverLog?: string;
}

export const SOAK_USAGE = `npm run soak -- [options]

Starts Hearth (PGlite in a temporary folder, or a fresh PostgreSQL database), has a mixed crowd
play for --minutes while players leave and log in again, samples the server's memory, and fits a
trend to the V8 heap left after each full garbage collection. Exits 1 when the heap grows faster
than --max-growth, 3 when no verdict could be reached.

  --minutes M            minutes of play after the ramp-up, warm-up included (default 30)
  --warmup M             minutes of play left out of the trend (default a sixth of --minutes, at most 5)
  --clients N            simulated players (default 250)
  --think S              mean seconds between one player's commands (default 3)
  --churn S              each player leaves (QUIT or a dropped connection) and logs in again about
                         every S seconds (default 300; 0: never)
  --websocket-share F    share of players on the websocket (default 0.1)
  --ramp-rate N          logins started per second (default 25)
  --login-concurrency N  logins in flight at most (default 10)
  --timeout S            seconds before a command without its reply is an error (default 10)
  --rooms N / --channels N  the bench world (default clients/20 rooms, clients/50 channels)
  --sample S             seconds between memory samples (default 5)
  --window S             seconds per window of the lower envelope (default 60)
  --progress S           seconds between progress lines (default 60)
  --min-full-gcs N       full garbage collections the measured part needs; it goes on (up to 5
                         minutes more) until the server has done them (default 6)
  --max-growth MB        heap growth per minute above which the run fails (default 0.1)
  --database-url URL     run on PostgreSQL: a fresh database is created there and dropped after
  --out FILE             results as JSON (default bench-results/soak-<clients>-<minutes>min.json)
  --server-log FILE      write the server's log to FILE`;

export function parseSoakOptions(argv: string[]): SoakOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      minutes: { type: 'string', default: '30' },
      warmup: { type: 'string' },
      clients: { type: 'string', default: '250' },
      think: { type: 'string', default: '3' },
      churn: { type: 'string', default: '300' },
      'websocket-share': { type: 'string', default: '0.1' },
      'ramp-rate': { type: 'string', default: '25' },
      'login-concurrency': { type: 'string', default: '10' },
      timeout: { type: 'string', default: '10' },
      rooms: { type: 'string' },
      channels: { type: 'string' },
      sample: { type: 'string', default: '5' },
      window: { type: 'string', default: '60' },
      progress: { type: 'string', default: '60' },
      'min-full-gcs': { type: 'string', default: '6' },
      'max-growth': { type: 'string', default: '0.1' },
      'database-url': { type: 'string' },
      out: { type: 'string' },
      'server-log': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(SOAK_USAGE);
    process.exit(0);
  }
  const minutes = number(values.minutes, '--minutes', { above: 0 });
  const clients = whole(values.clients, '--clients', 1);
  const warmupMinutes = values.warmup !== undefined ? number(values.warmup, '--warmup', { atLeast: 0 }) : Math.min(5, minutes / 6);
  if (warmupMinutes >= minutes) fail('--warmup must be shorter than --minutes');
  const websocketShare = number(values['websocket-share'], '--websocket-share', { atLeast: 0 });
  if (websocketShare > 1) fail('--websocket-share must be between 0 and 1');
  return {
    minutes,
    warmupMinutes,
    clients,
    thinkSeconds: number(values.think, '--think', { above: 0 }),
    churnSeconds: number(values.churn, '--churn', { atLeast: 0 }),
    websocketShare,
    rampRate: number(values['ramp-rate'], '--ramp-rate', { above: 0 }),
    loginConcurrency: whole(values['login-concurrency'], '--login-concurrency', 1),
    commandTimeoutMs: number(values.timeout, '--timeout', { above: 0 }) * 1000,
    rooms: values.rooms !== undefined ? whole(values.rooms, '--rooms', 0) : Math.max(4, Math.ceil(clients / 20)),
    channels: values.channels !== undefined ? whole(values.channels, '--channels', 0) : Math.max(1, Math.ceil(clients / 50)),
    sampleSeconds: number(values.sample, '--sample', { above: 0 }),
    windowSeconds: number(values.window, '--window', { above: 0 }),
    progressSeconds: number(values.progress, '--progress', { above: 0 }),
    minFullGcs: whole(values['min-full-gcs'], '--min-full-gcs', 3),
    maxGrowthMbPerMinute: number(values['max-growth'], '--max-growth', { above: 0 }),
    databaseUrl: values['database-url'],
    out: values.out ?? `bench-results/soak-${clients}-${minutes}min.json`,
    serverLog: values['server-log'],
  };
}

function fail(message: string): never {
  console.error(`${message}\n\n${SOAK_USAGE}`);
  process.exit(2);
}

function number(text: string, flag: string, bound: { above: number } | { atLeast: number }): number {
  const value = Number(text);
  const ok = Number.isFinite(value) && ('above' in bound ? value > bound.above : value >= bound.atLeast);
  if (!ok) fail(`${flag} must be a number ${'above' in bound ? `above ${bound.above}` : `of at least ${bound.atLeast}`}`);
  return value;
}

function whole(text: string, flag: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) fail(`${flag} must be a whole number of at least ${min}`);
  return value;
}
