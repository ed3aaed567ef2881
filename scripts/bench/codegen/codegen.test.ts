import { describe, expect, it } from 'vitest';
import { lastJsonLine } from './spawn-timed.js';

describe('lastJsonLine', () => {
  it('reads the last JSON object line of stderr, keeping numbers only', () => {
    const stderr = [
      'a.yaml:3:1 warning W1 {not json}',
      '{"parseMs":10}',
      'wrote 4 files',
      '{"parseMs":1200.5,"totalMs":1500,"note":"x"}',
      '',
    ].join('\n');
    expect(lastJsonLine(stderr)).toEqual({ parseMs: 1200.5, totalMs: 1500 });
    expect(lastJsonLine('no timings here\n{broken')).toBeUndefined();
  });
});
