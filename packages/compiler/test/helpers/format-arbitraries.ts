/**
 * Strings that satisfy each JSON Schema format ajv-formats knows, for schema-driven generators.
 * Near misses come from mutating these (see near-valid.ts), so both sides of every check are hit.
 */
import fc from 'fast-check';

const dates = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2199-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const isoDateTime = dates.map((d) => d.toISOString());
const offset = fc.constantFrom('Z', 'z', '+00:00', '-05:30', '+14:00');

const FORMAT_VALUES: Readonly<Record<string, fc.Arbitrary<string>>> = {
  date: isoDateTime.map((s) => s.slice(0, 10)),
  time: fc.tuple(isoDateTime, offset).map(([s, o]) => `${s.slice(11, 23)}${o}`),
  'date-time': fc.oneof(
    isoDateTime,
    fc.tuple(isoDateTime, offset).map(([s, o]) => `${s.slice(0, 19)}${o}`),
  ),
  'iso-time': isoDateTime.map((s) => s.slice(11, 19)),
  'iso-date-time': isoDateTime.map((s) => `${s.slice(0, 10)} ${s.slice(11, 19)}`),
  duration: fc.constantFrom('P1D', 'PT1H30M', 'P1Y2M3DT4H5M6S', 'P2W', 'PT0S'),
  uri: fc.webUrl({ withQueryParameters: true, withFragments: true }),
  'uri-reference': fc.oneof(fc.webUrl(), fc.webPath()),
  'uri-template': fc.constantFrom('/orders/{id}', 'https://x.test/{+path}{?q,limit}', '/plain'),
  url: fc.webUrl({ validSchemes: ['https', 'http'] }),
  email: fc.emailAddress(),
  hostname: fc.domain(),
  ipv4: fc.ipV4(),
  ipv6: fc.ipV6(),
  regex: fc.constantFrom('^a+$', '[0-9]{2,3}', '(?:x|y)*', '\\d+\\.\\d+'),
  uuid: fc.uuid(),
  'json-pointer': fc
    .array(fc.string({ maxLength: 4 }), { maxLength: 3 })
    .map((parts) => parts.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')),
  'relative-json-pointer': fc
    .tuple(fc.nat(5), fc.constantFrom('', '#', '/a', '/a/0'))
    .map(([n, rest]) => `${n}${rest}`),
  byte: fc.base64String({ maxLength: 16 }),
  password: fc.string({ maxLength: 8 }),
  binary: fc.string({ maxLength: 8 }),
};

/** Valid strings for a format, or undefined when the format is not a string format we know. */
export function formatArbitrary(format: string): fc.Arbitrary<string> | undefined {
  return FORMAT_VALUES[format];
}
