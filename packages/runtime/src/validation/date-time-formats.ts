/**
 * RFC 3339 `date`, `time` and `date-time` checks (and the `iso-` variants whose offset is
 * optional). They accept exactly what ajv-formats' "full" mode accepts, which is what the compiler
 * checks contract examples with: offsets may also be written `+01` or `+0100`, a space or `t` may
 * separate date and time, and a leap second is allowed when the time is 23:59 UTC.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// hour, minute, second[.fraction], then the offset: `z`, or sign, hours and optional minutes.
// Positional groups, not named ones: this runs for every date-time a receiver validates.
const TIME = /^(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(z|([+-])(\d{2})(?::?(\d{2}))?)?$/i;
const DATE_TIME_SEPARATOR = /t|\s/i;

/** `YYYY-MM-DD` naming a day that exists (February 29 only in leap years). */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leapYear ? 29 : DAYS_IN_MONTH[month]!);
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
  const parts = text.split(DATE_TIME_SEPARATOR);
  return parts.length === 2 && isDate(parts[0]!) && checkTime(parts[1]!, offsetRequired);
}

function checkTime(text: string, offsetRequired: boolean): boolean {
  const match = TIME.exec(text);
  if (!match) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const sign = match[5] === '-' ? -1 : 1;
  const offsetHour = Number(match[6] ?? 0);
  const offsetMinute = Number(match[7] ?? 0);
  if (offsetHour > 23 || offsetMinute > 59 || (offsetRequired && match[4] === undefined)) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // Second 60 (a leap second) exists only at 23:59 UTC. The UTC hour and minute are the local ones
  // minus the offset, borrowing one hour when the minute goes negative; like ajv-formats they are
  // not range-checked, so both answer the same for every input.
  const utcMinute = minute - sign * offsetMinute;
  const utcHour = hour - sign * offsetHour - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}
