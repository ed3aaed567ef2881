/** Shared helpers for `scripts/bench/*`: interleaved rounds, medians, ratio reports. */
export { cpuClock, wallClock } from './clocks.js';
export {
  computeRatios,
  formatMs,
  formatRatios,
  formatResults,
  type RatioLine,
  type RatioSpec,
  verdict,
} from './report.js';
export { type BenchCase, type CaseResult, type RunOptions, runInterleaved } from './run.js';
export { median, pairedRatio } from './stats.js';
