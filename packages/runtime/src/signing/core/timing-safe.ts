/**
 * Compares two strings in time that depends only on their lengths, never on where they differ.
 * Signatures are compared in their canonical encoding, so lengths are public (44 base64 or 64 hex
 * characters) and an unequal length leaks nothing.
 */
export function timingSafeEqualStrings(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
