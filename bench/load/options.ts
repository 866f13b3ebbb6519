// The load generator's command line: how many players, for how long, doing what, against which
// server. `npm run bench:load -- --help` prints the usage below.
import { parseArgs } from 'node:util';
import { ACTION_KINDS, type ActionKind, PROFILE_NAMES, type ProfileChoice } from './profiles.js';

export interface LoadOptions {
  clients: number;
  /** Seconds measured once every player has logged in (the ramp-up comes before). */
  durationSeconds: number;
  /** Seconds between the last login and the start of the measured part, for ramp-up work to drain. */
  settleSeconds: number;
  profile: ProfileChoice;
  /** Only these actions of each profile (the rest keep their weights); all when absent. */
  actions?: ActionKind[];
  /** Mean think time between one player's commands, in seconds; each wait is randomised. */
  thinkSeconds: number;
  /** Share of players on the websocket (JSON subprotocol); the rest use telnet. */
  websocketShare: number;
  /** Logins started per second, and logins in flight at most (each one hashes a password). */
  rampRate: number;
  loginConcurrency: number;
  commandTimeoutMs: number;
  intervalSeconds: number;
  /** Rooms the bench digs for players to spread over, and channels for talkers (0: none). */
  rooms: number;
  channels: number;
  out: string;
  /** Use this PostgreSQL server (a fresh database on it, unless reuseDatabase) instead of PGlite. */
  databaseUrl?: string;
  reuseDatabase: boolean;
  /** An already running server: telnet at host:port, websockets at httpPort. */
  connect?: { host: string; port: number };
  httpPort?: number;
  /** The server's process id when it was started elsewhere, to sample its memory and CPU. */
  pid?: number;
  /** An admin account (name:password) for building the bench world on an already running server. */
  admin?: { name: string; password: string };
  /** Runs the started server with --cpu-prof and prints its hottest functions at the end. */
  cpuProfile: boolean;
  /**
   * Measures a first start on PGlite: by default the data folder is initialised by an earlier
   * start, as on every start but a game's first (PGlite's initdb leaves ~450 MB more resident).
   */
  coldStart: boolean;
  /** Keeps the server's per-session and per-plugin rate limits at their defaults. */
  keepLimits: boolean;
  /** Where the started server's log goes (it is otherwise kept in memory and shown on failure). */
  serverLog?: string;
}

export const USAGE = `Usage: npm run bench:load -- [options]

  --clients N            simulated players (default 100)
  --duration S           seconds measured after every player has logged in (default 30)
  --settle S             seconds between the last login and the measured part (default 10)
  --profile P            idler | talker | walker | builder | mixed (default mixed)
  --actions A,B          only these actions of each profile, e.g. say,pose (look say pose page channel walk dig describe)
  --think S              mean think time between a player's commands, seconds (default 3)
  --websocket-share F    share of players on the websocket, 0 to 1 (default 0.1)
  --ramp-rate R          logins started per second (default 25)
  --login-concurrency C  logins in flight at most (default 10)
  --timeout S            seconds before a command without its reply is an error (default 10)
  --interval S           seconds between progress lines (default 10)
  --rooms N              rooms dug for players to spread over (default clients/20, at least 4)
  --channels N           channels talkers join (default clients/50, at least 1)
  --out FILE             results as JSON (default bench-results/load-<profile>-<clients>.json)
  --database-url URL     run the server on PostgreSQL: a fresh database is created there and dropped after
  --reuse-database       use the database --database-url names as it is
  --connect HOST:PORT    use a running server's telnet port instead of starting one (loopback only)
  --http-port PORT       with --connect: its HTTP port, for the websocket players
  --pid PID              with --connect: the server's process id, to sample its memory and CPU
  --admin NAME:PASSWORD  with --connect: an admin account, to build the bench world and grant builders
  --cpu-prof             profile the started server (node --cpu-prof) and print its hottest functions
  --cold-start           on PGlite, measure the very first start (initdb in the same process)
  --keep-limits          keep the server's default session and plugin rate limits
  --server-log FILE      write the started server's log to FILE`;

