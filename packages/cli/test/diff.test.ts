import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner } from './run-cli.js';

const repo = new URL('../../../', import.meta.url).pathname;
const fixtures = join(repo, 'packages/compiler/test/fixtures/diff');
const { run, close } = cliRunner();

let dir: string;
let base: string;
let refunded: string;
let patterned: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hookwright-diff-cli-'));
  base = join(fixtures, 'versions/asyncapi-3.0.yaml');
  refunded = join(fixtures, 'versions/asyncapi-3.0-refunded.yaml');
  patterned = join(dir, 'patterned.yaml');
  const text = await readFile(base, 'utf8');
  await writeFile(
    patterned,
    text.replace('id:\n          type: string', "id:\n          type: string\n          pattern: '^o_'"),
  );
});
afterAll(async () => {
  await close();
  await rm(dir, { recursive: true, force: true });
});

describe('hookwright diff', () => {
  it('prints one line per change and exits 1 on a breaking one', async () => {
    const result = await run('diff', base, refunded);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /asyncapi-3\.0-refunded\.yaml:34:11 breaks-receivers enum-value-added order\.created@1 \/properties\/status\/enum: new allowed value "refunded"\n/,
    );
    expect(result.stdout).toMatch(/1 change \(1 breaks-receivers\): breaking\.\n$/);
  });

  it('exits 0 when nothing changed by meaning', async () => {
    const result = await run(
      'diff',
      join(fixtures, 'ref-moved/old/asyncapi.yaml'),
      join(fixtures, 'ref-moved/new/asyncapi.yaml'),
    );
    expect(result).toMatchObject({ code: 0, stdout: 'No changes.\n' });
  });

  it('--format json gives the documented shape', async () => {
    const result = await run('diff', refunded, base, '--format', 'json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toEqual({
      breaking: true,
      changes: [
        {
          event: 'order.created@1',
          part: 'payload',
          impact: 'breaks-senders',
          rule: 'enum-value-removed',
          pointer: '/properties/status/enum',
          location: expect.stringMatching(/asyncapi-3\.0\.yaml:34:11$/),
          reason: 'value "refunded" no longer allowed',
        },
      ],
    });
  });

  it('--format github writes workflow commands; --format sarif a SARIF 2.1.0 log', async () => {
    const github = await run('diff', base, refunded, '--format', 'github');
    expect(github.stdout).toMatch(
      /^::error file=.*asyncapi-3\.0-refunded\.yaml,line=34,col=11,title=order\.created@1%3A enum-value-added::breaks-receivers: \/properties\/status\/enum: new allowed value "refunded"\n$/,
    );
    const sarif = JSON.parse((await run('diff', base, refunded, '--format', 'sarif')).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['enum-value-added']);
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'enum-value-added',
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 34, startColumn: 11 } } }],
    });
  });

  it('an undecided change passes unless --fail-on undecided', async () => {
    // A pattern added is decided (it narrows); a changed one is not.
    const added = await run('diff', base, patterned);
    expect(added.code).toBe(1);
    expect(added.stdout).toContain('breaks-senders pattern-added');
    const changed = join(dir, 'changed.yaml');
    await writeFile(changed, (await readFile(patterned, 'utf8')).replace("'^o_'", "'^ord_'"));
    const undecided = await run('diff', patterned, changed);
    expect(undecided.code).toBe(0);
    expect(undecided.stdout).toContain('undecided pattern-changed');
    expect((await run('diff', patterned, changed, '--fail-on', 'undecided')).code).toBe(1);
  });

  it('reads a side from git, with the files its $refs reach, and names it git:<ref>:<path>', async () => {
    const work = join(dir, 'repo');
    await cp(join(fixtures, 'ref-moved/new'), work, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: work,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      });
    await cp(
      join(repo, 'packages/compiler/test/fixtures/load/diagnostics/yaml-syntax-broken.yaml'),
      join(work, 'bad.yaml'),
    );
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'published');
    const schema = join(work, 'schemas/order.yaml');
    await writeFile(
      schema,
      (await readFile(schema, 'utf8')).replace('required: [total, id]', 'required: [total]'),
    );
    const previous = process.cwd();
    process.chdir(work);
    try {
      const same = await run('diff', 'git:HEAD:asyncapi.yaml', 'git:HEAD:asyncapi.yaml');
      expect(same).toMatchObject({ code: 0, stdout: 'No changes.\n' });
      const result = await run('diff', 'git:HEAD:asyncapi.yaml', 'asyncapi.yaml', '--format', 'json');
      expect(JSON.parse(result.stdout).changes).toEqual([
        expect.objectContaining({
          rule: 'required-removed',
          impact: 'breaks-receivers',
          location: 'git:HEAD:schemas/order.yaml:5:21',
        }),
      ]);
      const broken = await run('diff', 'git:HEAD:bad.yaml', 'asyncapi.yaml');
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/^git:HEAD:bad\.yaml:\d+:\d+ error yaml-syntax /m);
      const missing = await run('diff', 'git:no-such-ref:asyncapi.yaml', 'asyncapi.yaml');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(
        /git:no-such-ref:asyncapi\.yaml: cannot read asyncapi\.yaml at no-such-ref/,
      );
    } finally {
      process.chdir(previous);
    }
  });

  it('says how to write a git side it cannot parse', async () => {
    const result = await run('diff', 'git:HEAD', base);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'expected git:<ref>:<path>, e.g. git:origin/main:asyncapi.yaml, found "git:HEAD"',
    );
  });
});
