// Who may read /metrics and the details of /health (HEARTH_METRICS_ALLOW): anyone; or only a
// request bearing the admin token; or, besides those, clients from listed addresses and ranges.
// The client's address is the one the login throttle uses: the socket's, or what a trusted proxy
// says.
import { BlockList, isIP } from 'node:net';
import { normalizeAddress } from '../network-address.js';
import type { MonitoringAllow } from '../operations-config.js';
import { type BearerCheck, bearerTokenCheck } from './bearer-token.js';
import { TrustedProxies } from './trusted-proxies.js';

export interface MonitoringRequest {
  /** The socket's peer address. */
  peer: string;
  forwardedFor: string | readonly string[] | undefined;
  authorization: string | undefined;
}

export class MonitoringAccess {
  private readonly addresses = new BlockList();
  private readonly bearsToken: BearerCheck;
  private readonly proxies: TrustedProxies;

  /** `token` is the admin token, null when the server has none (then only addresses can qualify). */
  constructor(
    private readonly allow: MonitoringAllow,
    token: string | null,
    trustedProxies: readonly string[] = [],
  ) {
    this.bearsToken = bearerTokenCheck(token);
    this.proxies = new TrustedProxies(trustedProxies);
    if (allow.kind !== 'addresses') return;
    for (const entry of allow.entries) {
      const [address, prefix] = entry.split('/') as [string, string | undefined];
      const normal = normalizeAddress(address)!;
      const type = isIP(normal) === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) this.addresses.addAddress(normal, type);
      else this.addresses.addSubnet(normal, Number(prefix), type);
    }
  }

  allows(request: MonitoringRequest): boolean {
    if (this.allow.kind === 'any') return true;
    if (this.bearsToken(request.authorization)) return true;
    if (this.allow.kind === 'token') return false;
    const client = normalizeAddress(this.proxies.clientAddress(request.peer, request.forwardedFor));
    return client !== null && this.addresses.check(client, isIP(client) === 4 ? 'ipv4' : 'ipv6');
  }
}
