import { describe, expect, it } from 'vitest';
import { lastJsonLine } from './spawn-timed.js';
import { formatMs, median } from './stats.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});

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

describe('formatMs', () => {
  it('rounds long durations and keeps one decimal for short ones', () => {
    expect(formatMs(1234.5)).toBe('1235 ms');
    expect(formatMs(12.34)).toBe('12.3 ms');
  });
});
