import { isDate, isDateTime, isIsoDateTime, isIsoTime, isTime } from './date-time-formats.js';
import { isUri } from './uri-format.js';

/**
 * A format check that generated validators call as `formats[name].validate(value)`. Formats that
 * are plain regular expressions are not here: the compiler writes those into the generated code.
 */
export interface FormatCheck {
  /** The JSON type the format applies to; values of other types pass. */
  readonly type: 'string' | 'number';
  readonly validate: (value: never) => boolean;
}

const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
// PCRE's end-of-subject anchor: a JS RegExp reads `\Z` as a plain "Z", so the author meant
// something else; ajv-formats refuses it too.
const PCRE_END_ANCHOR = /[^\\]\\Z/;

function isRegex(text: string): boolean {
  if (PCRE_END_ANCHOR.test(text)) return false;
  try {
    // Constructing a RegExp compiles a pattern, not code: allowed where eval is not (Workers, CSP).
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The format checks generated validators import. Names and semantics follow ajv-formats' "full"
 * mode (the compiler's test suite compares them on generated inputs).
 */
export const formats: Readonly<Record<string, FormatCheck>> = Object.freeze({
  date: { type: 'string', validate: isDate },
  time: { type: 'string', validate: isTime },
  'date-time': { type: 'string', validate: isDateTime },
  'iso-time': { type: 'string', validate: isIsoTime },
  'iso-date-time': { type: 'string', validate: isIsoDateTime },
  uri: { type: 'string', validate: isUri },
  regex: { type: 'string', validate: isRegex },
  int32: {
    type: 'number',
    validate: (value: number) => Number.isInteger(value) && value >= MIN_INT32 && value <= MAX_INT32,
  },
  // Every integer a JS number can hold exactly fits in 64 bits.
  int64: { type: 'number', validate: (value: number) => Number.isInteger(value) },
});
