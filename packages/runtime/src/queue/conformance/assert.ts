/**
 * The conformance suite's own assertions, so it runs under any test runner (or none): a failed check
 * throws `ConformanceError` with what was expected and what the queue did.
 */

/** A queue did not behave as `DeliveryQueue` promises. */
export class ConformanceError extends Error {
  override name = 'ConformanceError';
}

/** JSON text with sorted keys, so two plain values compare regardless of key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceError(message);
}

export function assertEqual(actual: unknown, expected: unknown, what: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new ConformanceError(`${what}: expected ${e}, got ${a}`);
}

/** Runs `action` and checks that it rejects with an error whose `code` is `code`. */
export async function assertRejects(
  action: () => Promise<unknown>,
  code: string,
  what: string,
): Promise<void> {
  let error: unknown;
  try {
    await action();
  } catch (caught) {
    error = caught;
  }
  if (error === undefined)
    throw new ConformanceError(`${what}: expected a rejection with code ${code}, but it resolved`);
  const actual = (error as { code?: unknown }).code;
  if (actual !== code) {
    throw new ConformanceError(
      `${what}: expected code ${code}, got ${String(actual)} (${String((error as Error).message ?? error)})`,
    );
  }
}
