/**
 * Median and ratio helpers for this benchmark. (scripts/bench/lib had no shared helper when
 * this was written; move these there once it has one.)
 */

/** Median of a non-empty list; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `1234.5` -> `"1235 ms"`, `12.34` -> `"12.3 ms"`. */
export function formatMs(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

/** `verdict(true)` -> `"PASS"`: printed next to each target. */
export function verdict(met: boolean): 'PASS' | 'MISS' {
  return met ? 'PASS' : 'MISS';
}
