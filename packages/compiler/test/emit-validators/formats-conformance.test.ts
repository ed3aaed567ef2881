/**
 * The runtime's format checks (what generated validators call) against ajv-formats' (what the
 * compiler checks examples with): they must agree on every string, or an example accepted at
 * generate time could be refused at run time. Inputs: valid values, near misses, and strings made
 * of each format's own alphabet, plus the edge cases either side got wrong at some point.
 */
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats } from '../../../runtime/src/validation/index.js';
import { RUNTIME_FORMAT_NAMES } from '../../src/emit/validators/formats.js';
import { formatArbitrary } from '../helpers/format-arbitraries.js';
import { mutate } from '../helpers/near-valid.js';

const addFormats = addFormatsModule.default;

function ajvFormatsCheck(name: string): (value: string | number) => boolean {
  const def = addFormats.get(name as Parameters<typeof addFormats.get>[0], 'full');
  const validate = typeof def === 'object' && !(def instanceof RegExp) ? def.validate : def;
  if (typeof validate !== 'function') throw new Error(`${name} is not a function format in ajv-formats`);
  return validate as (value: string | number) => boolean;
}

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const twoDigits = fc.oneof(digits(2), fc.constantFrom('00', '23', '24', '59', '60', '61', '99'));
const offset = fc.oneof(
  fc.constantFrom('', 'Z', 'z', '+00:00', '-00:00'),
  fc
    .tuple(
      fc.constantFrom('+', '-'),
      twoDigits,
      fc.constantFrom(':', ''),
      fc.oneof(twoDigits, fc.constant('')),
    )
    .map((p) => p.join('')),
);
const time = fc
  .tuple(twoDigits, twoDigits, twoDigits, fc.constantFrom('', '.5', '.123456', '.'), offset)
  .map(([h, m, s, frac, o]) => `${h}:${m}:${s}${frac}${o}`);
const pad = (n: number) => String(n).padStart(2, '0');
/** Second 60 around midnight UTC, where the leap-second rule (and its borrow) decides. */
const leapSecond = fc
  .tuple(
    fc.constantFrom(0, 1, 22, 23, 24),
    fc.constantFrom(0, 1, 58, 59, 60),
    fc.constantFrom('+', '-'),
    fc.constantFrom(0, 1, 23),
    fc.constantFrom(0, 1, 59),
  )
  .map(([h, m, sign, oh, om]) => `${pad(h)}:${pad(m)}:60${sign}${pad(oh)}:${pad(om)}`);
const date = fc.tuple(digits(4), twoDigits, twoDigits).map(([y, m, d]) => `${y}-${m}-${d}`);
const dateTime = fc
  .tuple(date, fc.constantFrom('T', 't', ' ', '_', 'TT', '\n', '\u00a0', '\u2003', '\ufeff', '\u0085'), time)
  .map((p) => p.join(''));
const octet = fc.constantFrom('0', '00', '01', '001', '1', '99', '255', '256', '010');
const dottedQuad = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));
const ipLiteral = fc
  .oneof(
    fc.ipV6(),
    dottedQuad.map((q) => `::${q}`),
    dottedQuad.map((q) => `1:2:3:4:5:6:${q}`),
    fc.constantFrom('v1.x', 'V9.a:b', 'v.x', '::', '1::', 'g::1'),
  )
  .map((host) => `[${host}]`);
const uriWithHost = fc
  .tuple(
    fc.constantFrom('http://', 'a:/', 'x://u@'),
    fc.oneof(ipLiteral, dottedQuad),
    fc.constantFrom('', ':80', '/p', ':x'),
  )
  .map((parts) => parts.join(''));
const uriChars = fc.string({
  unit: fc.constantFrom(
    ..."ab09:/?#[]@!$&'()*+,;=-._~%AFvV".split(''),
    '%2F',
    '::',
    '//',
    'http:',
    '1.2.3.4',
    '[::1]',
    ' ',
  ),
  maxLength: 24,
});
const regexChars = fc.string({
  unit: fc.constantFrom(...'ab()[]{}*+?\\Z.^$|-,0123'.split('')),
  maxLength: 12,
});

