// Which peers may tell Hearth a client's address. Behind a reverse proxy every websocket comes
// from the proxy, so the login throttle would count all players as one address; a proxy the
// operator lists (HEARTH_TRUSTED_PROXIES) is believed about the X-Forwarded-For header it sends.
// Anyone else's header is ignored: a client could write any address there.
import { BlockList, isIP } from 'node:net';
import { ConfigInvalidError } from '../../core/errors.js';
import { normalizeAddress } from '../network-address.js';

/** One entry of HEARTH_TRUSTED_PROXIES: an address (`10.0.0.5`, `::1`) or a range (`10.0.0.0/8`). */
export function describeProxyEntryProblem(entry: string): string | null {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return `"${entry}" is not an IP address or range (like 10.0.0.5 or 10.0.0.0/8)`;
  if (prefix === undefined) return null;
  if (family === 6 && normalizeAddress(address!) !== address!.toLowerCase()) return `"${entry}": write IPv4 ranges as IPv4 (like 10.0.0.0/8)`;
  const bits = Number(prefix);
  const maxBits = family === 4 ? 32 : 128;
  if (!/^\d+$/.test(prefix) || bits > maxBits) return `"${entry}" has a bad prefix length (0 to ${maxBits})`;
  return null;
}

export class TrustedProxies {
  private readonly list = new BlockList();
  readonly size: number;

  /** The configuration checks `entries` first (describeProxyEntryProblem); a bad one throws here too. */
  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const problem = describeProxyEntryProblem(entry);
      if (problem) throw new ConfigInvalidError(`HEARTH_TRUSTED_PROXIES: ${problem}`);
      const [address, prefix] = entry.split('/') as [string, string | undefined];
      const normal = normalizeAddress(address)!;
      const type = isIP(normal) === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) this.list.addAddress(normal, type);
      else this.list.addSubnet(normal, Number(prefix), type);
    }
    this.size = entries.length;
  }

  trusts(address: string): boolean {
    const normal = normalizeAddress(address);
    if (normal === null || this.size === 0) return false;
    return this.list.check(normal, isIP(normal) === 4 ? 'ipv4' : 'ipv6');
  }

  /**
   * The client's address for a connection from `peer`: the peer itself unless it is a trusted
   * proxy; then X-Forwarded-For read from the right (each proxy appends the address it saw), past
   * every trusted proxy, to the first entry that is not one. Entries left of it were written by
   * the client and are never believed. An entry that is not an address stops the walk at the last
   * trusted hop, so a garbled header never yields a made-up address.
   */
  clientAddress(peer: string, forwardedFor: string | readonly string[] | undefined): string {
    let current = normalizeAddress(peer) ?? peer;
    if (!this.trusts(current) || forwardedFor === undefined) return current;
    const entries = (typeof forwardedFor === 'string' ? forwardedFor : forwardedFor.join(','))
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const hop = normalizeAddress(entries[index]!);
      if (hop === null) return current;
      current = hop;
      if (!this.trusts(current)) return current;
    }
    return current;
  }
}
