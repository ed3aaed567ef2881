import { describe, expect, it } from 'vitest';
import {
  computeRatios,
  formatMs,
  formatRatios,
  formatResults,
  median,
  pairedRatio,
  runInterleaved,
} from './index.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('pairedRatio', () => {
  it('takes the median of per-round ratios, so a slow round slows both sides alike', () => {
    // Round 2 ran on a loaded machine: both halves dropped.
    expect(pairedRatio([100, 20, 110], [50, 10, 50])).toBe(2);
    expect(() => pairedRatio([1], [1, 2])).toThrow(RangeError);
  });
});

describe('runInterleaved', () => {
  it('rotates the starting case every round and returns one sample per round', async () => {
    const order: string[] = [];
    let clock = 0;
    const results = await runInterleaved(
      [
        { name: 'a', run: () => undefined },
        { name: 'b', kind: 'async', run: async () => undefined },
        { name: 'c', run: () => undefined },
      ],
      {
        rounds: 3,
        sampleMs: 10,
        warmupMs: 0,
        // Each timer read advances 5 ms: every measurement ends after its second batch.
        now: () => (clock += 5),
        onSample: (name) => order.push(name),
      },
    );
    expect(order).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    for (const result of results) {
      expect(result.samples).toHaveLength(3);
      // 1 + 2 operations in the 10 ms between the first and the last timer read: 300 ops/s.
      expect(result.median).toBe(300);
    }
  });
});

describe('reports', () => {
  const ours = { name: 'ours', samples: [90, 100, 110], median: 100 };
  const peer = { name: 'peer', samples: [20, 25, 30], median: 25 };

  it('computes paired ratios and checks them against targets', () => {
    const [fast, slow] = computeRatios([
      { label: 'ours / peer', numerator: ours, denominator: peer, atLeast: 3 },
      { label: 'peer / ours', numerator: peer, denominator: ours, atLeast: 1 },
    ]);
    expect(fast).toMatchObject({ value: 4, met: true });
    expect(slow).toMatchObject({ value: 0.25, met: false });
    expect(formatRatios([fast!, slow!])).toBe(
      ['  ours / peer     4.00x   target >= 3x: met', '  peer / ours     0.25x   target >= 1x: MISSED'].join(
        '\n',
      ),
    );
  });

  it('prints medians with the spread of the rounds', () => {
    expect(formatResults('title', [ours, peer])).toBe(
      [
        'title',
        '  ours          100 ops/s   (rounds 90 .. 110)',
        '  peer           25 ops/s   (rounds 20 .. 30)',
      ].join('\n'),
    );
  });
});

describe('formatMs', () => {
  it('rounds long durations and keeps one decimal for short ones', () => {
    expect(formatMs(1234.5)).toBe('1235 ms');
    expect(formatMs(12.34)).toBe('12.3 ms');
  });
});
