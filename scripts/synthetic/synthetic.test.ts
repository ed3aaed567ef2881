import { describe, expect, it } from 'vitest';
import { syntheticContract } from './contract.js';
import { exampleProblems, verifyContract } from './verify.js';
import { toYaml } from './yaml.js';

describe('syntheticContract', () => {
  it('returns the same bytes for the same arguments, other bytes for another seed', () => {
    const first = syntheticContract({ events: 200 });
    expect(syntheticContract({ events: 200 })).toBe(first);
    expect(syntheticContract({ events: 200, seed: 1 })).toBe(first);
    expect(syntheticContract({ events: 200, seed: 2 })).not.toBe(first);
  });

  it('has exactly the requested number of messages, several versions and deprecations', () => {
    for (const events of [1, 2, 37]) {
      expect(syntheticContract({ events }).match(/^ {4}\S+:\n {6}name: /gm)).toHaveLength(events);
    }
    const text = syntheticContract({ events: 200 });
    expect(text).toMatch(/^ {6}x-event-version: 2$/m);
    expect(text).toMatch(/^ {6}name: \w+V3$/m);
    expect(text).toMatch(/^ {6}deprecated: true$/m);
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => syntheticContract({ events: 0 })).toThrow(RangeError);
    expect(() => syntheticContract({ events: 2.5 })).toThrow(/positive integer, got 2.5/);
  });

  it('is accepted by @asyncapi/parser with no errors or warnings, and every example is valid', async () => {
    const report = await verifyContract(syntheticContract({ events: 200 }));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.messages).toBe(200);
    expect(report.exampleProblems).toEqual([]);
  });
});

describe('exampleProblems', () => {
  it('reports an example that breaks its payload schema', () => {
    const text = syntheticContract({ events: 3 });
    expect(exampleProblems(text)).toEqual([]);
    const broken = text.replace(/(\n {10}payload:\n {12}\w+: )[^\n]+/, '$1[1, 2]');
    expect(broken).not.toBe(text);
    expect(exampleProblems(broken)).toHaveLength(1);
  });
});

describe('toYaml', () => {
  it('quotes only what YAML would read as something else', () => {
    expect(toYaml({ a: [{ b: 'x y' }], c: ['#/ref', null, 'null', '10117'], d: {}, 'e f': true })).toBe(
      'a:\n  - b: x y\nc: ["#/ref", null, "null", "10117"]\nd: {}\n"e f": true\n',
    );
  });
});
