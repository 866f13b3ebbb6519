// Client addresses as Hearth keys them (the login throttle, logs), whichever way they arrived:
// a socket on a dual-stack listener, or an X-Forwarded-For entry from a trusted proxy.
import { isIP } from 'node:net';

/**
 * An address as Hearth keys it: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) as IPv4, ports and brackets
 * that some proxies add (`1.2.3.4:5678`, `[::1]:443`) removed; null when it is no address at all.
 */
export function normalizeAddress(text: string): string | null {
  let address = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.indexOf(':'));
  const family = isIP(address);
  if (family === 0) return null;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return mapped[1]!;
    return address.toLowerCase();
  }
  return address;
}
