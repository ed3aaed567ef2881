import type { CaseResult } from './run.js';
import { pairedRatio } from './stats.js';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A fixed-width table of medians with the spread of the rounds, one line per case. */
export function formatResults(title: string, results: readonly CaseResult[]): string {
  const width = Math.max(...results.map((result) => result.name.length));
  const lines = results.map((result) => {
    const low = Math.min(...result.samples);
    const high = Math.max(...result.samples);
    const spread = `${integer.format(low)} .. ${integer.format(high)}`;
    return `  ${result.name.padEnd(width)}  ${integer.format(result.median).padStart(11)} ops/s   (rounds ${spread})`;
  });
  return [title, ...lines].join('\n');
}

/** One comparison to print: `numerator / denominator` (see `pairedRatio`), with an optional lower bound. */
export interface RatioSpec {
  label: string;
  numerator: CaseResult;
  denominator: CaseResult;
  /** Print whether the ratio meets this minimum. */
  atLeast?: number;
}

export interface RatioLine extends RatioSpec {
  value: number;
  met: boolean | undefined;
}

export function computeRatios(specs: readonly RatioSpec[]): RatioLine[] {
  return specs.map((spec) => {
    const value = pairedRatio(spec.numerator.samples, spec.denominator.samples);
    return { ...spec, value, met: spec.atLeast === undefined ? undefined : value >= spec.atLeast };
  });
}

export function formatRatios(lines: readonly RatioLine[]): string {
  const width = Math.max(...lines.map((line) => line.label.length));
  return lines
    .map((line) => {
      const target =
        line.atLeast === undefined ? '' : `   target >= ${line.atLeast}x: ${line.met ? 'met' : 'MISSED'}`;
      return `  ${line.label.padEnd(width)}  ${line.value.toFixed(2).padStart(7)}x${target}`;
    })
    .join('\n');
}

/** `1234.5` -> `"1235 ms"`, `12.34` -> `"12.3 ms"`. */
export function formatMs(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

/** Printed next to each target: `verdict(true)` -> `"PASS"`. */
export function verdict(met: boolean): 'PASS' | 'MISS' {
  return met ? 'PASS' : 'MISS';
}
