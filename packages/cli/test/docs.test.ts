import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGenerator } from '@hookwright/compiler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';

const repo = new URL('../../../', import.meta.url).pathname;
const example = join(repo, 'examples/acme-shop/asyncapi/asyncapi.yaml');
const generator = createGenerator();

async function run(...argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: (t: string) => {
      out.stdout += t;
    },
    stderr: (t: string) => {
      out.stderr += t;
    },
  };
  return { code: await runCli(argv, io, generator), ...out };
}

/** No message example, and a payload no value can satisfy: `allOf` of a string and an integer. */
const UNSATISFIABLE = `asyncapi: 3.0.0
info:
  title: Odd Events
  version: 1.0.0
channels:
  thing.happened:
    address: thing.happened
    messages:
      ThingHappened:
        payload:
          type: object
          required: [id]
          properties:
            id: { type: string, format: uuid }
  thing.broke:
    address: thing.broke
    messages:
      ThingBroke:
        payload:
          allOf:
            - type: string
            - type: integer
operations:
  sendThingHappened:
    action: send
    channel: { $ref: '#/channels/thing.happened' }
  sendThingBroke:
    action: send
    channel: { $ref: '#/channels/thing.broke' }
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-cli-docs-'));
});
afterAll(async () => {
  await generator.close();
  await rm(dir, { recursive: true, force: true });
});

describe('hookwright docs', () => {
  it('writes one self-contained index.html', async () => {
    const out = join(dir, 'html');
    const result = await run('docs', example, '--out', out);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe(`wrote index.html to ${out}\n`);
    const page = await readFile(join(out, 'index.html'), 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<(link|img|iframe)\b|\bsrc=/i);
    expect(page).toContain('id="order-created-v2"');
  });

  it('writes Markdown with --format markdown, and refuses an unknown format', async () => {
    const out = join(dir, 'md');
    expect((await run('docs', example, '--out', out, '--format', 'markdown')).code).toBe(0);
    expect(await readFile(join(out, 'acme-shop.md'), 'utf8')).toMatch(/^# Acme Shop webhooks\n/);
    const bad = await run('docs', example, '--out', join(dir, 'pdf'), '--format', 'pdf');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown --format "pdf": use html or markdown');
  });

  it('writes nothing for a document with errors', async () => {
    const broken = join(repo, 'packages/compiler/test/fixtures/load/diagnostics/yaml-syntax-broken.yaml');
    const out = join(dir, 'broken');
    const result = await run('docs', broken, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/yaml-syntax-broken\.yaml:\d+:\d+ error /);
    await expect(readFile(join(out, 'index.html'))).rejects.toThrow();
  });

  it('synthesises missing examples and warns, with a location, about a schema that allows nothing', async () => {
    const doc = join(dir, 'odd.yaml');
    await writeFile(doc, UNSATISFIABLE);
    const out = join(dir, 'odd');
    const result = await run('docs', doc, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /odd\.yaml:\d+:\d+ warning example-not-synthesized no example for thing\.broke@1: the schema cannot be satisfied/,
    );
    const page = await readFile(join(out, 'index.html'), 'utf8');
    expect(page).toContain('<pre class="ex" data-try="thing.happened@1" data-synth>');
    expect(page).not.toContain('data-try="thing.broke@1"');
    expect(page).toContain('No example: the schema could not be satisfied.');
  });
});

describe('hookwright generate --docs', () => {
  it('adds docs/index.html to the output, and --check covers it', async () => {
    const out = join(dir, 'gen');
    expect((await run('generate', example, '--out', out, '--docs')).code).toBe(0);
    const page = await readFile(join(out, 'docs/index.html'), 'utf8');
    expect(page).toContain('<title>Acme Shop 2.4.0: webhook events</title>');
    expect((await run('generate', example, '--out', out, '--docs', '--check')).code).toBe(0);
    const without = await run('generate', example, '--out', out, '--check');
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('docs/index.html');
  });

  it('writes the catalog when the config file says "docs": true, unless --no-docs is given', async () => {
    const out = join(dir, 'gen-config');
    const config = join(dir, 'docs.config.json');
    await writeFile(config, JSON.stringify({ input: example, out, docs: true }));
    expect((await run('generate', '--config', config)).code).toBe(0);
    expect(await readFile(join(out, 'docs/index.html'), 'utf8')).toContain('<title>Acme Shop');
    expect((await run('generate', '--config', config, '--check')).code).toBe(0);
    const without = await run('generate', '--config', config, '--no-docs', '--check');
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('docs/index.html');
  });
});
