import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticContract } from '../../../../scripts/synthetic/index.js';
import type { EmittedFiles } from '../../src/emit/files.js';
import { resolvePackageNames } from '../../src/emit/packages/package-settings.js';
import { latestEventVersions } from '../../src/emit/types/latest-versions.js';
import { createGenerator } from '../../src/generate/generator.js';
import type { Contract } from '../../src/ir/contract.js';
import { createConsumerProject, runTool, runWithoutEval, typecheck } from './consumer-project.js';
import { consumerRunScript, consumerTypeTest } from './consumer-sources.js';

const repo = new URL('../../../../', import.meta.url).pathname;
const generator = createGenerator();

interface Case {
  name: string;
  document: () => Promise<string>;
  /** publint and attw pack the package with npm: slow, so only for the example. */
  lintPackages: boolean;
  /** The example's golden output is its committed `generated/` folder (checked by `--check`). */
  snapshot: boolean;
}

const cases: Case[] = [
  {
    name: 'acme-shop',
    document: async () => join(repo, 'examples/acme-shop/asyncapi/asyncapi.yaml'),
    lintPackages: true,
    snapshot: false,
  },
  {
    name: 'synthetic-200',
    document: async () => {
      const file = join(await mkdtemp(join(tmpdir(), 'hookwright-synthetic-')), 'asyncapi.yaml');
      await writeFile(file, syntheticContract({ events: 200 }));
      return file;
    },
    lintPackages: false,
    snapshot: true,
  },
];

describe.each(cases)('whole contract: $name', ({ name, document, lintPackages, snapshot }) => {
  let dir: string;
  let files: EmittedFiles;
  let contract: Contract;
  let sender: string;
  let receiver: string;

  beforeAll(async () => {
    const result = await generator.generate(await document());
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    files = result.files!;
    contract = result.contract!;
    ({ sender, receiver } = resolvePackageNames(contract));
    dir = await mkdtemp(join(tmpdir(), `hookwright-golden-${name}-`));
    await createConsumerProject(dir, files);
    await writeFile(join(dir, 'contract.json'), JSON.stringify(contract));
    await writeFile(join(dir, 'consumer.ts'), consumerTypeTest(contract, sender, receiver));
    await writeFile(join(dir, 'run.mjs'), consumerRunScript(sender, receiver));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.runIf(snapshot)('generates the golden types and event table', async () => {
    await expect(files[`${sender}/src/types.ts`]).toMatchFileSnapshot(`__golden__/${name}/types.ts`);
    await expect(files[`${sender}/src/events.ts`]).toMatchFileSnapshot(`__golden__/${name}/events.ts`);
  });

  it('gives both packages the same types and event table', () => {
    expect(files[`${receiver}/src/types.ts`]).toBe(files[`${sender}/src/types.ts`]);
    expect(files[`${receiver}/src/events.ts`]).toBe(files[`${sender}/src/events.ts`]);
  });

  it('generates the same bytes twice', async () => {
    const again = await createGenerator().generate(await document());
    expect(again.files).toEqual(files);
  });

  it.each(['node16', 'bundler'] as const)(
    'type-checks as a consumer with moduleResolution %s',
    async (resolution) => {
      expect(await typecheck(dir, 'consumer.ts', resolution)).toBe('');
    },
  );

  it('round-trips every example through sender and receiver with code generation disabled', async () => {
    const report = JSON.parse(await runWithoutEval(dir, 'run.mjs'));
    const examples = contract.events.reduce(
      (n, e) => n + e.examples.filter((x) => x.payload !== undefined).length,
      0,
    );
    const latest = Object.fromEntries(
      [...latestEventVersions(contract.events)].map(([type, event]) => [type, event.version]),
    );
    expect(report).toEqual({ examples, intact: examples, refused: examples, problems: [], latest });
    expect(examples).toBeGreaterThanOrEqual(contract.events.length);
  });

  it.runIf(lintPackages)('passes publint and attw (ESM-only profile)', async () => {
    for (const pkg of [sender, receiver]) {
      const path = join(dir, 'node_modules', pkg);
      const publint = await runTool(dir, 'publint', ['run', path, '--pack', 'npm', '--strict']);
      expect(publint.output).toContain('All good!');
      expect(publint.code).toBe(0);
      const attw = await runTool(dir, 'attw', ['--pack', path, '--profile', 'esm-only', '--format', 'ascii']);
      // The ESM-only profile still prints node10/CJS results, marked "(ignored"; nothing else may fail.
      const failing = attw.output
        .split('\n')
        .filter((l) => /💀|❌|⚠️|🐛|🎭|🥴/.test(l) && !l.includes('(ignored'));
      expect(failing).toEqual([]);
      expect(attw.code).toBe(0);
    }
  });
});
