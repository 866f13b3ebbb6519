// MSSP for a gateway: what it knows without the game's state (its own players, its ports). Room
// and object counts live on the core and are left out rather than guessed.
import type { MsspValues } from '../telnet/mssp.js';
import { HEARTH_VERSION } from '../server-status.js';

export function gatewayMsspValues(input: { name: string; players: number; startedAt: Date; telnetPort: number; tlsTelnetPort: number | null }): MsspValues {
  return {
    NAME: input.name,
    PLAYERS: String(input.players),
    UPTIME: String(Math.floor(input.startedAt.getTime() / 1000)),
    CODEBASE: `Hearth ${HEARTH_VERSION}`,
    PORT: String(input.telnetPort),
    'CRAWL DELAY': '-1',
    FAMILY: 'Custom',
    ANSI: '1',
    'UTF-8': '1',
    GMCP: '1',
    MCCP: '1',
    SSL: input.tlsTelnetPort ? String(input.tlsTelnetPort) : '0',
  };
}
