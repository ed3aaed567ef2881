/**
 * Which IP addresses a sender may connect to when endpoint URLs come from customers (the SSRF guard).
 * Pure and portable: the Node transport applies it to the address it actually connects to, after DNS
 * resolution; the fetch transport can apply it only to IP literals in the URL.
 *
 * Refused unless `allowPrivateNetworks`: loopback, private (RFC 1918, fc00::/7, 100.64.0.0/10
 * carrier-grade NAT), link-local (169.254.0.0/16 with cloud metadata at 169.254.169.254, fe80::/10),
 * unspecified (0.0.0.0/8, ::), multicast, broadcast and reserved ranges. IPv6 forms that carry an
 * IPv4 address (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4
 * 2002::/16) are judged by the IPv4 address they carry, so ::ffff:127.0.0.1 is loopback.
 */

/** Why an address is refused, e.g. `{ kind: 'loopback', range: '127.0.0.0/8' }`. */
export interface BlockedRange {
  kind: 'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'reserved';
  range: string;
}

type Rule = { kind: BlockedRange['kind']; range: string; bytes: number[]; bits: number };

const rule = (kind: BlockedRange['kind'], range: string): Rule => {
  const [address = '', bits = ''] = range.split('/');
  const bytes = parseIp(address);
  if (!bytes) throw new Error(`bad range ${range}`);
  return { kind, range, bytes, bits: Number(bits) };
};

const IPV4_RULES: Rule[] = [
  rule('unspecified', '0.0.0.0/8'),
  rule('private', '10.0.0.0/8'),
  rule('private', '100.64.0.0/10'),
  rule('loopback', '127.0.0.0/8'),
  rule('link-local', '169.254.0.0/16'),
  rule('private', '172.16.0.0/12'),
  rule('reserved', '192.0.0.0/24'),
  rule('reserved', '192.0.2.0/24'),
  rule('private', '192.168.0.0/16'),
  rule('reserved', '198.18.0.0/15'),
  rule('reserved', '198.51.100.0/24'),
  rule('reserved', '203.0.113.0/24'),
  rule('multicast', '224.0.0.0/4'),
  rule('reserved', '240.0.0.0/4'), // includes 255.255.255.255, broadcast
];

const IPV6_RULES: Rule[] = [
  rule('unspecified', '::/128'),
  rule('loopback', '::1/128'),
  rule('reserved', '100::/64'), // discard-only
  rule('reserved', '2001:db8::/32'), // documentation
  rule('private', 'fc00::/7'),
  rule('link-local', 'fe80::/10'),
  rule('private', 'fec0::/10'), // deprecated site-local
  rule('multicast', 'ff00::/8'),
];

/** IPv6 prefixes whose address embeds an IPv4 address: the byte offset where it starts. */
const EMBEDDED_IPV4: { prefix: Rule; offset: number }[] = [
  { prefix: rule('reserved', '::ffff:0:0/96'), offset: 12 }, // IPv4-mapped
  { prefix: rule('reserved', '::/96'), offset: 12 }, // IPv4-compatible (deprecated)
  { prefix: rule('reserved', '64:ff9b::/96'), offset: 12 }, // NAT64 well-known prefix
  { prefix: rule('reserved', '2002::/16'), offset: 2 }, // 6to4
];

function inRange(bytes: number[], { bytes: network, bits }: Rule): boolean {
  if (bytes.length !== network.length) return false;
  for (let i = 0; i < bytes.length && bits > i * 8; i++) {
    const take = Math.min(8, bits - i * 8);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[i] as number) & mask) !== ((network[i] as number) & mask)) return false;
  }
  return true;
}

/**
 * The range that makes `address` unsafe, or undefined when it is a public unicast address. Anything
 * that does not parse as an IP address is refused as `reserved` (a resolver must answer addresses).
 *
 * @example
 * blockedRange('169.254.169.254'); // { kind: 'link-local', range: '169.254.0.0/16' }
 * blockedRange('::ffff:7f00:1');   // { kind: 'loopback', range: '127.0.0.0/8' }
 * blockedRange('93.184.215.14');   // undefined
 */
export function blockedRange(address: string): BlockedRange | undefined {
  const bytes = parseIp(address);
  if (!bytes) return { kind: 'reserved', range: `not an IP address: ${address}` };
  if (bytes.length === 4) return match(bytes, IPV4_RULES);
  for (const { prefix, offset } of EMBEDDED_IPV4) {
    // `::` and `::1` also lie in ::/96; they are judged as IPv6 below, not as 0.0.0.0 / 0.0.0.1.
    if (inRange(bytes, prefix) && !bytes.slice(0, 15).every((b) => b === 0)) {
      const embedded = match(bytes.slice(offset, offset + 4), IPV4_RULES);
      if (embedded) return embedded;
      if (prefix.range === '::/96') return { kind: 'reserved', range: '::/96' };
    }
  }
  return match(bytes, IPV6_RULES);
}

function match(bytes: number[], rules: Rule[]): BlockedRange | undefined {
  const found = rules.find((r) => inRange(bytes, r));
  return found && { kind: found.kind, range: found.range };
}

/** Bytes of an IPv4 (4) or IPv6 (16) address in text form (zone ids like `%eth0` ignored), or undefined. */
export function parseIp(text: string): number[] | undefined {
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!address.includes(':')) return parseIpv4(address);
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string | undefined): number[] | undefined => {
    if (!part) return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece);
        if (!v4) return undefined;
        out.push(...v4);
      } else {
        if (!/^[0-9a-f]{1,4}$/i.test(piece)) return undefined;
        const value = Number.parseInt(piece, 16);
        out.push(value >> 8, value & 0xff);
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 16 ? head : undefined;
  const fill = 16 - head.length - tail.length;
  if (fill < 2) return undefined;
  return [...head, ...new Array<number>(fill).fill(0), ...tail];
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((part) => (/^(0|[1-9][0-9]{0,2})$/.test(part) ? Number(part) : Number.NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : undefined;
}
