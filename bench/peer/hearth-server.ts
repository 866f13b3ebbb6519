// Hearth as the side-by-side bench runs it: started the way the load bench starts it (the real
// server/main.ts on free loopback ports, a fresh PGlite folder initialised beforehand, or a fresh
// PostgreSQL database), with its rate limits raised for measuring, or kept at their defaults.
import type { LogWarning } from '../load/server-process.js';
import { prepareTarget } from '../load/server-target.js';
import { HEARTH_LOGIN } from './peer-login.js';
import type { PeerServer } from './peer-server.js';

export interface HearthStart {
  /** Players of the largest load, to size the server's connection limit. */
  players: number;
  /** Keeps every session and plugin rate limit at its default (issue 14 asks for defaults). */
  defaults: boolean;
  databaseUrl?: string;
  serverLog?: string;
  out: string;
}

export interface HearthServer extends PeerServer {
  /** The bootstrap admin the bench server was started with. */
  readonly admin: { name: string; password: string } | undefined;
  kill(): void;
  /** Warnings and errors the server logged, counted by message. */
  warnings(): LogWarning[];
}

export async function startHearth(start: HearthStart, defer: (cleanup: () => Promise<unknown>) => void): Promise<HearthServer> {
  const target = await prepareTarget(
    {
      clients: start.players,
      out: start.out,
      databaseUrl: start.databaseUrl,
      reuseDatabase: false,
      cpuProfile: false,
      coldStart: false,
      keepLimits: start.defaults,
      serverLog: start.serverLog,
    },
    defer,
  );
  const server = target.process!;
  return {
    peer: 'hearth',
    admin: target.admin,
    host: target.host,
    telnetPort: target.telnetPort,
    pid: server.pid,
    login: HEARTH_LOGIN,
    description: `${start.databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${start.defaults ? 'default limits' : 'rate limits raised'}`,
    exit: server.exit,
    logTail: () => server.logTail(),
    kill: () => server.kill(),
    warnings: () => server.warnings(),
  };
}