export function parseLoadOptions(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      clients: { type: 'string', default: '100' },
      duration: { type: 'string', default: '30' },
      settle: { type: 'string', default: '10' },
      profile: { type: 'string', default: 'mixed' },
      actions: { type: 'string' },
      think: { type: 'string', default: '3' },
      'websocket-share': { type: 'string', default: '0.1' },
      'ramp-rate': { type: 'string', default: '25' },
      'login-concurrency': { type: 'string', default: '10' },
      timeout: { type: 'string', default: '10' },
      interval: { type: 'string', default: '10' },
      rooms: { type: 'string' },
      channels: { type: 'string' },
      out: { type: 'string' },
      'database-url': { type: 'string' },
      'reuse-database': { type: 'boolean', default: false },
      connect: { type: 'string' },
      'http-port': { type: 'string' },
      pid: { type: 'string' },
      admin: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'cold-start': { type: 'boolean', default: false },
      'keep-limits': { type: 'boolean', default: false },
      'server-log': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const profile = values.profile as ProfileChoice;
  if (!PROFILE_NAMES.includes(profile)) fail(`--profile must be one of ${PROFILE_NAMES.join(', ')}`);
  const clients = whole(values.clients, '--clients', 1);
  const actions = values.actions?.split(',').map((action) => action.trim()) as ActionKind[] | undefined;
  if (actions?.some((action) => !ACTION_KINDS.includes(action))) fail(`--actions must name actions among ${ACTION_KINDS.join(', ')}`);
  const connect = values.connect ? hostAndPort(values.connect, '--connect') : undefined;
  const httpPort = values['http-port'] ? whole(values['http-port'], '--http-port', 1) : undefined;
  let websocketShare = fraction(values['websocket-share'], '--websocket-share');
  if (connect && httpPort === undefined && websocketShare > 0) {
    console.warn('No --http-port given with --connect: every player uses telnet.');
    websocketShare = 0;
  }
  return {
    clients,
    durationSeconds: positive(values.duration, '--duration'),
    settleSeconds: nonNegative(values.settle, '--settle'),
    profile,
    actions,
    thinkSeconds: positive(values.think, '--think'),
    websocketShare,
    rampRate: positive(values['ramp-rate'], '--ramp-rate'),
    loginConcurrency: whole(values['login-concurrency'], '--login-concurrency', 1),
    commandTimeoutMs: positive(values.timeout, '--timeout') * 1000,
    intervalSeconds: positive(values.interval, '--interval'),
    rooms: values.rooms !== undefined ? whole(values.rooms, '--rooms', 0) : Math.max(4, Math.ceil(clients / 20)),
    channels: values.channels !== undefined ? whole(values.channels, '--channels', 0) : Math.max(1, Math.ceil(clients / 50)),
    out: values.out ?? `bench-results/load-${profile}-${clients}.json`,
    databaseUrl: values['database-url'],
    reuseDatabase: values['reuse-database'],
    connect,
    httpPort,
    pid: values.pid ? whole(values.pid, '--pid', 1) : undefined,
    admin: values.admin ? nameAndPassword(values.admin) : undefined,
    cpuProfile: values['cpu-prof'],
    coldStart: values['cold-start'],
    keepLimits: values['keep-limits'],
    serverLog: values['server-log'],
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

function whole(text: string, flag: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) fail(`${flag} must be a whole number of at least ${min}`);
  return value;
}

function fraction(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) fail(`${flag} must be between 0 and 1`);
  return value;
}

function hostAndPort(text: string, flag: string): { host: string; port: number } {
  const colon = text.lastIndexOf(':');
  if (colon <= 0) fail(`${flag} must look like host:port`);
  const host = text.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
  // A load generator aimed at someone else's server is an attack; the bench only talks to this machine.
  if (!/^(localhost|127(\.\d{1,3}){3}|::1)$/.test(host)) fail(`${flag} must name a loopback address (127.0.0.1, ::1, localhost)`);
  return { host, port: whole(text.slice(colon + 1), flag, 1) };
}

function nameAndPassword(text: string): { name: string; password: string } {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) fail('--admin must look like name:password');
  return { name: text.slice(0, colon), password: text.slice(colon + 1) };
}
