// What the side-by-side bench needs of each server it compares, whichever it is: where its telnet
// port is, which process to sample, how its players log in, and how to stop it.
import type { PeerLogin } from './peer-login.js';

export type PeerName = 'tinymux' | 'hearth';

export const PEER_NAMES: readonly PeerName[] = ['tinymux', 'hearth'];

export const PEER_LABELS: Readonly<Record<PeerName, string>> = { tinymux: 'TinyMUX', hearth: 'Hearth' };

export interface PeerServer {
  readonly peer: PeerName;
  readonly host: string;
  readonly telnetPort: number;
  /** The process whose CPU and memory are sampled. */
  readonly pid: number;
  readonly login: PeerLogin;
  /** What runs, in a few words (version, database, limits), for the report. */
  readonly description: string;
  /** Resolves with the exit code once the process has ended, however it ended. */
  readonly exit: Promise<number | null>;
  logTail(): string[];
}
