import { describe, expect, it } from 'vitest';
import { demo } from '../src/demo.js';

describe('the example demo (npm run example)', () => {
  it('delivers to the shop, retries the flaky endpoint into success, disables the gone one', async () => {
    const { ok, lines } = await demo(() => undefined);
    expect(lines.filter((line) => line.includes('FAIL'))).toEqual([]);
    expect(ok).toBe(true);
    const flaky = lines.filter((line) => line.includes('-> flaky'));
    expect(flaky.map((line) => line.replace(/^.*attempt (\d): (HTTP \d+).*$/, '$1 $2'))).toEqual([
      '1 HTTP 503',
      '2 HTTP 503',
      '3 HTTP 204',
    ]);
    expect(lines.some((line) => /endpoint gone disabled: answered 410 Gone/.test(line))).toBe(true);
  });
});
