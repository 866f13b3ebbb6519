// How many connections one address may hold open on a listener. Without a cap, one address
// holding a thousand slow, half-sent HTTP requests used up the process's file descriptors, and new
// telnet players were cut off at once. Addresses are normalised (IPv4-mapped IPv6 as IPv4) and
// counted by address-group.ts (IPv6 by its /64); addresses a caller exempts (trusted reverse
// proxies, which carry many clients) are never capped here.
import type { Socket } from 'node:net';
import { addressGroup } from '../core/limits/address-group.js';
import { normalizeAddress } from './network-address.js';

/** How long a refused connection may linger after it is told why (a client that never closes is cut). */
const REFUSED_LINGER_MS = 1000;

/**
 * Tells a refused connection why and closes it. What it sends is read and dropped, so its close
 * is seen and the socket goes at once; one that never closes is destroyed after a second, so
 * refusals cannot pile up open sockets either.
 */
export function refuseConnection(socket: Socket, message: string): void {
  socket.on('error', () => {});
  socket.resume();
  socket.setTimeout(REFUSED_LINGER_MS, () => socket.destroy());
  socket.end(message);
}

export class ConnectionGate {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly perAddress: number,
    private readonly exempt: (address: string) => boolean = () => false,
  ) {}

  /**
   * Counts `socket` against its address until it closes and returns true; returns false, counting
   * nothing, when the address already holds its cap.
   */
  admit(socket: Socket): boolean {
    const address = normalizeAddress(socket.remoteAddress ?? '') ?? 'unknown';
    if (this.exempt(address)) return true;
    return this.admitAddress(address, (release) => socket.once('close', release));
  }

  /** Like admit, for a connection known by address alone; `onEnd` is given the function that releases it. */
  admitAddress(address: string, onEnd: (release: () => void) => void): boolean {
    const group = addressGroup(address);
    const held = this.open.get(group) ?? 0;
    if (held >= this.perAddress) return false;
    this.open.set(group, held + 1);
    let released = false;
    onEnd(() => {
      if (released) return;
      released = true;
      const left = (this.open.get(group) ?? 1) - 1;
      if (left <= 0) this.open.delete(group);
      else this.open.set(group, left);
    });
    return true;
  }

  /** Connections an address holds now (for tests and status). */
  held(address: string): number {
    return this.open.get(addressGroup(normalizeAddress(address) ?? address)) ?? 0;
  }
}
