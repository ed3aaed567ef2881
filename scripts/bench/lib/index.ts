/** Shared helpers for `scripts/bench/*`: interleaved rounds, medians, ratio reports. */
export { cpuClock, wallClock } from './clocks.js';
export { computeRatios, formatRatios, formatResults, type RatioLine, type RatioSpec } from './report.js';
export { type BenchCase, type CaseResult, type RunOptions, runInterleaved } from './run.js';
export { median, pairedRatio } from './stats.js';
