import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { syntheticContract } from '../../synthetic/contract.js';
import { changeDocument } from './mutate.js';

const yaml = createRequire(new URL('../../../packages/compiler/package.json', import.meta.url))('yaml') as {
  parse(text: string): Record<string, unknown>;
};

describe('changeDocument', () => {
  it('lands the asked number of edits, the same ones every time', () => {
    const text = syntheticContract({ events: 40, seed: 1 });
    const a = yaml.parse(text);
    const b = yaml.parse(text);
    expect(changeDocument(a, 20)).toBe(20);
    expect(changeDocument(b, 20)).toBe(20);
    expect(a).toEqual(b);
    expect(a).not.toEqual(yaml.parse(text));
  });
});
