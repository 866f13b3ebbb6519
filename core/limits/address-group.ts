// The unit per-address limits count by. An IPv4 address is one unit; an IPv6 address is counted
// by its /64, the block one customer is usually given, since anyone holding a /64 can use a fresh
// address for every connection and so walk past any limit kept per exact address.
import { isIPv6 } from 'node:net';

/** `203.0.113.9` stays itself; `2001:db8:1:2:aa::1` becomes `2001:db8:1:2::/64`. Anything else is kept as it is. */
export function addressGroup(address: string): string {
  if (!isIPv6(address)) return address;
  const groups = expandIpv6(address);
  if (groups === null) return address;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

// The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail counts as the last two).
function expandIpv6(address: string): string[] | null {
  const withoutZone = address.split('%')[0]!.toLowerCase();
  const [head, tail, ...extra] = withoutZone.split('::');
  if (extra.length > 0) return null;
  const toGroups = (part: string | undefined): string[] => (part ? part.split(':').flatMap(ipv4AsGroups) : []);
  const start = toGroups(head);
  const end = toGroups(tail);
  const missing = 8 - start.length - end.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  return [...start, ...Array.from({ length: missing }, () => '0'), ...end];
}

function ipv4AsGroups(part: string): string[] {
  if (!part.includes('.')) return [part];
  const bytes = part.split('.').map(Number);
  return [((bytes[0]! << 8) | bytes[1]!).toString(16), ((bytes[2]! << 8) | bytes[3]!).toString(16)];
}
