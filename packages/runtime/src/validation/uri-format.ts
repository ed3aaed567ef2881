/**
 * The `uri` format: an absolute URI per RFC 3986 (a scheme is required), built from the RFC's
 * grammar below. It accepts exactly what ajv-formats' "full" mode accepts, which is what the
 * compiler checks contract examples with, including three leniencies of that grammar: an
 * authority may follow a single slash (`a:/host`), IPv4 octets may have leading zeros, and an
 * empty path right after the scheme (`about:`) is refused.
 */

const hex = '[0-9a-f]';
const pctEncoded = `%${hex}{2}`;
/** unreserved / sub-delims (RFC 3986 section 2) */
const plain = "a-z0-9\\-._~!$&'()*+,;=";
const pchar = `(?:[${plain}:@]|${pctEncoded})`;
const segment = `${pchar}*`;
const segmentNz = `${pchar}+`;

const decOctet = '(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)';
const ipv4 = `(?:${decOctet}\\.){3}${decOctet}`;
const h16 = `${hex}{1,4}`;
const ls32 = `(?:${h16}:${h16}|${ipv4})`;
const ipv6 = `(?:${[
  `(?:${h16}:){6}${ls32}`,
  `::(?:${h16}:){5}${ls32}`,
  `(?:${h16})?::(?:${h16}:){4}${ls32}`,
  `(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}`,
  `(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}`,
  `(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}`,
  `(?:(?:${h16}:){0,4}${h16})?::${ls32}`,
  `(?:(?:${h16}:){0,5}${h16})?::${h16}`,
  `(?:(?:${h16}:){0,6}${h16})?::`,
].join('|')})`;
const ipvFuture = `v${hex}+\\.[${plain}:]+`;
const host = `(?:\\[(?:${ipv6}|${ipvFuture})\\]|${ipv4}|(?:[${plain}]|${pctEncoded})*)`;
const authority = `(?:(?:[${plain}:]|${pctEncoded})*@)?${host}(?::\\d*)?`;

const hierPart = [
  `\\/?\\/${authority}(?:\\/${segment})*`,
  `\\/(?:${segmentNz}(?:\\/${segment})*)?`,
  `${segmentNz}(?:\\/${segment})*`,
].join('|');
const queryOrFragment = `(?:${pchar}|[/?])*`;

const URI = new RegExp(
  `^[a-z][a-z0-9+\\-.]*:(?:${hierPart})(?:\\?${queryOrFragment})?(?:#${queryOrFragment})?$`,
  'i',
);

/** An absolute URI such as `https://example.com/a?b#c` or `urn:isbn:0451450523`. */
export function isUri(text: string): boolean {
  return URI.test(text);
}
