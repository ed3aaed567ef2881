/** Middle value of `values` (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Median over rounds of `numerator[i] / denominator[i]`, e.g. 0.93 for "ours runs at 0.93x the
 * baseline". Samples of one round ran back to back, so pairing them cancels drift that affects a whole
 * round (other load on the machine) better than a ratio of two medians does.
 */
export function pairedRatio(numerator: readonly number[], denominator: readonly number[]): number {
  if (numerator.length !== denominator.length) {
    throw new RangeError(`paired samples differ in count: ${numerator.length} vs ${denominator.length}`);
  }
  return median(numerator.map((value, round) => value / denominator[round]!));
}
