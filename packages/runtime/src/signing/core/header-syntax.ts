/**
 * What HTTP lets a header line hold, for every place that takes header names and values from a
 * caller (a message's headers, queue records, wire settings, the Node sender's request head). No
 * imports: the queue entry uses it without the signing code around it.
 */

/** RFC 9110 token: the characters a header name may have, as a RegExp source (config schemas embed it). */
export const HEADER_NAME_SOURCE = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

const HEADER_NAME = new RegExp(`^${HEADER_NAME_SOURCE}$`);
const LINE_BREAK_OR_NUL = /[\r\n\0]/;

/** Whether `name` can be a header name. */
export function isHeaderName(name: string): boolean {
  return HEADER_NAME.test(name);
}

/** Whether `value` stays on one line of a request head: no CR, LF or NUL. */
export function isSingleLineValue(value: string): boolean {
  return !LINE_BREAK_OR_NUL.test(value);
}
