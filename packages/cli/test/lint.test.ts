import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from './run-cli.js';

const repo = new URL('../../../', import.meta.url).pathname;
const fixtures = join(repo, 'packages/compiler/test/fixtures/lint');
const clean = join(fixtures, 'clean/asyncapi.yaml');
const dirty = join(fixtures, 'dirty/asyncapi.yaml');
const { run, close } = cliRunner();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-lint-cli-'));
});
afterAll(async () => {
  await close();
  await rm(dir, { recursive: true, force: true });
});

describe('hookwright lint', () => {
  it('exits 0 on a clean contract', async () => {
    expect(await run('lint', clean)).toMatchObject({ code: 0, stdout: 'No problems.\n', stderr: '' });
  });

  it('prints file:line:col severity rule message and exits 1 on an error finding', async () => {
    const result = await run('lint', dirty);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /dirty\/asyncapi\.yaml:45:11 error example-valid example "wrong total" of order\.created@2 does not match its payload schema: \/total\/cents must be >= 0, found -5\n/,
    );
    expect(result.stdout).toMatch(/7 problems \(1 error, 6 warnings\)\.\n$/);
  });

  it('reads severities and options from the config file', async () => {
    const config = join(dir, 'hookwright.config.json');
    await writeFile(
      config,
      JSON.stringify({
        lint: { rules: { 'example-valid': 'warning', 'event-name-pattern': { pattern: '^[A-Za-z.]+$' } } },
      }),
    );
    const result = await run('lint', dirty, '--config', config, '--format', 'json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ errors: 0, warnings: 6 });
    expect(json.findings[0]).toEqual({
      rule: 'deprecated-successor',
      severity: 'warning',
      message:
        'order.created@1 is deprecated but does not name its successor: add "Use order.created@2 instead." to its description',
      location: expect.stringMatching(/dirty\/asyncapi\.yaml:35:5$/),
      pointer: '/components/messages/OrderCreatedV1',
    });
  });

  it('refuses an unknown rule in the config file, located', async () => {
    const config = join(dir, 'bad.config.json');
    await writeFile(config, JSON.stringify({ lint: { rules: { 'no-such-rule': 'error' } } }));
    const result = await run('lint', clean, '--config', config);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /bad\.config\.json:1:\d+ error config-invalid \/lint\/rules: unknown key "no-such-rule"/,
    );
  });

  it('--format github and --format sarif', async () => {
    const github = await run('lint', dirty, '--format', 'github');
    expect(github.stdout).toMatch(
      /^::error file=[^,]*dirty\/asyncapi\.yaml,line=45,col=11,title=example-valid::example "wrong total" of order\.created@2 does not match/m,
    );
    expect(github.stdout.trim().split('\n')).toHaveLength(7);
    const sarif = JSON.parse((await run('lint', dirty, '--format', 'sarif')).stdout);
    expect(sarif.runs[0].results).toHaveLength(7);
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(7);
  });
});
