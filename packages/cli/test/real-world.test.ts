/**
 * Documents other people wrote: identity flags and the config's `identity` and `unknownKeywords`
 * reach the loader and the validators through the real command line.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from './run-cli.js';

const fixtures = new URL('../../compiler/test/fixtures/load/real-world/', import.meta.url).pathname;
const vendor = join(fixtures, 'vendor-extension.yaml');
const { run, close } = cliRunner();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-real-world-'));
});
afterAll(async () => {
  await close();
  await rm(dir, { recursive: true, force: true });
});

describe('a vendor contract with its own identity extensions and keywords', () => {
  it('--event-type-key and --event-version-key name the events', async () => {
    const result = await run(
      'inspect',
      vendor,
      '--json',
      '--event-type-key',
      'x-relay-nothing',
      '--event-type-key',
      'x-relay-event-type',
      '--event-version-key',
      'x-relay-event-version',
    );
    expect(result.stderr).toContain('error unused-event-type-key --event-type-key x-relay-nothing');
    expect(result.code).toBe(1);
    const ok = await run(
      'inspect',
      vendor,
      '--json',
      '--event-type-key',
      'x-relay-event-type',
      '--event-version-key',
      'x-relay-event-version',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).events.map((e: { id: string }) => e.id)).toEqual([
      'contact.creation@1',
      'contact.deletion@1',
      'deal.stage_change@2',
    ]);
  });

  it('generates from a config file: identity from the config, unknown keywords one warning each', async () => {
    const config = join(dir, 'hookwright.config.json');
    await writeFile(
      config,
      JSON.stringify({
        input: vendor,
        out: 'gen',
        identity: { typeKeys: ['x-relay-event-type'], versionKey: 'x-relay-event-version' },
      }),
    );
    const result = await run('generate', '--config', config);
    expect(result.code).toBe(0);
    const warnings = result.stderr.split('\n').filter((l) => l.includes(' warning '));
    expect(warnings.map((l) => l.split(' ').slice(1, 3).join(' '))).toEqual([
      'warning unknown-keyword',
      'warning unknown-keyword',
    ]);
    expect(result.stderr).toContain('unknown keyword "tsType" is ignored, as JSON Schema says; used 2 times');

    await writeFile(
      config,
      JSON.stringify({
        input: vendor,
        out: 'gen',
        unknownKeywords: 'error',
        identity: { typeKeys: ['x-relay-event-type'] },
      }),
    );
    const strict = await run('generate', '--config', config);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('error unknown-keyword');
  });
});

describe('an invalid document with many errors', () => {
  // 25 messages, each with one example whose headers are a number: 25 root causes.
  const document = [
    'asyncapi: 2.6.0',
    'info: { title: Many errors, version: 1.0.0 }',
    'channels:',
    ...Array.from({ length: 25 }, (_, i) => [
      `  event${i}.happened:`,
      '    subscribe:',
      '      message:',
      '        payload: { type: object }',
      '        examples:',
      '          - headers: 42',
    ]).flat(),
  ].join('\n');

  it('lists 20 errors, then "and N more (--all to list)"; --all lists every one', async () => {
    const file = join(dir, 'many-errors.yaml');
    await writeFile(file, `${document}\n`);
    const short = await run('inspect', file);
    expect(short.code).toBe(1);
    const lines = short.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(' error ')).length).toBe(20);
    expect(lines.at(-2)).toBe('and 5 more (--all to list)');
    expect(lines.at(-1)).toBe('25 errors: nothing was written.');
    const all = await run('inspect', file, '--all');
    expect(all.stderr.split('\n').filter((l) => l.includes(' error ')).length).toBe(25);
    expect(all.stderr).not.toContain('more (--all to list)');
  });
});
