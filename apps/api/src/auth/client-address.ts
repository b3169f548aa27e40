import { isIP } from 'node:net';

/**
 * The key login limits count a client under. An IPv4 address (also when IPv4-mapped) counts as it
 * is; an IPv6 address counts by its /64 prefix, because one subscriber is usually given a whole
 * /64 and could otherwise take a fresh address for every attempt.
 */
export function clientAddressKey(ip: string | undefined | null): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  const address = ip.split('%')[0]; // a zone index (fe80::1%eth0) names the local interface, not the client
  if (isIP(address) !== 6) return ip;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, in lower-case hex without leading zeros. */
function expandIpv6(address: string): string[] {
  const [head, tail] = address.toLowerCase().split('::') as [string, string | undefined];
  const groups = (part: string | undefined) => {
    if (!part) return [];
    return part.split(':').flatMap((g) => {
      if (!g.includes('.')) return [g];
      // An embedded IPv4 address (::ffff:1.2.3.4 has been handled; e.g. 64:ff9b::1.2.3.4) is two groups.
      const [a, b, c, d] = g.split('.').map(Number);
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  };
  const left = groups(head);
  const right = groups(tail);
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((g) => parseInt(g, 16).toString(16));
}
