import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from './run-cli.js';

const repo = new URL('../../../', import.meta.url).pathname;
const example = join(repo, 'examples/acme-shop/asyncapi/asyncapi.yaml');
const brokenYaml = join(repo, 'packages/compiler/test/fixtures/load/diagnostics/yaml-syntax-broken.yaml');
// One generator for the file: the AsyncAPI parser is slow to start, and that is what watch mode reuses too.
const { run, close } = cliRunner();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-cli-'));
});
afterAll(async () => {
  await close();
  await rm(dir, { recursive: true, force: true });
});

describe('hookwright generate', () => {
  it('writes both packages, then --check passes, then --check lists a stale file', async () => {
    const out = join(dir, 'gen');
    const first = await run('generate', example, '--out', out);
    expect(first).toMatchObject({ code: 0, stdout: '' });
    expect(first.stderr).toMatch(/^wrote \d+ files to /);
    expect(JSON.parse(await readFile(join(out, 'acme-shop-sender/package.json'), 'utf8')).name).toBe(
      'acme-shop-sender',
    );
    await stat(join(out, 'acme-shop-receiver/dist/index.js'));

    expect((await run('generate', example, '--out', out, '--check')).code).toBe(0);

    await writeFile(join(out, 'acme-shop-sender/src/types.ts'), '// edited by hand\n');
    await rm(join(out, 'acme-shop-receiver/README.md'));
    const check = await run('generate', example, '--out', out, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${out}/acme-shop-sender/src/types.ts: changed`);
    expect(check.stderr).toContain(`${out}/acme-shop-receiver/README.md: missing`);
    expect(await readFile(join(out, 'acme-shop-sender/src/types.ts'), 'utf8')).toBe('// edited by hand\n');
  });

  it('is byte-for-byte the committed example output', async () => {
    const result = await run(
      'generate',
      example,
      '--out',
      join(repo, 'examples/acme-shop/generated'),
      '--check',
    );
    expect(result.stderr).toContain('is up to date');
    expect(result.code).toBe(0);
  });

  it('exits 1 with located diagnostics and leaves existing output untouched on error', async () => {
    const out = join(dir, 'kept');
    await run('generate', example, '--out', out);
    const before = await readFile(join(out, 'acme-shop-sender/dist/index.js'), 'utf8');
    const broken = join(dir, 'broken.yaml');
    await cp(brokenYaml, broken);
    const result = await run('generate', broken, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+ error yaml-syntax /);
    expect(result.stderr).toMatch(/nothing was written/);
    expect(await readFile(join(out, 'acme-shop-sender/dist/index.js'), 'utf8')).toBe(before);
  });

  it('takes input, output and package names from a config file', async () => {
    const config = join(dir, 'hookwright.config.json');
    await writeFile(
      config,
      JSON.stringify({ input: example, out: 'from-config', scope: '@acme', version: '3.1.4' }),
    );
    const result = await run('generate', '--config', config);
    expect(result.code).toBe(0);
    const pkg = JSON.parse(await readFile(join(dir, 'from-config/acme-shop-sender/package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: '@acme/acme-shop-sender', version: '3.1.4' });
  });

  it('says what is missing when there is no output directory', async () => {
    const result = await run('generate', example);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no output directory: pass --out <dir>');
  });

  it('prints phase timings as one JSON line with --timings', async () => {
    const result = await run('generate', example, '--out', join(dir, 'timed'), '--timings');
    const timings = JSON.parse(result.stderr.split('\n').find((l) => l.startsWith('{')) ?? 'null');
    expect(Object.keys(timings).sort()).toEqual(['buildMs', 'emitMs', 'parseMs', 'totalMs']);
  });
});

describe('hookwright inspect', () => {
  it('prints the event table on stdout and nothing on stderr', async () => {
    const result = await run('inspect', example);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('order.created@2');
    expect(result.stdout).toMatch(/order\.created@1\s+OrderCreated\s+yes/);
  });

  it('prints the contract IR with --json', async () => {
    const result = await run('inspect', example, '--json');
    const ir = JSON.parse(result.stdout);
    expect(ir).toMatchObject({ irVersion: 1, name: 'acme-shop' });
    expect(ir.events.map((e: { id: string }) => e.id)).toContain('payment.succeeded@2');
  });

  it('refuses an unknown option with a usage error', async () => {
    const result = await run('inspect', example, '--jsn');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("unknown option '--jsn'");
  });
});
