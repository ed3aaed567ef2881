/** JSON Pointer (RFC 6901) helpers; segments are always unescaped strings. */

export function pointerToSegments(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  // Most pointers escape nothing; loading a large contract splits hundreds of thousands of them.
  if (!pointer.includes('~')) return segments;
  return segments.map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** RFC 6901 escaping of one token: `~` -> `~0`, `/` -> `~1`. */
export function escapePointerToken(token: string): string {
  // Building the IR makes a pointer for every schema node; most tokens escape nothing.
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function segmentsToPointer(segments: readonly (string | number)[]): string {
  let pointer = '';
  for (const segment of segments) pointer += `/${escapePointerToken(String(segment))}`;
  return pointer;
}

export function childPointer(pointer: string, ...segments: Array<string | number>): string {
  return pointer + segmentsToPointer(segments);
}

/** The last segment of a pointer, or undefined for the root. */
export function lastSegment(pointer: string): string | undefined {
  const segments = pointerToSegments(pointer);
  return segments[segments.length - 1];
}

export function parentPointer(pointer: string): string {
  const segments = pointerToSegments(pointer);
  return segmentsToPointer(segments.slice(0, -1));
}

/** The value at `segments` inside `root`, or `missing` with the index of the first absent segment. */
export function valueAt(
  root: unknown,
  segments: readonly string[],
): { found: true; value: unknown } | { found: false; missingAt: number } {
  let current = root;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i]!;
    if (Array.isArray(current) && /^(0|[1-9]\d*)$/.test(key) && Number(key) < current.length) {
      current = current[Number(key)];
    } else if (isPlainObject(current) && Object.hasOwn(current, key)) {
      current = current[key];
    } else {
      return { found: false, missingAt: i };
    }
  }
  return { found: true, value: current };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