/** Strings (or numbers) to feed each function format. */
const INPUTS: Record<string, fc.Arbitrary<string | number>> = {
  date: fc.oneof(date, formatArbitrary('date')!),
  time: fc.oneof(time, leapSecond, formatArbitrary('time')!),
  'iso-time': fc.oneof(time, leapSecond, formatArbitrary('iso-time')!),
  'date-time': fc.oneof(
    dateTime,
    leapSecond.map((t) => `2016-12-31T${t}`),
    formatArbitrary('date-time')!,
  ),
  'iso-date-time': fc.oneof(dateTime, formatArbitrary('iso-date-time')!),
  uri: fc.oneof(
    uriChars,
    uriWithHost,
    formatArbitrary('uri')!,
    fc.tuple(fc.constantFrom('a:', 'urn:', 'http://', 'x+y.z:/'), uriChars).map((p) => p.join('')),
  ),
  regex: fc.oneof(regexChars, formatArbitrary('regex')!),
  int32: fc.oneof(
    fc.integer(),
    fc.double(),
    fc.constantFrom(2 ** 31, 2 ** 31 - 1, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, 0.5),
  ),
  int64: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2 ** 63, 2 ** 53 + 2, -0, 1e-300)),
};

/** Inputs where a plausible implementation would differ; every one is checked against ajv-formats. */
const EDGE_CASES: Record<string, (string | number)[]> = {
  date: [
    '2024-02-29',
    '2023-02-29',
    '1900-02-29',
    '2000-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '２０２４-01-01',
  ],
  time: [
    '23:59:60Z',
    '00:00:60+00:01',
    '23:59:60+01:00',
    '00:59:60+01:00',
    '24:59:60+01:00',
    '23:59:60.999Z',
    '12:00:00',
    '12:00:00+0100',
    '12:00:00+01',
    '12:00:00+24:00',
  ],
  'date-time': [
    '2024-02-29T23:59:60Z',
    '2024-02-29 10:00:00z',
    '2024-02-29t10:00:00Z',
    '2024-02-29T10:00:00',
    '2024-02-29T10:00:00Z\n',
  ],
  uri: [
    'about:',
    'a:/[::1]',
    'http://[::01.2.3.4]/',
    'http://[::1.2.3.004]/',
    'a:/host:80/x',
    'http://[v1.x]/',
    'http://01.02.03.004/',
    'urn:isbn:0451450523',
    'http://a b',
    'http://%zz',
    '//no-scheme',
    'mailto:a@b.c',
  ],
  regex: ['a\\Z', '\\\\Z', '(', '[a-', '\\Zfoo', 'a{2,1}', '(?<n>x)'],
};

describe('runtime formats agree with ajv-formats', () => {
  it('covers exactly the formats the compiler routes to the runtime', () => {
    expect(Object.keys(formats).sort()).toEqual([...RUNTIME_FORMAT_NAMES]);
  });

  it.each(RUNTIME_FORMAT_NAMES.map((n) => [n]))('%s', (name) => {
    const runtime = formats[name]!.validate as (value: string | number) => boolean;
    const reference = ajvFormatsCheck(name);
    const type = formats[name]!.type;
    expect(type).toBe(name.startsWith('int') ? 'number' : 'string');
    for (const input of EDGE_CASES[name] ?? [])
      expect([input, runtime(input)]).toEqual([input, reference(input)]);
    const inputs = INPUTS[name]!;
    const nearMisses = fc.tuple(inputs, fc.nat(), fc.nat()).map(([v, where, how]) => mutate(v, where, how));
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          inputs,
          nearMisses.filter((v) => typeof v === type),
        ),
        (input) => {
          const expected = reference(input as string | number);
          expect(runtime(input as string | number)).toBe(expected);
          verdicts[expected ? 'valid' : 'invalid']++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(verdicts.valid).toBeGreaterThan(150);
    expect(verdicts.invalid).toBeGreaterThan(150);
  });
});
