// The server status crawlers and MUD listings read through MSSP, from live data: players from the
// session manager, uptime from the core's start, ports from the running listeners.
import { readFileSync } from 'node:fs';
import type { HearthCore } from '../core/hearth-core.js';
import type { MsspValues } from './telnet/mssp.js';
import { hearthPath } from '../core/paths.js';

const packageJson = JSON.parse(readFileSync(hearthPath('package.json'), 'utf8')) as { version: string };
export const HEARTH_VERSION = packageJson.version;

export interface StatusSources {
  core: HearthCore;
  name: string;
  telnetPort: number;
  /** The TLS telnet port (MSSP's SSL), null without TLS. */
  tlsTelnetPort?: number | null;
}

export function msspValues({ core, name, telnetPort, tlsTelnetPort }: StatusSources): MsspValues {
  const counts = core.world.counts();
  return {
    NAME: name,
    PLAYERS: String(core.sessions.connectedCharacterIds().length),
    // MSSP's UPTIME is the Unix time the server started.
    UPTIME: String(Math.floor(core.startedAt.getTime() / 1000)),
    CODEBASE: `Hearth ${HEARTH_VERSION}`,
    PORT: String(telnetPort),
    'CRAWL DELAY': '-1',
    FAMILY: 'Custom',
    GENRE: 'None',
    LANGUAGE: 'English',
    ROOMS: String(counts.room),
    OBJECTS: String(counts.thing),
    ANSI: '1',
    'UTF-8': '1',
    GMCP: '1',
    MCCP: '1',
    MSDP: '0',
    MXP: '0',
    SSL: tlsTelnetPort ? String(tlsTelnetPort) : '0',
    VT100: '0',
    'XTERM 256 COLORS': '0',
    'PAY TO PLAY': '0',
    'PAY FOR PERKS': '0',
  };
}
