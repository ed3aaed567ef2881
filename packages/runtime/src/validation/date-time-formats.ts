/**
 * RFC 3339 `date`, `time` and `date-time` checks (and the `iso-` variants whose offset is
 * optional). They accept exactly what ajv-formats' "full" mode accepts, which is what the compiler
 * checks contract examples with: offsets may also be written `+01` or `+0100`, a space or `t` may
 * separate date and time, and a leap second is allowed when the time is 23:59 UTC.
 */

// Hand-written scanners rather than regular expressions: this runs for every date and date-time a
// receiver validates, and reading character codes in place allocates nothing (no match arrays, no
// split parts, no substrings). Each accepts exactly what ajv-formats' expressions accept:
// date `^(\d\d\d\d)-(\d\d)-(\d\d)$`; time
// `^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$` (case-insensitive); a date-time
// is split at `t` or `\s` (case-insensitive) into exactly two parts.

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ZERO = 48;
const HYPHEN = 45;
const PLUS = 43;
const COLON = 58;
const DOT = 46;

/** `YYYY-MM-DD` naming a day that exists (February 29 only in leap years). */
export function isDate(text: string): boolean {
  return text.length === 10 && isDateAt(text, 0);
}

/** The ten characters from `start` are a date that exists. */
function isDateAt(text: string, start: number): boolean {
  const year = digitsAt(text, start, 4);
  const month = digitsAt(text, start + 5, 2);
  const day = digitsAt(text, start + 8, 2);
  if (year < 0 || month < 0 || day < 0) return false;
  if (text.charCodeAt(start + 4) !== HYPHEN || text.charCodeAt(start + 7) !== HYPHEN) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leapYear ? 29 : DAYS_IN_MONTH[month]!);
}

/** The number written by `count` ASCII digits from `start`, or -1 if any of them is not one. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    // NaN past the end fails both comparisons too.
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** `HH:MM:SS[.frac]` with a required offset (`Z`, `+01:00`). */
export function isTime(text: string): boolean {
  return checkTime(text, true);
}

/** `HH:MM:SS[.frac]` with an optional offset. */
export function isIsoTime(text: string): boolean {
  return checkTime(text, false);
}

/** A date and a time with a required offset, e.g. `2024-02-29T23:59:60Z`. */
export function isDateTime(text: string): boolean {
  return checkDateTime(text, true);
}

/** A date and a time with an optional offset, e.g. `2024-02-29 10:00:00`. */
export function isIsoDateTime(text: string): boolean {
  return checkDateTime(text, false);
}

function checkDateTime(text: string, offsetRequired: boolean): boolean {
  // The date part is exactly ten digits and hyphens, so the only separator that can split the text
  // into a valid date and a valid time is the eleventh character; a time has no `t` or space.
  return (
    text.length > 11 &&
    isSeparator(text.charCodeAt(10)) &&
    isDateAt(text, 0) &&
    checkTime(text, offsetRequired, 11)
  );
}

/** `t`, `T` or a character JavaScript's `\s` matches. */
function isSeparator(code: number): boolean {
  if (code === 0x74 || code === 0x54 || code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function checkTime(text: string, offsetRequired: boolean, start = 0): boolean {
  const hour = digitsAt(text, start, 2);
  const minute = digitsAt(text, start + 3, 2);
  // Only the whole seconds matter below: a fraction never moves a value across 60 or 61.
  const second = digitsAt(text, start + 6, 2);
  if (hour < 0 || minute < 0 || second < 0) return false;
  if (text.charCodeAt(start + 2) !== COLON || text.charCodeAt(start + 5) !== COLON) return false;
  let i = start + 8;
  if (text.charCodeAt(i) === DOT) {
    const digits = ++i;
    while (digitsAt(text, i, 1) >= 0) i++;
    if (i === digits) return false;
  }
  let sign = 1;
  let offsetHour = 0;
  let offsetMinute = 0;
  const end = text.length;
  if (i === end) {
    if (offsetRequired) return false;
  } else {
    const code = text.charCodeAt(i);
    if (code === 0x7a || code === 0x5a) {
      if (i + 1 !== end) return false;
    } else if (code === PLUS || code === HYPHEN) {
      sign = code === HYPHEN ? -1 : 1;
      offsetHour = digitsAt(text, i + 1, 2);
      if (offsetHour < 0) return false;
      i += 3;
      if (i !== end) {
        if (text.charCodeAt(i) === COLON) i++;
        offsetMinute = digitsAt(text, i, 2);
        if (offsetMinute < 0 || i + 2 !== end) return false;
      }
    } else {
      return false;
    }
  }
  if (offsetHour > 23 || offsetMinute > 59) return false;
  if (hour <= 23 && minute <= 59 && second <= 59) return true;
  // Second 60 (a leap second) exists only at 23:59 UTC. The UTC hour and minute are the local ones
  // minus the offset, borrowing one hour when the minute goes negative; like ajv-formats they are
  // not range-checked, so both answer the same for every input.
  const utcMinute = minute - sign * offsetMinute;
  const utcHour = hour - sign * offsetHour - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second <= 60;
}
